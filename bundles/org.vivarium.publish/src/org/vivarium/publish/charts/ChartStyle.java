package org.vivarium.publish.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of a Vivarium chart drawn at one size: white background, no box, light horizontal grid, sans-serif text
 * in point sizes that fit the size (7-9 pt in a single column, 9-10 pt across two columns, 14-18 pt on a slide), and
 * one colour per arm that stays the same in every chart (colour-blind safe, Okabe-Ito; the control arm is grey).
 * Lengths are in the units the chart is drawn in: points for exports, pixels on screen.
 */
final class ChartStyle {

    static final Color GREY = new Color(0x6e, 0x6e, 0x6e);
    static final Color MARKER = new Color(0xb0, 0x00, 0x20);
    private static final List<Color> PALETTE = List.of(new Color(0x00, 0x72, 0xb2), new Color(0xd5, 0x5e, 0x00),
            new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0xe6, 0x9f, 0x00),
            new Color(0x56, 0xb4, 0xe9), new Color(0x44, 0x44, 0x99), new Color(0x99, 0x44, 0x11));

    private final String name;
    private final double width;
    private final double height;
    private final float tick;
    private final float label;
    private final float title;
    private final double scale;
    private final boolean legendBelow;

    private ChartStyle(String name, double width, double height, float tick, float label, float title, double scale,
            boolean legendBelow) {
        this.name = name;
        this.width = width;
        this.height = height;
        this.tick = tick;
        this.label = label;
        this.title = title;
        this.scale = scale;
        this.legendBelow = legendBelow;
    }

    /**
     * The style of an export size: single column 7 pt ticks, legend and notes, 8 pt axis labels, 9 pt title; double
     * column 9/10/10 pt; slide 14/16/18 pt. The legend goes below the plot in a journal column.
     */
    static ChartStyle of(ChartSize size) {
        return switch (size) {
            case SINGLE_COLUMN -> new ChartStyle("single", size.widthPt(), size.heightPt(), 7, 8, 9, 0.6, true);
            case DOUBLE_COLUMN -> new ChartStyle("double", size.widthPt(), size.heightPt(), 9, 10, 10, 0.85, true);
            case SLIDE -> new ChartStyle("slide", size.widthPt(), size.heightPt(), 14, 16, 18, 1.4, false);
        };
    }

    /**
     * The style for a screen area in pixels: 11 px ticks and 12 px labels at a typical view size (500 x 300), a
     * little smaller in a small view and larger in a big one; the legend below the plot unless the view is wide.
     */
    static ChartStyle screen(int widthPx, int heightPx) {
        double f = Math.max(0.8, Math.min(1.5, Math.min(widthPx / 500.0, heightPx / 300.0)));
        return new ChartStyle("screen", widthPx, heightPx, (float) Math.rint(11 * f), (float) Math.rint(12 * f),
                (float) Math.rint(13 * f), f, widthPx < 700);
    }

    /** Width of the drawing (points or pixels). */
    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Whether the legend always goes below the plot (else only when it would take more than a fifth of the width). */
    boolean legendBelow() {
        return legendBelow;
    }

    Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(title);
    }

    Font labelFont() {
        return font(label);
    }

    Font tickFont() {
        return font(tick);
    }

    Font legendFont() {
        return font(tick);
    }

    /** Marker and annotation labels. */
    Font noteFont() {
        return font(tick);
    }

    /** The smallest font size a label may shrink to. */
    float minimumSize() {
        return tick;
    }

    private static Font font(float size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
    }

    /** A length scaled to the size (line widths, marks, gaps; 1 on screen at the typical view size). */
    double scaled(double length) {
        return length * scale;
    }

    BasicStroke line() {
        return new BasicStroke((float) scaled(1.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    BasicStroke thin() {
        return new BasicStroke((float) Math.max(0.5, scaled(1.0)));
    }

    BasicStroke dashed() {
        float w = (float) Math.max(0.5, scaled(1.0));
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] { (float) scaled(4), (float) scaled(3) }, 0f);
    }

    Shape dot() {
        double r = scaled(3);
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    Shape meanTick() {
        return new Rectangle2D.Double(-scaled(12), -scaled(1), scaled(24), scaled(2));
    }

    Shape censorTick() {
        return new Line2D.Double(0, -scaled(5), 0, scaled(5));
    }

    /** Applies the style to a chart built by the renderer: fonts, padding, grid, legend position. */
    void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        double pad = scaled(6);
        chart.setPadding(new RectangleInsets(pad, pad, pad, pad));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(titleFont());
            chart.getTitle().setPadding(new RectangleInsets(0, 0, scaled(7), 0));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(legendFont());
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(legendBelow || legendWidth(chart) > 0.2 * width ? RectangleEdge.BOTTOM
                    : RectangleEdge.RIGHT);
            legend.setItemLabelPadding(new RectangleInsets(0, scaled(2), 0, scaled(6)));
            legend.setLegendItemGraphicPadding(new RectangleInsets(0, scaled(2), 0, 0));
            legend.setPadding(new RectangleInsets(scaled(3), 0, 0, 0));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
            plot.setRangeGridlineStroke(thin());
            plot.setAxisOffset(new RectangleInsets(scaled(4), scaled(4), scaled(4), scaled(4)));
            plot.setInsets(new RectangleInsets(0, 0, 0, 0));
            axis(plot.getDomainAxis());
            axis(plot.getRangeAxis());
        }
    }

    private void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(labelFont());
            axis.setTickLabelFont(tickFont());
            axis.setAxisLinePaint(Color.DARK_GRAY);
            axis.setAxisLineStroke(thin());
            axis.setTickMarkPaint(Color.DARK_GRAY);
            axis.setTickMarkStroke(thin());
            axis.setTickMarkOutsideLength((float) scaled(3));
            axis.setTickLabelInsets(new RectangleInsets(scaled(2), scaled(2), scaled(2), scaled(2)));
            axis.setLabelInsets(new RectangleInsets(scaled(3), scaled(3), scaled(3), scaled(3)));
        }
    }

    /** Width the legend would take at the right: its widest item with its symbol. */
    private double legendWidth(JFreeChart chart) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double widest = 0;
        if (chart.getPlot() instanceof XYPlot plot) {
            var items = plot.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                widest = Math.max(widest, legendFont().getStringBounds(items.get(i).getLabel(), frc).getWidth());
            }
        }
        return widest + legendFont().getSize2D() * 2 + scaled(12);
    }

    @Override
    public String toString() {
        return name + " " + Math.round(width) + " x " + Math.round(height) + ", " + tick + "/" + label + "/" + title;
    }

    /** The colour of a series: grey for vehicle/control, else by position among the treated arms of the chart. */
    static Paint colour(String name, int treatedIndex) {
        if (isControl(name)) {
            return GREY;
        }
        return PALETTE.get(Math.floorMod(treatedIndex, PALETTE.size()));
    }

    static boolean isControl(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.equals("VEH") || n.startsWith("VEH+VEH") || n.equals("VEHICLE") || n.contains("CONTROL")
                || n.equals("VEH/VEH");
    }
}
