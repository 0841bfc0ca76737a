package org.vivarium.publish.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The labels of a chart's reference lines ("KET+BCI: last significant 8 wk", "no difference"), laid out when the
 * chart is drawn so that every label lies inside the plot (the plot clips what is outside), no two labels overlap,
 * and labels cover as few data points as possible: a horizontal line's label sits just above or below it at its
 * right (else left) end; a vertical line's label beside it, at the top (where the renderer leaves room for them),
 * on the side with more room, and one below the other when several lines share a timepoint.
 */
final class MarkerLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** A label of a vertical line at x, or of a horizontal line at y. */
    record Label(boolean vertical, double value, String text) {
    }

    private final List<Label> labels = new ArrayList<>();
    private final Font font;
    private final double gap;
    /** A label where it was drawn. */
    record Placed(Label label, Rectangle2D box) {
    }

    private final transient List<Placed> placed = new ArrayList<>();

    MarkerLabels(Font font, double gap) {
        this.font = font;
        this.gap = gap;
    }

    void add(Label label) {
        if (!label.text().isBlank()) {
            labels.add(label);
        }
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    /** The labels' boxes as last drawn, in drawing coordinates (for tests). */
    List<Placed> placed() {
        return List.copyOf(placed);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        placed.clear();
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics(font);
        List<Point2D> data = dataPoints(plot, dataArea);
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        List<Label> ordered = new ArrayList<>(labels.stream().filter(l -> !l.vertical()).toList());
        ordered.addAll(labels.stream().filter(Label::vertical).toList());
        for (Label l : ordered) {
            double w = fm.getStringBounds(l.text(), g2).getWidth() + 2 * gap;
            double h = fm.getAscent() + fm.getDescent() + gap;
            List<Rectangle2D> candidates = new ArrayList<>();
            if (l.vertical()) {
                double x = domainAxis.valueToJava2D(l.value(), dataArea, xEdge);
                boolean leftSide = x - dataArea.getMinX() > dataArea.getMaxX() - x;
                double first = leftSide ? x - gap / 2 - w : x + gap / 2;
                double second = leftSide ? x + gap / 2 : x - gap / 2 - w;
                double clamped = Math.max(dataArea.getMinX(), Math.min(dataArea.getMaxX() - w, first));
                for (double y = dataArea.getMinY() + gap / 2; y + h <= dataArea.getMaxY(); y += h) {
                    candidates.add(new Rectangle2D.Double(first, y, w, h));
                    candidates.add(new Rectangle2D.Double(second, y, w, h));
                    candidates.add(new Rectangle2D.Double(clamped, y, w, h));
                }
            } else {
                double y = rangeAxis.valueToJava2D(l.value(), dataArea, yEdge);
                for (double x : new double[] { dataArea.getMaxX() - w - gap, dataArea.getMinX() + gap }) {
                    candidates.add(new Rectangle2D.Double(x, y - h - gap / 2, w, h));
                    candidates.add(new Rectangle2D.Double(x, y + gap / 2, w, h));
                }
            }
            Rectangle2D box = choose(candidates, dataArea, data);
            if (box != null) {
                placed.add(new Placed(l, box));
                g2.setPaint(new Color(255, 255, 255, 215));
                g2.fill(box);
                g2.setPaint(Color.DARK_GRAY);
                g2.drawString(l.text(), (float) (box.getX() + gap), (float) (box.getY() + gap / 2 + fm.getAscent()));
            }
        }
    }

    /** The first candidate inside the plot and clear of the labels placed so far that covers the fewest points. */
    private Rectangle2D choose(List<Rectangle2D> candidates, Rectangle2D area, List<Point2D> data) {
        Rectangle2D best = null;
        long fewest = Long.MAX_VALUE;
        for (Rectangle2D c : candidates) {
            if (!area.contains(c) || placed.stream().anyMatch(p -> c.intersects(p.box()))) {
                continue;
            }
            long covered = data.stream().filter(c::contains).count();
            if (covered < fewest) {
                best = c;
                fewest = covered;
                if (covered == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Where the plot's points, error bars and connecting lines are drawn (lines and bars as points a few units
     * apart).
     */
    private static List<Point2D> dataPoints(XYPlot plot, Rectangle2D area) {
        List<Point2D> points = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset set = plot.getDataset(d);
            boolean lines = plot.getRenderer(d) instanceof XYLineAndShapeRenderer r && r.getDefaultLinesVisible();
            for (int s = 0; set != null && s < set.getSeriesCount(); s++) {
                Point2D previous = null;
                for (int i = 0; i < set.getItemCount(s); i++) {
                    Point2D p = toJava2D(plot, area, set.getXValue(s, i), set.getYValue(s, i));
                    points.add(p);
                    if (set instanceof IntervalXYDataset bars) {
                        along(toJava2D(plot, area, set.getXValue(s, i), bars.getStartYValue(s, i)),
                                toJava2D(plot, area, set.getXValue(s, i), bars.getEndYValue(s, i)), points);
                    }
                    if (lines && previous != null) {
                        along(previous, p, points);
                    }
                    previous = p;
                }
            }
        }
        return points;
    }

    private static Point2D toJava2D(XYPlot plot, Rectangle2D area, double x, double y) {
        return new Point2D.Double(plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
    }

    /** Points every 2 units from a to b. */
    private static void along(Point2D a, Point2D b, List<Point2D> points) {
        int steps = (int) Math.min(500, Math.ceil(a.distance(b) / 2));
        for (int k = 0; k <= steps && Double.isFinite(a.getX() + a.getY() + b.getX() + b.getY()); k++) {
            double f = steps == 0 ? 0 : (double) k / steps;
            points.add(new Point2D.Double(a.getX() + f * (b.getX() - a.getX()), a.getY() + f * (b.getY() - a.getY())));
        }
    }
}
