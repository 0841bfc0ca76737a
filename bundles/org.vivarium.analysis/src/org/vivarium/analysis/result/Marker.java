package org.vivarium.analysis.result;

import java.util.Objects;

/**
 * A reference line or annotation of a {@link ChartSpec}.
 *
 * @param kind what to draw
 * @param value the x value of a vertical line, or the y value of a horizontal line
 * @param label text drawn beside it, e.g. "last significant: 8 wk (KET+BCI)"
 */
public record Marker(Kind kind, double value, String label) {

    /** Marker kinds. */
    public enum Kind {
        /** A vertical line at x = value, e.g. the last timepoint with a significant effect. */
        VERTICAL_LINE,
        /** A horizontal line at y = value, e.g. zero effect or 50% survival. */
        HORIZONTAL_LINE
    }

    public Marker {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
    }
}
