package org.vivarium.publish.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * An x axis of categories (arms, or times since dose) that labels every category: JFreeChart's symbol axis leaves
 * out labels that would overlap, so a narrow chart showed 3 of 6 timepoints. Labels that do not fit side by side are
 * slanted at 45 degrees, or set vertically when even that is too tight; the space below the axis grows to hold them.
 */
final class CategoryTickAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;
    private static final double SIN45 = Math.sqrt(0.5);

    /** Angle of the labels decided when the plot reserved the axis' space (0, 45 or 90 degrees). */
    private double angle = Double.NaN;

    CategoryTickAxis(String label, String[] symbols) {
        super(label, symbols);
        setAutoTickUnitSelection(false);
        setTickUnit(new NumberTickUnit(1));
        setGridBandsVisible(false);
    }

    /** The labels' slant in radians as last laid out (0, pi/4 or pi/2). */
    double labelAngle() {
        return Double.isNaN(angle) ? 0 : angle;
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
            AxisSpace space) {
        angle = chooseAngle(g2, plotArea.getWidth());
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** Horizontal when the widest label fits between two ticks, else 45 degrees, else vertical. */
    private double chooseAngle(Graphics2D g2, double width) {
        String[] symbols = getSymbols();
        if (symbols.length == 0) {
            return 0;
        }
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        double widest = 0;
        for (String s : symbols) {
            widest = Math.max(widest, fm.getStringBounds(s, g2).getWidth());
        }
        double pitch = width / Math.max(1e-9, getUpperBound() - getLowerBound());
        double gap = getTickLabelFont().getSize2D() * 0.6;
        if (widest + gap <= pitch) {
            return 0;
        }
        return fm.getHeight() / SIN45 + gap <= pitch ? Math.PI / 4 : Math.PI / 2;
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (Double.isNaN(angle)) {
            angle = chooseAngle(g2, dataArea.getWidth());
        }
        String[] symbols = getSymbols();
        List<Tick> ticks = new ArrayList<>();
        boolean top = edge == RectangleEdge.TOP;
        for (int i = 0; i < symbols.length; i++) {
            if (i < getLowerBound() || i > getUpperBound()) {
                continue;
            }
            if (angle == 0) {
                TextAnchor anchor = top ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
                ticks.add(new NumberTick(i, symbols[i], anchor, anchor, 0));
            } else if (angle < Math.PI / 2 - 1e-9) {
                TextAnchor anchor = top ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_RIGHT;
                ticks.add(new NumberTick(i, symbols[i], anchor, anchor, -Math.PI / 4));
            } else {
                ticks.add(new NumberTick(i, symbols[i], TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT,
                        top ? Math.PI / 2 : -Math.PI / 2));
            }
        }
        return ticks;
    }

    @Override
    protected double findMaximumTickLabelHeight(List ticks, Graphics2D g2, Rectangle2D drawArea, boolean vertical) {
        RectangleInsets insets = getTickLabelInsets();
        Font font = getTickLabelFont();
        FontMetrics fm = g2.getFontMetrics(font);
        double widest = 0;
        for (Object t : ticks) {
            String text = ((Tick) t).getText();
            if (text != null) {
                widest = Math.max(widest, fm.getStringBounds(text, g2).getWidth());
            }
        }
        double height = fm.getAscent() + fm.getDescent();
        double a = labelAngle();
        double extent = a == 0 ? height : a < Math.PI / 2 - 1e-9 ? (widest + height) * SIN45 : widest;
        return extent + insets.getTop() + insets.getBottom();
    }
}
