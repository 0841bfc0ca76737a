package org.vivarium.analysis.result;

import java.util.List;
import java.util.Objects;

/**
 * One series of a {@link ChartSpec}, e.g. the individual values of one arm, or one arm's Kaplan-Meier curve.
 *
 * @param name legend name, e.g. the arm code
 * @param style how its points are drawn
 * @param points the points, in x order for lines and steps
 */
public record Series(String name, Style style, List<Point> points) {

    /** How the points of a series are drawn. */
    public enum Style {
        /** Individual values as (jittered) dots. */
        POINTS,
        /** A mean (y) with error bars (low, high) per category; no connecting line. */
        MEAN_WITH_ERROR,
        /** A line through the points with error bars (low, high). */
        LINE_WITH_ERROR,
        /** A right-continuous step function starting at the first point (Kaplan-Meier). */
        STEP,
        /** Tick marks at censored observations (on the step curve of the same name). */
        CENSOR_MARKS,
        /** A confidence band drawn from low to high along x. */
        BAND
    }

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        points = List.copyOf(points);
    }
}
