package org.vivarium.publish.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * A y axis whose label is never cut: a label longer than the plot is high is set in two or more lines (and, if a
 * single word is still too long, in a smaller font down to the tick labels' size), centred on the plot.
 */
final class WrappedLabelAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final float minimumSize;
    private List<String> lines = List.of();
    private Font font;

    WrappedLabelAxis(String label, float minimumSize) {
        super(label);
        this.minimumSize = minimumSize;
    }

    /** The label's lines as last laid out. */
    List<String> labelLines() {
        return lines;
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
            AxisSpace space) {
        if (RectangleEdge.isLeftOrRight(edge)) {
            double below = 0;
            if (plot instanceof XYPlot xy && xy.getDomainAxis() != null) {
                AxisSpace x = xy.getDomainAxis().reserveSpace(g2, plot, plotArea, xy.getDomainAxisEdge(), null);
                below = x.getTop() + x.getBottom() + xy.getAxisOffset().getTop() + xy.getAxisOffset().getBottom();
            }
            layout(g2, (plotArea.getHeight() - below) * 0.95);
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** Breaks the label into lines no longer than the available length, shrinking the font if a word is longer. */
    private void layout(Graphics2D g2, double available) {
        String text = getLabel() == null ? "" : getLabel().strip();
        font = getLabelFont();
        lines = text.isEmpty() ? List.of() : wrap(g2, text, font, available);
        while (!fits(g2, font, available) && font.getSize2D() > minimumSize) {
            font = font.deriveFont(Math.max(minimumSize, font.getSize2D() - 0.5f));
            lines = wrap(g2, text, font, available);
        }
    }

    private boolean fits(Graphics2D g2, Font f, double available) {
        FontMetrics fm = g2.getFontMetrics(f);
        return lines.stream().allMatch(l -> fm.getStringBounds(l, g2).getWidth() <= available);
    }

    private static List<String> wrap(Graphics2D g2, String text, Font f, double available) {
        return TextLines.wrap(g2, g2.getFontMetrics(f), text, available);
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        if (!RectangleEdge.isLeftOrRight(edge) || lines.isEmpty()) {
            return super.getLabelEnclosure(g2, edge);
        }
        FontMetrics fm = g2.getFontMetrics(font);
        double longest = lines.stream().mapToDouble(l -> fm.getStringBounds(l, g2).getWidth()).max().orElse(0);
        RectangleInsets insets = getLabelInsets();
        return new Rectangle2D.Double(0, 0, lines.size() * lineHeight(fm) + insets.getLeft() + insets.getRight(),
                longest + insets.getTop() + insets.getBottom());
    }

    private static double lineHeight(FontMetrics fm) {
        return fm.getAscent() + fm.getDescent();
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
            RectangleEdge edge, AxisState state) {
        if (!RectangleEdge.isLeftOrRight(edge) || lines.isEmpty()) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        g2.setFont(font);
        g2.setPaint(getLabelPaint());
        FontMetrics fm = g2.getFontMetrics(font);
        double lh = lineHeight(fm);
        RectangleInsets insets = getLabelInsets();
        int n = lines.size();
        boolean left = edge == RectangleEdge.LEFT;
        for (int i = 0; i < n; i++) {
            double x = left ? state.getCursor() - insets.getRight() - (n - i - 0.5) * lh
                    : state.getCursor() + insets.getLeft() + (i + 0.5) * lh;
            TextUtils.drawRotatedString(lines.get(i), g2, (float) x, (float) dataArea.getCenterY(),
                    TextAnchor.CENTER, left ? -Math.PI / 2 : Math.PI / 2, TextAnchor.CENTER);
        }
        double used = insets.getLeft() + n * lh + insets.getRight();
        if (left) {
            state.cursorLeft(used);
        } else {
            state.cursorRight(used);
        }
        return state;
    }
}
