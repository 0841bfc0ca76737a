package org.vivarium.analysis.result;

import java.util.List;
import java.util.Objects;

/**
 * What to draw, not how: a chart of a result described by its kind, axes, series and markers, without any UI type.
 * The workbench draws it (JFreeChart); reports may draw it otherwise.
 *
 * @param kind the kind of chart, which tells a renderer how to draw the series
 * @param title the chart title
 * @param xLabel x-axis label, with its unit only where the axis has one (a time-since-dose axis is labelled
 *        {@value #TIME_SINCE_DOSE}: its ticks are timepoints such as "1 h", "24 h", "1 wk", not hours)
 * @param yLabel y-axis label (with unit)
 * @param xAxis whether x is categorical (groups), times since dose, or numeric
 * @param categories the tick labels in display order, every one of which a renderer shows: for
 *        {@link Axis#CATEGORY} the categories; for {@link Axis#HOURS_SINCE_DOSE} the timepoints in order of
 *        increasing hours, one per distinct {@link Point#x()} of the series (the points carry their timepoint as
 *        {@link Point#category()}), or empty when a renderer should name the hours itself; empty for
 *        {@link Axis#NUMERIC}
 * @param errorBars what the error bars of the series show
 * @param series the data series, drawn in order
 * @param markers reference lines and annotations
 */
public record ChartSpec(Kind kind, String title, String xLabel, String yLabel, Axis xAxis, List<String> categories,
        ErrorBars errorBars, List<Series> series, List<Marker> markers) {

    /** Kinds of charts the built-in analyses produce. */
    public enum Kind {
        /** Individual values as points per group, with the group mean and error bars (mean +/- SEM). */
        DOT_MEAN_SEM,
        /** Group means over time since dose as lines with error bars. */
        TIME_COURSE,
        /** Kaplan-Meier survival (step) curves with censoring marks. */
        KAPLAN_MEIER,
        /** An effect (e.g. difference from vehicle) over time with its CI; the last significant timepoint marked. */
        EFFECT_OVER_TIME
    }

    /** Type of the x axis. */
    public enum Axis {
        /** x values are the {@link Point#category()} names, in the order of {@link ChartSpec#categories()}. */
        CATEGORY,
        /** x values are numbers ({@link Point#x()}). */
        NUMERIC,
        /**
         * x values are hours since dose ({@link Point#x()}), shown as evenly spaced categories labelled with the
         * timepoints of {@link ChartSpec#categories()} (1 h, 24 h and 1 wk are equally far apart, as in papers).
         */
        HOURS_SINCE_DOSE
    }

    /** The x label of a time-since-dose axis (no unit: the ticks are named timepoints). */
    public static final String TIME_SINCE_DOSE = "Time since dose";

    /** What the error bars ({@link Point#low()}, {@link Point#high()}) show. */
    public enum ErrorBars {
        NONE, SEM, SD, CI95
    }

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        xLabel = xLabel == null ? "" : xLabel;
        yLabel = yLabel == null ? "" : yLabel;
        Objects.requireNonNull(xAxis, "xAxis");
        categories = List.copyOf(categories);
        errorBars = errorBars == null ? ErrorBars.NONE : errorBars;
        series = List.copyOf(series);
        markers = List.copyOf(markers);
    }
}
