package org.vivarium.cli;

import java.util.List;
import java.util.Map;

import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.result.Statistic;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An analysis result as one JSON object: {@code analysis}, {@code status}, {@code title}, the named values at the
 * top level (e.g. {@code f}, {@code p}, {@code dfBetween}), then {@code statistics}, {@code tables}, {@code notes},
 * {@code excluded} and {@code charts}. Numbers are written with full precision.
 */
final class ResultJson {

    private ResultJson() {
    }

    static JsonObject of(AnalysisResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("analysis", r.analysisId());
        o.addProperty("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        o.addProperty("title", r.title());
        if (r.message() != null) {
            o.addProperty("message", r.message());
        }
        for (Map.Entry<String, Double> e : r.values().entrySet()) {
            o.addProperty(e.getKey(), e.getValue());
        }
        JsonArray statistics = new JsonArray();
        r.statistics().forEach(s -> statistics.add(statistic(s)));
        o.add("statistics", statistics);
        JsonArray tables = new JsonArray();
        r.tables().forEach(t -> tables.add(table(t)));
        o.add("tables", tables);
        JsonArray notes = new JsonArray();
        for (Note n : r.notes()) {
            JsonObject j = new JsonObject();
            j.addProperty("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            j.addProperty("text", n.text());
            notes.add(j);
        }
        o.add("notes", notes);
        JsonObject excluded = new JsonObject();
        r.excluded().forEach(excluded::addProperty);
        o.add("excluded", excluded);
        JsonArray charts = new JsonArray();
        r.charts().forEach(c -> charts.add(chart(c)));
        o.add("charts", charts);
        return o;
    }

    private static JsonObject statistic(Statistic s) {
        JsonObject j = new JsonObject();
        j.addProperty("key", s.key());
        j.addProperty("label", s.label());
        j.addProperty("test", s.test());
        put(j, "statisticName", s.statisticName());
        put(j, "statistic", s.statistic());
        put(j, "df", s.df());
        put(j, "df2", s.df2());
        put(j, "p", s.p());
        put(j, "pAdjusted", s.pAdjusted());
        put(j, "adjustment", s.adjustment());
        put(j, "estimateName", s.estimateName());
        put(j, "estimate", s.estimate());
        put(j, "ciLevel", s.ciLevel());
        put(j, "ciLower", s.ciLower());
        put(j, "ciUpper", s.ciUpper());
        put(j, "effectSizeName", s.effectSizeName());
        put(j, "effectSize", s.effectSize());
        return j;
    }

    private static JsonObject table(ResultTable t) {
        JsonObject j = new JsonObject();
        j.addProperty("id", t.id());
        j.addProperty("title", t.title());
        JsonArray columns = new JsonArray();
        for (Column c : t.columns()) {
            JsonObject col = new JsonObject();
            col.addProperty("name", c.name());
            col.addProperty("label", c.label());
            col.addProperty("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
            col.addProperty("unit", c.unit());
            columns.add(col);
        }
        j.add("columns", columns);
        JsonArray rows = new JsonArray();
        for (List<Object> row : t.rows()) {
            JsonArray cells = new JsonArray();
            for (Object cell : row) {
                if (cell instanceof Number n) {
                    cells.add(n);
                } else {
                    cells.add(cell == null ? null : cell.toString());
                }
            }
            rows.add(cells);
        }
        j.add("rows", rows);
        return j;
    }

    private static JsonObject chart(ChartSpec c) {
        JsonObject j = new JsonObject();
        j.addProperty("kind", c.kind().name());
        j.addProperty("title", c.title());
        j.addProperty("xLabel", c.xLabel());
        j.addProperty("yLabel", c.yLabel());
        j.addProperty("xAxis", c.xAxis().name());
        JsonArray categories = new JsonArray();
        c.categories().forEach(categories::add);
        j.add("categories", categories);
        j.addProperty("errorBars", c.errorBars().name());
        JsonArray series = new JsonArray();
        for (Series s : c.series()) {
            JsonObject sj = new JsonObject();
            sj.addProperty("name", s.name());
            sj.addProperty("style", s.style().name());
            JsonArray points = new JsonArray();
            for (Point p : s.points()) {
                JsonObject pj = new JsonObject();
                put(pj, "category", p.category());
                pj.addProperty("x", p.x());
                pj.addProperty("y", p.y());
                put(pj, "low", p.low());
                put(pj, "high", p.high());
                put(pj, "label", p.label());
                points.add(pj);
            }
            sj.add("points", points);
            series.add(sj);
        }
        j.add("series", series);
        JsonArray markers = new JsonArray();
        for (Marker m : c.markers()) {
            JsonObject mj = new JsonObject();
            mj.addProperty("kind", m.kind().name());
            mj.addProperty("value", m.value());
            mj.addProperty("label", m.label());
            markers.add(mj);
        }
        j.add("markers", markers);
        return j;
    }

    private static void put(JsonObject j, String name, Object v) {
        if (v instanceof Number n) {
            j.addProperty(name, n);
        } else if (v != null) {
            j.addProperty(name, v.toString());
        }
    }
}
