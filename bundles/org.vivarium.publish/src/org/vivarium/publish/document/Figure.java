package org.vivarium.publish.document;

import java.util.Objects;

import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.publish.charts.ChartSize;

/**
 * A chart drawn from its specification (vector in PDF, a 300 dpi picture in Word), with a caption below it.
 *
 * @param chart what to draw
 * @param size its printed size
 * @param caption the caption ("" for none)
 */
public record Figure(ChartSpec chart, ChartSize size, String caption) implements Block {

    public Figure {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(caption, "caption");
    }
}
