package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.stats.math.Moments;

/** Chart specifications the built-in analyses share. */
final class Charts {

    private Charts() {
    }

    /** Individual values per group with mean +/- SEM. */
    static ChartSpec dotPlot(String title, String yLabel, Groups groups) {
        List<Series> series = new ArrayList<>();
        List<Point> means = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String level = groups.levels().get(g);
            List<Point> points = new ArrayList<>();
            for (Observation o : groups.observations().get(g)) {
                points.add(Point.category(level, o.value(), o.unit()));
            }
            series.add(new Series(level, Series.Style.POINTS, points));
            double[] v = groups.values(g);
            double mean = Moments.mean(v);
            double sem = v.length > 1 ? Moments.sd(v) / Math.sqrt(v.length) : 0;
            means.add(Point.category(level, mean, mean - sem, mean + sem));
        }
        series.add(new Series("mean ± SEM", Series.Style.MEAN_WITH_ERROR, means));
        return new ChartSpec(ChartSpec.Kind.DOT_MEAN_SEM, title, groups.factor(), yLabel, ChartSpec.Axis.CATEGORY,
                groups.levels(), ChartSpec.ErrorBars.SEM, series, List.of());
    }

    /**
     * Mean +/- SEM per group over time (x = hours since dose or the time level's number), on a time-since-dose axis
     * whose ticks are the time levels.
     *
     * @param times the time levels, one per x of {@code xs}
     */
    static ChartSpec timeCourse(String title, String yLabel, List<String> groupLevels, List<String> times,
            List<double[]> xs, List<double[][]> valuesByTime) {
        List<Series> series = new ArrayList<>();
        for (int g = 0; g < groupLevels.size(); g++) {
            List<Point> points = new ArrayList<>();
            double[] x = xs.get(g);
            double[][] v = valuesByTime.get(g);
            for (int t = 0; t < x.length; t++) {
                if (v[t] == null || v[t].length == 0) {
                    continue;
                }
                double mean = Moments.mean(v[t]);
                double sem = v[t].length > 1 ? Moments.sd(v[t]) / Math.sqrt(v[t].length) : 0;
                points.add(new Point(times.get(t), x[t], mean, mean - sem, mean + sem, null));
            }
            series.add(new Series(groupLevels.get(g), Series.Style.LINE_WITH_ERROR, points));
        }
        return new ChartSpec(ChartSpec.Kind.TIME_COURSE, title, ChartSpec.TIME_SINCE_DOSE, yLabel,
                ChartSpec.Axis.HOURS_SINCE_DOSE, timeTicks(times, xs.isEmpty() ? new double[0] : xs.get(0)),
                ChartSpec.ErrorBars.SEM, series, List.of());
    }

    /**
     * The tick labels of a time-since-dose axis: the time levels in order of their hours, one per distinct hour (the
     * first level named for it).
     */
    static List<String> timeTicks(List<String> times, double[] hours) {
        java.util.TreeMap<Double, String> ticks = new java.util.TreeMap<>();
        for (int t = 0; t < times.size() && t < hours.length; t++) {
            ticks.putIfAbsent(hours[t], times.get(t));
        }
        return List.copyOf(ticks.values());
    }

    /** A horizontal reference line. */
    static Marker zero(String label) {
        return new Marker(Marker.Kind.HORIZONTAL_LINE, 0, label);
    }
}
