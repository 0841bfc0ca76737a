package org.vivarium.publish.report;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.publish.document.Table;

/**
 * The durability analysis' comparisons as a journal table: arm and time in columns of their own, n per group, the
 * estimate with its Sidak-adjusted 95 % CI in one column, the statistic with its degrees of freedom, p-values as
 * journals print them ("< 0.001", two significant digits).
 */
final class StatisticsTable {

    private StatisticsTable() {
    }

    /** The table, or null when the result has no comparisons. */
    static Table of(AnalysisResult result, String caption) {
        ResultTable t = result.table("comparisons");
        if (t == null) {
            return null;
        }
        List<String> headers = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        boolean df = t.rows().stream().map(r -> statistic(result, t, r)).anyMatch(s -> s != null && s.df() != null);
        for (Column c : t.columns()) {
            switch (c.name()) {
                case "comparison" -> {
                    add(headers, widths, "Arm", 1.0);
                    add(headers, widths, "Time", 0.65);
                }
                case "lwr" -> add(headers, widths, "95% CI (Sidak)", 1.45);
                case "upr" -> { }
                default -> {
                    add(headers, widths, label(c), c.type() == Column.Type.COUNT ? 0.55 : 0.8);
                    if (df && c.name().equals("t")) {
                        add(headers, widths, "df", 0.5);
                    }
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                Object v = row.get(i);
                switch (c.name()) {
                    case "comparison" -> {
                        Statistic matched = statistic(result, t, row);
                        String s = matched != null ? matched.key() : String.valueOf(v);
                        int at = s.lastIndexOf('@');
                        cells.add(at < 0 ? s : s.substring(0, at));
                        cells.add(at < 0 ? "" : s.substring(at + 1));
                    }
                    case "lwr" -> cells.add(Numbers.interval(number(v), number(row.get(t.columnIndex("upr")))));
                    case "upr" -> { }
                    default -> {
                        cells.add(cell(c, v));
                        if (df && c.name().equals("t")) {
                            Statistic s = statistic(result, t, row);
                            cells.add(s == null || s.df() == null ? "\u2013" : Numbers.df(s.df()));
                        }
                    }
                }
            }
            rows.add(cells);
        }
        return new Table(caption, headers, rows, widths);
    }

    private static void add(List<String> headers, List<Double> widths, String header, double width) {
        headers.add(header);
        widths.add(width);
    }

    private static String label(Column c) {
        return switch (c.name()) {
            case "pSidak" -> "p (Sidak)";
            case "chisq" -> "\u03c7\u00b2";
            case "nControl" -> "n control";
            case "diff" -> "Difference";
            default -> c.label();
        };
    }

    private static String cell(Column c, Object v) {
        return switch (c.type()) {
            case P_VALUE -> Numbers.p(number(v));
            case NUMBER -> Numbers.number(number(v));
            case COUNT -> v == null ? "\u2013" : Numbers.count(((Number) v).longValue());
            case TEXT -> v == null ? "" : v.toString();
        };
    }

    private static Double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /** The statistic of a row: the comparison column holds its label in words (or, from older results, its key). */
    private static Statistic statistic(AnalysisResult result, ResultTable t, List<Object> row) {
        String comparison = String.valueOf(row.get(t.columnIndex("comparison")));
        return result.statistics().stream().filter(s -> s.label().equals(comparison) || s.key().equals(comparison))
                .findFirst().orElse(null);
    }
}
