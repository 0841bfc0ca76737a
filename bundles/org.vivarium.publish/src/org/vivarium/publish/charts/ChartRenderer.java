package org.vivarium.publish.charts;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;

/**
 * Draws an analysis result's {@link ChartSpec} with JFreeChart: individual values with mean ± SEM per group,
 * time courses with error bars, Kaplan-Meier steps with censor marks, effects over time with the last significant
 * timepoint marked. Headless (AWT only): the same chart is shown in the workbench and exported.
 */
public final class ChartRenderer {

    private static final Shape DOT = new Ellipse2D.Double(-3, -3, 6, 6);
    private static final Shape MEAN_TICK = new Rectangle2D.Double(-12, -1, 24, 2);
    private static final Shape CENSOR_TICK = new Line2D.Double(0, -5, 0, 5);
    private static final double JITTER = 0.14;

    private final ChartSpec spec;
    private final XPositions x;
    private final Map<String, Paint> colours = new LinkedHashMap<>();
    private final XYPlot plot = new XYPlot();
    private int index;
    private int verticalMarkers;

    private ChartRenderer(ChartSpec spec) {
        this.spec = spec;
        this.x = new XPositions(spec);
        int treated = 0;
        for (Series s : spec.series()) {
            if (!colours.containsKey(s.name()) && s.style() != Series.Style.MEAN_WITH_ERROR) {
                colours.put(s.name(), ChartStyle.colour(s.name(), ChartStyle.isControl(s.name()) ? 0 : treated++));
            }
        }
    }

    /** The chart of a specification. */
    public static JFreeChart render(ChartSpec spec) {
        return new ChartRenderer(spec).build();
    }

    private JFreeChart build() {
        plot.setDomainAxis(x.axis(spec.xLabel()));
        NumberAxis range = new NumberAxis(spec.yLabel());
        range.setAutoRangeIncludesZero(spec.kind() != ChartSpec.Kind.TIME_COURSE);
        plot.setRangeAxis(range);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        List<Series> series = spec.series();
        int lines = (int) series.stream().filter(s -> s.style() == Series.Style.LINE_WITH_ERROR).count();
        int line = 0;
        for (Series s : series) {
            switch (s.style()) {
                case POINTS -> points(s);
                case MEAN_WITH_ERROR -> means(s);
                case LINE_WITH_ERROR -> line(s, dodge(line++, lines));
                case STEP -> step(s, censorEnd(s));
                case CENSOR_MARKS -> censorMarks(s);
                case BAND -> band(s);
            }
        }
        for (Marker m : spec.markers()) {
            marker(m);
        }
        if (spec.kind() == ChartSpec.Kind.KAPLAN_MEIER) {
            range.setRange(0, 1.04);
        }
        boolean legend = spec.kind() != ChartSpec.Kind.DOT_MEAN_SEM;
        JFreeChart chart = new JFreeChart(spec.title(), ChartStyle.TITLE, plot, legend);
        ChartStyle.apply(chart);
        return chart;
    }

    /** Lines of several arms at one timepoint are moved apart a little so their error bars do not overlap. */
    private double dodge(int line, int lines) {
        return x.positional() && lines > 1 ? (line - (lines - 1) / 2.0) * 0.05 : 0;
    }

    private Paint colour(Series s) {
        return colours.getOrDefault(s.name(), Color.BLACK);
    }

    private void add(XYDataset data, XYItemRenderer renderer) {
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
        index++;
    }

    private void points(Series s) {
        XYSeries data = new XYSeries(s.name(), false, true);
        int i = 0;
        for (Point p : s.points()) {
            double jitter = x.positional() ? ((i++ * 0.618034) % 1.0 - 0.5) * 2 * JITTER : 0;
            data.add(x.of(p) + jitter, p.y());
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, DOT);
        r.setSeriesPaint(0, translucent(colour(s)));
        r.setSeriesVisibleInLegend(0, false);
        add(new XYSeriesCollection(data), r);
    }

