package org.vivarium.publish.charts;

import java.awt.Color;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
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

    private static final double JITTER = 0.14;
    /** More legend items than this (one line per animal) make no useful legend. */
    private static final int MAX_LEGEND_ITEMS = 10;

    private final ChartSpec spec;
    private final ChartStyle style;
    private final XPositions x;
    private final Map<String, Paint> colours = new LinkedHashMap<>();
    private final XYPlot plot = new XYPlot();
    private final MarkerLabels markerLabels;
    private int index;

    private ChartRenderer(ChartSpec spec, ChartStyle style) {
        this.spec = spec;
        this.style = style;
        this.markerLabels = new MarkerLabels(style.noteFont(), style.scaled(2));
        this.x = new XPositions(spec);
        int treated = 0;
        for (Series s : spec.series()) {
            if (!colours.containsKey(s.name()) && s.style() != Series.Style.MEAN_WITH_ERROR) {
                colours.put(s.name(), ChartStyle.colour(s.name(), ChartStyle.isControl(s.name()) ? 0 : treated++));
            }
        }
    }

    /** The chart of a specification drawn at an export size. */
    public static JFreeChart render(ChartSpec spec, ChartSize size) {
        return render(spec, ChartStyle.of(size));
    }

    /** The chart of a specification in a style (export size or screen area). */
    static JFreeChart render(ChartSpec spec, ChartStyle style) {
        return new ChartRenderer(spec, style).build();
    }

    private JFreeChart build() {
        plot.setDomainAxis(x.axis(spec.xLabel()));
        NumberAxis range = new WrappedLabelAxis(spec.yLabel(), style.minimumSize());
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
        if (!markerLabels.isEmpty()) {
            plot.addAnnotation(markerLabels, false);
            range.setUpperMargin(headroom());
        }
        if (spec.kind() == ChartSpec.Kind.KAPLAN_MEIER) {
            range.setRange(0, 1.04);
        }
        boolean legend = spec.kind() != ChartSpec.Kind.DOT_MEAN_SEM && plot.getLegendItems().getItemCount() > 0
                && plot.getLegendItems().getItemCount() <= MAX_LEGEND_ITEMS;
        JFreeChart chart = new JFreeChart(spec.title().isBlank() ? null : spec.title(), style.titleFont(), plot,
                legend);
        style.apply(chart);
        return chart;
    }

    /**
     * The range axis' upper margin that leaves a band above the data for the vertical lines' labels, one row each:
     * there they cover no data.
     */
    private double headroom() {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double rows = 0;
        for (Marker m : spec.markers()) {
            if (m.kind() == Marker.Kind.VERTICAL_LINE && !m.label().isBlank()) {
                double width = style.noteFont().getStringBounds(m.label(), frc).getWidth();
                rows += width > style.width() * 0.75 * 0.45 ? 2 : 1;
            }
        }
        if (rows == 0) {
            return 0.05;
        }
        double row = style.noteFont().getSize2D() * 1.25 + style.scaled(2);
        double band = rows * row + style.scaled(2);
        double plotHeight = style.height() * 0.55;
        return 0.05 + band / Math.max(plotHeight - band, plotHeight * 0.4);
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
        r.setSeriesShape(0, style.dot());
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
        r.setSeriesShape(0, style.meanTick());
        r.setSeriesPaint(0, Color.BLACK);
        r.setErrorPaint(Color.BLACK);
        r.setErrorStroke(style.line());
        r.setCapLength(style.scaled(10));
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
        r.setSeriesShape(0, style.dot());
        r.setSeriesPaint(0, colour(s));
        r.setSeriesStroke(0, style.line());
        r.setErrorStroke(style.thin());
        r.setCapLength(style.scaled(6));
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
        r.setSeriesStroke(0, style.line());
        add(new XYSeriesCollection(data), r);
    }

    private void censorMarks(Series s) {
        XYSeries data = new XYSeries(s.name() + " censored", false, true);
        for (Point p : s.points()) {
            data.add(p.x(), p.y());
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, style.censorTick());
        r.setSeriesPaint(0, colour(s));
        r.setSeriesOutlineStroke(0, style.line());
        r.setSeriesStroke(0, style.line());
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
     * A reference line; its label is laid out with the others when the chart is drawn (inside the plot, no two
     * overlapping: see {@link MarkerLabels}).
     */
    private void marker(Marker m) {
        if (m.kind() == Marker.Kind.VERTICAL_LINE) {
            double position = x.ofValue(m.value());
            plot.addDomainMarker(new ValueMarker(position, ChartStyle.MARKER, style.dashed()), Layer.FOREGROUND);
            markerLabels.add(new MarkerLabels.Label(true, position, m.label()));
        } else {
            plot.addRangeMarker(new ValueMarker(m.value(), Color.GRAY, style.dashed()), Layer.BACKGROUND);
            markerLabels.add(new MarkerLabels.Label(false, m.value(), m.label()));
        }
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
