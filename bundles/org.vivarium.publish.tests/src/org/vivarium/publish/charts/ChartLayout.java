package org.vivarium.publish.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A chart drawn onto a {@link TextRecorder} at its size, and what a journal editor would object to: text outside
 * the drawing or cut by its clip, two texts overlapping, font sizes outside the size's range, a category without its
 * tick label, a reference line without its label.
 */
final class ChartLayout {

    /** Slack for anti-aliasing and rounding, in points. */
    private static final double SLACK = 0.6;

    final JFreeChart chart;
    final ChartStyle style;
    final List<TextRecorder.Text> texts = new ArrayList<>();
    final ChartRenderingInfo info = new ChartRenderingInfo();

    private ChartLayout(JFreeChart chart, ChartStyle style) {
        this.chart = chart;
        this.style = style;
    }

    static ChartLayout draw(JFreeChart chart, ChartStyle style) {
        ChartLayout layout = new ChartLayout(chart, style);
        int w = (int) Math.ceil(style.width());
        int h = (int) Math.ceil(style.height());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        TextRecorder recorder = new TextRecorder(g, layout.texts);
        chart.draw(recorder, new Rectangle2D.Double(0, 0, style.width(), style.height()), layout.info);
        recorder.dispose();
        return layout;
    }

    List<String> strings() {
        return texts.stream().map(TextRecorder.Text::text).toList();
    }

    RectangleEdge legendEdge() {
        return chart.getLegend() == null ? null : chart.getLegend().getPosition();
    }

    /** Everything wrong with the layout, one line each (empty: fine). */
    List<String> problems(float minPt, float maxPt) {
        List<String> problems = new ArrayList<>();
        Rectangle2D page = new Rectangle2D.Double(-SLACK, -SLACK, style.width() + 2 * SLACK,
                style.height() + 2 * SLACK);
        for (TextRecorder.Text t : texts) {
            if (!page.contains(t.bounds())) {
                problems.add("'" + t.text() + "' is outside the drawing: " + t.bounds());
            }
            if (t.clip() != null && !grown(t.clip()).contains(t.bounds())) {
                problems.add("'" + t.text() + "' is cut by its clip " + t.clip().getBounds2D() + ": " + t.bounds());
            }
            if (t.points() < minPt - 1e-3 || t.points() > maxPt + 1e-3) {
                problems.add("'" + t.text() + "' is " + t.points() + " pt, not " + minPt + "-" + maxPt);
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Area a = new Area(texts.get(i).outline());
                a.intersect(new Area(texts.get(j).outline()));
                Rectangle2D overlap = a.getBounds2D();
                if (!a.isEmpty() && overlap.getWidth() > SLACK && overlap.getHeight() > SLACK) {
                    problems.add("'" + texts.get(i).text() + "' overlaps '" + texts.get(j).text() + "'");
                }
            }
        }
        return problems;
    }

    /** Reference line labels placed away from their lines (more than a gap beside, or a row above or below). */
    List<String> detachedLabels() {
        List<String> problems = new ArrayList<>();
        var plot = chart.getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        for (var a : plot.getAnnotations()) {
            if (a instanceof MarkerLabels labels) {
                for (MarkerLabels.Placed p : labels.placed()) {
                    Rectangle2D box = p.box();
                    double slack = style.scaled(3);
                    if (p.label().vertical()) {
                        double x = plot.getDomainAxis().valueToJava2D(p.label().value(), area,
                                plot.getDomainAxisEdge());
                        if (x < box.getMinX() - slack || x > box.getMaxX() + slack) {
                            problems.add("'" + p.label().text() + "' is away from its line at x = " + x + ": " + box);
                        }
                    } else {
                        double y = plot.getRangeAxis().valueToJava2D(p.label().value(), area,
                                plot.getRangeAxisEdge());
                        if (y < box.getMinY() - slack || y > box.getMaxY() + slack) {
                            problems.add("'" + p.label().text() + "' is away from its line at y = " + y + ": " + box);
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static Shape grown(Shape clip) {
        Rectangle2D b = clip.getBounds2D();
        return new Rectangle2D.Double(b.getX() - SLACK, b.getY() - SLACK, b.getWidth() + 2 * SLACK,
                b.getHeight() + 2 * SLACK);
    }
}