    private void means(Series s) {
        YIntervalSeries data = new YIntervalSeries(s.name(), false, true);
        for (Point p : s.points()) {
            data.add(x.of(p), p.y(), low(p), high(p));
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setSeriesShape(0, MEAN_TICK);
        r.setSeriesPaint(0, Color.BLACK);
        r.setErrorPaint(Color.BLACK);
        r.setErrorStroke(ChartStyle.LINE);
        r.setCapLength(10);
        r.setDrawXError(false);
        add(collection(data), r);
    }

    private void line(Series s, double dodge) {
        YIntervalSeries data = new YIntervalSeries(s.name(), false, true);
        for (Point p : s.points()) {
            data.add(x.of(p) + dodge, p.y(), low(p), high(p));
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setSeriesShape(0, DOT);
        r.setSeriesPaint(0, colour(s));
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setErrorStroke(ChartStyle.THIN);
        r.setCapLength(6);
        r.setDrawXError(false);
        add(collection(data), r);
    }

    /** A Kaplan-Meier curve runs on to its last censored observation. */
    private double censorEnd(Series step) {
        double end = Double.NEGATIVE_INFINITY;
        for (Series s : spec.series()) {
            if (s.style() == Series.Style.CENSOR_MARKS && s.name().equals(step.name())) {
                for (Point p : s.points()) {
                    end = Math.max(end, p.x());
                }
            }
        }
        return end;
    }

    private void step(Series s, double end) {
        XYSeries data = new XYSeries(s.name(), true, true);
        Point last = null;
        for (Point p : s.points()) {
            data.addOrUpdate(p.x(), p.y());
            last = p;
        }
        if (last != null && end > last.x()) {
            data.addOrUpdate(end, last.y());
        }
        XYStepRenderer r = new XYStepRenderer();
        r.setSeriesPaint(0, colour(s));
        r.setSeriesStroke(0, ChartStyle.LINE);
        add(new XYSeriesCollection(data), r);
    }

    private void censorMarks(Series s) {
        XYSeries data = new XYSeries(s.name() + " censored", false, true);
        for (Point p : s.points()) {
            data.add(p.x(), p.y());
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, CENSOR_TICK);
        r.setSeriesPaint(0, colour(s));
        r.setSeriesOutlineStroke(0, ChartStyle.LINE);
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setDefaultShapesFilled(false);
        r.setUseOutlinePaint(false);
        r.setSeriesVisibleInLegend(0, false);
        add(new XYSeriesCollection(data), r);
    }

    private void band(Series s) {
        YIntervalSeries data = new YIntervalSeries(s.name(), false, true);
        for (Point p : s.points()) {
            data.add(x.of(p), p.y(), low(p), high(p));
        }
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setSeriesFillPaint(0, translucent(colour(s)));
        r.setAlpha(0.2f);
        r.setSeriesVisibleInLegend(0, false);
        add(collection(data), r);
    }

    /**
     * Vertical markers are labelled at the top, on the side of the line with more room, one below the other so that
     * several never overlap; horizontal ones at the right end.
     */
    private void marker(Marker m) {
        ValueMarker marker;
        if (m.kind() == Marker.Kind.VERTICAL_LINE) {
            double position = x.ofValue(m.value());
            marker = new ValueMarker(position, new Color(0xb0, 0x00, 0x20), ChartStyle.DASHED);
            boolean rightHalf = position > (plot.getDomainAxis().getLowerBound() + plot.getDomainAxis()
                    .getUpperBound()) / 2;
            marker.setLabelAnchor(rightHalf ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(rightHalf ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4 + 14 * verticalMarkers++, 4, 2, 4));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        } else {
            marker = new ValueMarker(m.value(), Color.GRAY, ChartStyle.DASHED);
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        marker.setLabel(m.label());
        marker.setLabelFont(ChartStyle.TICK);
        marker.setLabelPaint(Color.DARK_GRAY);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 215));
    }

    private static YIntervalSeriesCollection collection(YIntervalSeries s) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    private static double low(Point p) {
        return p.low() == null ? p.y() : p.low();
    }

    private static double high(Point p) {
        return p.high() == null ? p.y() : p.high();
    }

    private static Paint translucent(Paint paint) {
        if (paint instanceof Color c) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), 170);
        }
        return paint;
    }

    /** For tests: how many datasets the chart has. */
    static int datasets(JFreeChart chart) {
        List<Object> sets = new ArrayList<>();
        XYPlot p = chart.getXYPlot();
        for (int i = 0; i < p.getDatasetCount(); i++) {
            if (p.getDataset(i) != null) {
                sets.add(p.getDataset(i));
            }
        }
        return sets.size();
    }
}
