package org.vivarium.publish.charts;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.ChartSpec.Axis;
import org.vivarium.analysis.result.ChartSpec.ErrorBars;
import org.vivarium.analysis.result.ChartSpec.Kind;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.result.Series.Style;

/** Chart specifications like those the built-in analyses make of the demo study, with their longest labels. */
final class ChartSpecs {

    static final List<String> ARMS = List.of("VEH+VEH", "KET+VEH", "VEH+BCI", "KET+BCI");
    static final double[] HOURS = { 1, 24, 168, 336, 672, 1344 };

    private ChartSpecs() {
    }

    /** Every kind, plus the worst cases: long group names, one line per animal. */
    static List<ChartSpec> all() {
        return List.of(dotPlot(ARMS), effectOverTime(), timeCourse(), kaplanMeier(), interaction(),
                dotPlot(List.of("Vehicle + vehicle", "Ketamine 10 mg/kg + vehicle", "Vehicle + BCI-540 3 mg/kg",
                        "Ketamine 10 mg/kg + BCI-540 3 mg/kg")),
                paired());
    }

    static ChartSpec dotPlot(List<String> groups) {
        List<Series> series = new ArrayList<>();
        List<Point> means = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                points.add(Point.category(groups.get(g), 150 - 20 * g + (i * 7) % 30, "A" + g + i));
            }
            series.add(new Series(groups.get(g), Style.POINTS, points));
            means.add(Point.category(groups.get(g), 165 - 20 * g, 160 - 20 * g, 170 - 20 * g));
        }
        series.add(new Series("mean ± SEM", Style.MEAN_WITH_ERROR, means));
        return new ChartSpec(Kind.DOT_MEAN_SEM, "Immobility by arm", "arm", "Immobility (s)", Axis.CATEGORY, groups,
                ErrorBars.SEM, series, List.of());
    }

    static ChartSpec effectOverTime() {
        List<Series> series = new ArrayList<>();
        for (int a = 1; a < ARMS.size(); a++) {
            List<Point> points = new ArrayList<>();
            for (int t = 0; t < HOURS.length; t++) {
                double y = -60 + a * 8 + t * (a == 3 ? 2 : 12);
                points.add(Point.xy(HOURS[t], y, y - 25, y + 25));
            }
            series.add(new Series(ARMS.get(a), Style.LINE_WITH_ERROR, points));
        }
        return new ChartSpec(Kind.EFFECT_OVER_TIME, "Immobility: effect over time", "Time since dose",
                "Difference from control (Immobility (s)), Sidak CI", Axis.HOURS_SINCE_DOSE, List.of(),
                ErrorBars.CI95, series, List.of(new Marker(Marker.Kind.HORIZONTAL_LINE, 0, "no difference"),
                        new Marker(Marker.Kind.VERTICAL_LINE, 168, "KET+VEH: last significant 1 wk"),
                        new Marker(Marker.Kind.VERTICAL_LINE, 1344, "VEH+BCI: last significant 8 wk"),
                        new Marker(Marker.Kind.VERTICAL_LINE, 1344, "KET+BCI: last significant 8 wk")));
    }

    static ChartSpec timeCourse() {
        List<Series> series = new ArrayList<>();
        for (int a = 0; a < ARMS.size(); a++) {
            List<Point> points = new ArrayList<>();
            for (int t = 0; t < HOURS.length; t++) {
                double y = 160 - (a == 0 ? 0 : 50 - t * (a == 3 ? 2 : 9));
                points.add(Point.xy(HOURS[t], y, y - 9, y + 9));
            }
            series.add(new Series(ARMS.get(a), Style.LINE_WITH_ERROR, points));
        }
        return new ChartSpec(Kind.TIME_COURSE, "Immobility over time (mean ± SEM)", "Time since dose",
                "Immobility (s)", Axis.HOURS_SINCE_DOSE, List.of(), ErrorBars.SEM, series, List.of());
    }

    static ChartSpec kaplanMeier() {
        List<Series> series = new ArrayList<>();
        for (int a = 0; a < ARMS.size(); a++) {
            List<Point> steps = new ArrayList<>(List.of(Point.xy(0, 1)));
            double s = 1;
            for (int i = 1; i <= 8; i++) {
                s *= 0.85 - 0.02 * a;
                steps.add(Point.xy(40 * i + 25 * (3 - a), s));
            }
            series.add(new Series(ARMS.get(a), Style.STEP, steps));
            series.add(new Series(ARMS.get(a), Style.CENSOR_MARKS, List.of(Point.xy(600, s))));
        }
        return new ChartSpec(Kind.KAPLAN_MEIER, "Latency to feed by arm (Kaplan-Meier)", "Latency to feed (s)",
                "Proportion not yet event", Axis.NUMERIC, List.of(), ErrorBars.NONE, series,
                List.of(new Marker(Marker.Kind.HORIZONTAL_LINE, 0.5, "median")));
    }

    static ChartSpec interaction() {
        List<String> ketamine = List.of("no", "10 mg/kg");
        List<Series> series = new ArrayList<>();
        for (String bci : List.of("no", "3 mg/kg")) {
            double d = bci.equals("no") ? 0 : -20;
            series.add(new Series("BCI = " + bci, Style.LINE_WITH_ERROR, List.of(
                    new Point("no", 0, 160 + d, 150 + d, 170 + d, null),
                    new Point("10 mg/kg", 0, 110 + 2 * d, 100 + 2 * d, 120 + 2 * d, null))));
        }
        return new ChartSpec(Kind.TIME_COURSE, "Immobility: Ketamine x BCI (mean ± SEM)", "Ketamine",
                "Immobility (s)", Axis.CATEGORY, ketamine, ErrorBars.SEM, series, List.of());
    }

    static ChartSpec paired() {
        List<Series> lines = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            lines.add(new Series("M" + (i + 1), Style.LINE_WITH_ERROR, List.of(
                    new Point("1 h", 0, 100 + i * 3, null, null, "M" + i),
                    new Point("24 h", 1, 90 + i * 4 % 17, null, null, "M" + i))));
        }
        return new ChartSpec(Kind.TIME_COURSE, "Immobility: 1 h vs 24 h (one line per animal)", "",
                "Immobility (s)", Axis.CATEGORY, List.of("1 h", "24 h"), ErrorBars.NONE, lines, List.of());
    }
}
