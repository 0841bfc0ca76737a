package org.vivarium.examples.analysis;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Series;

/** Mean +/- SEM of the cages' preference per group and timepoint: a table, values and a time-course chart. */
final class Summary {

    private Summary() {
    }

    static ResultTable table(List<CagePreference> cages, List<String> groups, List<String> times, String factor,
            AnalysisResult.Builder r) {
        ResultTable.Builder t = new ResultTable.Builder("summary", "Preference per " + factor + " and timepoint")
                .column(Column.text("group", factor)).column(Column.text("time", "Time since dose"))
                .column(Column.count("cages", "Cages")).column(Column.number("mean", "Mean", "%"))
                .column(Column.number("sem", "SEM", "%"));
        for (String g : groups) {
            for (String time : times) {
                double[] v = values(cages, g, time);
                if (v.length == 0) {
                    continue;
                }
                double[] ms = meanAndSem(v);
                t.row(g, time, v.length, ms[0], v.length > 1 ? ms[1] : null);
                r.value(g + "@" + time + ".meanPreference", ms[0]).value(g + "@" + time + ".cages", v.length);
            }
        }
        return t.build();
    }

    static ChartSpec chart(List<CagePreference> cages, List<String> groups, List<String> times, double threshold) {
        List<Series> series = new ArrayList<>();
        for (String g : groups) {
            List<Point> points = new ArrayList<>();
            for (String time : times) {
                double[] v = values(cages, g, time);
                if (v.length > 0) {
                    double[] ms = meanAndSem(v);
                    points.add(Point.category(time, ms[0], ms[0] - ms[1], ms[0] + ms[1]));
                }
            }
            series.add(new Series(g, Series.Style.LINE_WITH_ERROR, points));
        }
        return new ChartSpec(ChartSpec.Kind.TIME_COURSE, "Sucrose preference per cage (mean ± SEM)",
                "Time since dose", "Sucrose preference (%)", ChartSpec.Axis.CATEGORY, times, ChartSpec.ErrorBars.SEM,
                series, List.of(new Marker(Marker.Kind.HORIZONTAL_LINE, threshold, "anhedonia threshold " + threshold
                        + " %")));
    }

    private static double[] values(List<CagePreference> cages, String group, String time) {
        return cages.stream().filter(c -> group.equals(c.group()) && time.equals(c.time()))
                .mapToDouble(CagePreference::preference).toArray();
    }

    /** Mean and standard error (0 for a single cage), two-pass. */
    static double[] meanAndSem(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sem = v.length > 1 ? Math.sqrt(ss / (v.length - 1) / v.length) : 0;
        return new double[] { mean, sem };
    }
}
