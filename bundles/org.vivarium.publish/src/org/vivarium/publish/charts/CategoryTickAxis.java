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
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * An x axis of categories (arms, or times since dose) that labels every category: JFreeChart's symbol axis leaves
 * out labels that would overlap, so a narrow chart showed 3 of 6 timepoints. Labels that do not fit side by side are
 * set in up to four lines ("Ketamine 10 mg/kg" / "+ BCI 3 mg/kg"), else slanted at 45 degrees, else set vertically;
 * the space below the axis grows to hold them.
 */
final class CategoryTickAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;
    private static final double SIN45 = Math.sqrt(0.5);
    private static final int MAX_LINES = 4;

    /** How the labels are set, decided when the plot reserves the axis' space. */
    enum Layout {
        ONE_LINE, LINES, SLANTED, VERTICAL
    }

    private Layout layout;
    /** Each category's label in lines (one line unless the layout is {@link Layout#LINES}). */
    private List<List<String>> lines = List.of();

    CategoryTickAxis(String label, String[] symbols) {
        super(label, symbols);
        setAutoTickUnitSelection(false);
        setTickUnit(new NumberTickUnit(1));
        setGridBandsVisible(false);
    }

    /** The labels' layout as last drawn. */
    Layout layout() {
        return layout == null ? Layout.ONE_LINE : layout;
    }

    /** A category's label as set: its lines (one unless the layout is {@link Layout#LINES}). */
    List<String> labelLines(int category) {
        return lines.isEmpty() ? List.of(getSymbols()[category]) : lines.get(category);
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
            AxisSpace space) {
        choose(g2, plotArea.getWidth());
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** One line when the widest label fits between two ticks, else lines, else 45 degrees, else vertical. */
    private void choose(Graphics2D g2, double width) {
        String[] symbols = getSymbols();
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        double pitch = width / Math.max(1e-9, getUpperBound() - getLowerBound());
        double room = pitch - getTickLabelFont().getSize2D() * 0.6;
        lines = new ArrayList<>();
        layout = Layout.ONE_LINE;
        for (String s : symbols) {
            lines.add(List.of(s));
            if (width(fm, g2, s) > room) {
                layout = Layout.LINES;
            }
        }
        if (layout == Layout.ONE_LINE) {
            return;
        }
        List<List<String>> wrapped = new ArrayList<>();
        for (String s : symbols) {
            List<String> w = TextLines.wrap(g2, fm, s, room);
            if (w.size() > MAX_LINES || w.stream().anyMatch(l -> width(fm, g2, l) > room)) {
                layout = fm.getHeight() / SIN45 <= room ? Layout.SLANTED : Layout.VERTICAL;
                return;
            }
            wrapped.add(w);
        }
        lines = wrapped;
    }

    private static double width(FontMetrics fm, Graphics2D g2, String s) {
        return TextLines.width(g2, fm, s);
    }

    /** A tick of one line of a category's label. */
    private static final class LineTick extends NumberTick {
        private static final long serialVersionUID = 1L;
        private final int line;

        LineTick(double value, String text, TextAnchor anchor, int line) {
            super(value, text, anchor, anchor, 0);
            this.line = line;
        }
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (layout == null) {
            choose(g2, dataArea.getWidth());
        }
        String[] symbols = getSymbols();
        List<Tick> ticks = new ArrayList<>();
        boolean top = edge == RectangleEdge.TOP;
        for (int i = 0; i < symbols.length; i++) {
            if (i < getLowerBound() || i > getUpperBound()) {
                continue;
            }
            switch (layout) {
                case ONE_LINE, LINES -> {
                    TextAnchor anchor = top ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
                    List<String> l = lines.get(i);
                    for (int k = 0; k < l.size(); k++) {
                        ticks.add(new LineTick(i, l.get(k), anchor, top ? l.size() - 1 - k : k));
                    }
                }
                case SLANTED -> {
                    TextAnchor anchor = top ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_RIGHT;
                    ticks.add(new NumberTick(i, symbols[i], anchor, anchor, -Math.PI / 4));
                }
                case VERTICAL -> ticks.add(new NumberTick(i, symbols[i], TextAnchor.CENTER_RIGHT,
                        TextAnchor.CENTER_RIGHT, top ? Math.PI / 2 : -Math.PI / 2));
            }
        }
        return ticks;
    }

    @Override
    protected float[] calculateAnchorPoint(ValueTick tick, double cursor, Rectangle2D dataArea, RectangleEdge edge) {
        float[] point = super.calculateAnchorPoint(tick, cursor, dataArea, edge);
        if (tick instanceof LineTick t && t.line > 0) {
            point[1] += (float) ((edge == RectangleEdge.TOP ? -1 : 1) * t.line * lineHeight());
        }
        return point;
    }

    private double lineHeight() {
        return getTickLabelFont().getSize2D() * 1.2;
    }

    @Override
    protected double findMaximumTickLabelHeight(List ticks, Graphics2D g2, Rectangle2D drawArea, boolean vertical) {
        RectangleInsets insets = getTickLabelInsets();
        Font font = getTickLabelFont();
        FontMetrics fm = g2.getFontMetrics(font);
        double widest = 0;
        int rows = 1;
        for (Object t : ticks) {
            String text = ((Tick) t).getText();
            if (text != null) {
                widest = Math.max(widest, width(fm, g2, text));
            }
            if (t instanceof LineTick l) {
                rows = Math.max(rows, l.line + 1);
            }
        }
        double height = fm.getAscent() + fm.getDescent();
        double extent = switch (layout()) {
            case ONE_LINE, LINES -> height + (rows - 1) * lineHeight();
            case SLANTED -> (widest + height) * SIN45;
            case VERTICAL -> widest;
        };
        return extent + insets.getTop() + insets.getBottom() + 2;
    }
}
