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
    record Placed(Label label, Rectangle2D box, List<String> lines) {
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

    /** A place for a label, set in one or more lines. */
    private record Candidate(Rectangle2D box, List<String> lines) {
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        placed.clear();
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics(font);
        List<Point2D> avoid = dataPoints(plot, dataArea);
        for (Label l : labels) {
            if (l.vertical()) {
                double x = domainAxis.valueToJava2D(l.value(), dataArea, plot.getDomainAxisEdge());
                along(new Point2D.Double(x, dataArea.getMinY()), new Point2D.Double(x, dataArea.getMaxY()), avoid);
            }
        }
        List<Label> ordered = new ArrayList<>(labels.stream().filter(l -> !l.vertical()).toList());
        ordered.addAll(labels.stream().filter(Label::vertical).toList());
        for (Label l : ordered) {
            List<Candidate> candidates = new ArrayList<>();
            double oneLine = TextLines.width(g2, fm, l.text());
            for (List<String> lines : List.of(List.of(l.text()), TextLines.wrap(g2, fm, l.text(), oneLine * 0.6))) {
                double w = lines.stream().mapToDouble(t -> TextLines.width(g2, fm, t)).max().orElse(0) + 2 * gap;
                double h = lines.size() * lineHeight(fm) + gap;
                if (l.vertical()) {
                    vertical(domainAxis.valueToJava2D(l.value(), dataArea, plot.getDomainAxisEdge()), dataArea, w, h,
                            lines, candidates);
                } else {
                    horizontal(rangeAxis.valueToJava2D(l.value(), dataArea, plot.getRangeAxisEdge()), dataArea, w, h,
                            lines, candidates);
                }
            }
            Candidate best = choose(candidates, dataArea, avoid);
            if (best != null) {
                Rectangle2D box = best.box();
                placed.add(new Placed(l, box, best.lines()));
                g2.setPaint(new Color(255, 255, 255, 215));
                g2.fill(box);
                g2.setPaint(Color.DARK_GRAY);
                for (int i = 0; i < best.lines().size(); i++) {
                    g2.drawString(best.lines().get(i), (float) (box.getX() + gap), (float) (box.getY() + gap / 2
                            + fm.getAscent() + i * lineHeight(fm)));
                }
            }
        }
    }

    private static double lineHeight(FontMetrics fm) {
        return fm.getAscent() + fm.getDescent();
    }

    /** Beside the line, from the top down: on the side with more room, then the other, then pushed inside. */
    private void vertical(double x, Rectangle2D area, double w, double h, List<String> lines, List<Candidate> out) {
        boolean leftSide = x - area.getMinX() > area.getMaxX() - x;
        double first = leftSide ? x - gap / 2 - w : x + gap / 2;
        double second = leftSide ? x + gap / 2 : x - gap / 2 - w;
        double clamped = Math.max(area.getMinX(), Math.min(area.getMaxX() - w, first));
        for (double y = area.getMinY() + gap / 2; y + h <= area.getMaxY(); y += rowStep(h, lines)) {
            for (double left : new double[] { first, second, clamped }) {
                out.add(new Candidate(new Rectangle2D.Double(left, y, w, h), lines));
            }
        }
    }

    private static double rowStep(double h, List<String> lines) {
        return h / lines.size();
    }

    /** Just above or below the line, at its right end, else its left end. */
    private void horizontal(double y, Rectangle2D area, double w, double h, List<String> lines, List<Candidate> out) {
        for (double x : new double[] { area.getMaxX() - w - gap, area.getMinX() + gap }) {
            out.add(new Candidate(new Rectangle2D.Double(x, y - h - gap / 2, w, h), lines));
            out.add(new Candidate(new Rectangle2D.Double(x, y + gap / 2, w, h), lines));
        }
    }

    /**
     * The first candidate inside the plot, clear of the labels placed so far, that covers no data and crosses no other
     * reference line; else the one that covers the fewest.
     */
    private Candidate choose(List<Candidate> candidates, Rectangle2D area, List<Point2D> avoid) {
        Candidate best = null;
        long fewest = Long.MAX_VALUE;
        for (Candidate c : candidates) {
            Rectangle2D box = c.box();
            if (!area.contains(box) || placed.stream().anyMatch(p -> box.intersects(p.box()))) {
                continue;
            }
            long covered = avoid.stream().filter(box::contains).count();
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
