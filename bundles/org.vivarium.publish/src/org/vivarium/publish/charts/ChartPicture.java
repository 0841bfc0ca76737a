package org.vivarium.publish.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.vivarium.analysis.result.ChartSpec;

/**
 * A chart specification drawn by Vivarium's chart renderer, without exposing the charting library: the workbench
 * shows its {@link #image(int, int) image}, the command line and the reports {@link #write(Path, ChartSize) export}
 * it. The chart is laid out for the size it is drawn at (fonts in points that fit a journal column or a slide, or in
 * pixels that fit the view). Headless (AWT only).
 */
public final class ChartPicture {

    private final ChartSpec spec;
    private final JFreeChart chart;

    private ChartPicture(ChartSpec spec) {
        this.spec = spec;
        this.chart = ChartRenderer.render(spec, ChartSize.DOUBLE_COLUMN);
    }

    /** The picture of a chart specification. */
    public static ChartPicture of(ChartSpec spec) {
        return new ChartPicture(Objects.requireNonNull(spec, "spec"));
    }

    public ChartSpec spec() {
        return spec;
    }

    /** The chart's title ("" without one). */
    public String title() {
        return spec.title();
    }

    /** Number of data sets drawn (one per series of the specification). */
    public int datasetCount() {
        return ChartRenderer.datasets(chart);
    }

    /** The chart drawn for a screen area of the given size in pixels, with fonts that fit that size. */
    public BufferedImage image(int widthPx, int heightPx) {
        int w = Math.max(1, widthPx);
        int h = Math.max(1, heightPx);
        JFreeChart screen = ChartRenderer.render(spec, ChartStyle.screen(w, h));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            screen.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the chart laid out for a publication size, in the format the file's extension names (png at 300 dpi,
     * svg or pdf); atomically (temporary file, then rename).
     */
    public void write(Path file, ChartSize size) throws IOException {
        ChartExport.write(ChartRenderer.render(spec, size), file, size);
    }
}
