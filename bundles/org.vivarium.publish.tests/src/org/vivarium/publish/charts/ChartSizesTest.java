package org.vivarium.publish.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.core.study.Time;

/**
 * Every chart kind the built-in analyses draw, at every export size and on screen, is journal-ready: fonts in the
 * size's point range, no text outside the drawing or cut off, no two texts overlapping, every category labelled, every
 * reference line's label shown, the legend below the plot in a journal column.
 */
class ChartSizesTest {

    /** Allowed font sizes (points; pixels on screen) per style. */
    private static final Map<String, float[]> RANGES = Map.of("single", new float[] { 7, 9 }, "double",
            new float[] { 9, 10 }, "slide", new float[] { 14, 18 });

    @TempDir
    Path dir;

    private static List<ChartStyle> styles() {
        List<ChartStyle> styles = new ArrayList<>();
        for (ChartSize size : ChartSize.values()) {
            styles.add(ChartStyle.of(size));
        }
        styles.add(ChartStyle.screen(500, 300));
        styles.add(ChartStyle.screen(360, 240));
        styles.add(ChartStyle.screen(1200, 700));
        return styles;
    }

    /** The point range of an export size; on screen, between the tick and the title size the view size gives. */
    private static float[] range(ChartStyle style) {
        String name = style.toString().split(" ")[0];
        return name.equals("screen") ? new float[] { style.tickFont().getSize2D(), style.titleFont().getSize2D() }
                : RANGES.get(name);
    }

    @Test
    void onScreenTheFontsFollowTheViewSize() {
        assertThat(ChartStyle.screen(500, 300).tickFont().getSize2D()).isEqualTo(11f);
        assertThat(ChartStyle.screen(500, 300).labelFont().getSize2D()).isEqualTo(12f);
        assertThat(ChartStyle.screen(300, 200).tickFont().getSize2D()).isEqualTo(9f);
        assertThat(ChartStyle.screen(1600, 900).titleFont().getSize2D()).isEqualTo(20f);
        assertThat(ChartStyle.screen(500, 300).legendBelow()).isTrue();
        assertThat(ChartStyle.screen(1000, 600).legendBelow()).isFalse();
    }

    @Test
    void everyKindAtEverySizeIsLaidOutCleanly() {
        List<String> problems = new ArrayList<>();
        for (ChartSpec spec : ChartSpecs.all()) {
            for (ChartStyle style : styles()) {
                problems.addAll(check(spec, style));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What is wrong with one chart at one style, each line naming the chart and style. */
    static List<String> check(ChartSpec spec, ChartStyle style) {
        ChartLayout layout = ChartLayout.draw(ChartRenderer.render(spec, style), style);
        String where = spec.title() + " [" + style + "]: ";
        List<String> problems = new ArrayList<>();
        float[] range = range(style);
        layout.problems(range[0], range[1]).forEach(p -> problems.add(where + p));
        layout.detachedLabels().forEach(p -> problems.add(where + p));
        List<String> strings = layout.strings();
        List<String> categories = categories(spec);
        for (int i = 0; i < categories.size(); i++) {
            var axis = (CategoryTickAxis) layout.chart.getXYPlot().getDomainAxis();
            List<String> lines = axis.labelLines(i);
            if (!String.join(" ", lines).equals(categories.get(i)) || !strings.containsAll(lines)) {
                problems.add(where + "no tick label '" + categories.get(i) + "' (set as " + lines + ")");
            }
        }
        List<MarkerLabels.Placed> placed = layout.chart.getXYPlot().getAnnotations().stream()
                .filter(MarkerLabels.class::isInstance).flatMap(a -> ((MarkerLabels) a).placed().stream()).toList();
        for (Marker m : spec.markers()) {
            List<MarkerLabels.Placed> shown = placed.stream().filter(p -> p.label().text().equals(m.label())
                    && p.label().value() == xValue(spec, m)).toList();
            if (shown.size() != 1 || !String.join(" ", shown.get(0).lines()).equals(m.label())
                    || !strings.containsAll(shown.get(0).lines())) {
                problems.add(where + "marker label '" + m.label() + "' is not shown once");
            }
        }
        var axis = (WrappedLabelAxis) layout.chart.getXYPlot().getRangeAxis();
        if (!String.join(" ", axis.labelLines()).equals(spec.yLabel()) || !strings.containsAll(axis.labelLines())) {
            problems.add(where + "y label shown as " + axis.labelLines());
        }
        if (layout.chart.getLegend() != null && style.legendBelow()
                && layout.legendEdge() != RectangleEdge.BOTTOM) {
            problems.add(where + "legend at " + layout.legendEdge());
        }
        return problems;
    }

    /** Where a marker is drawn: its value, or its timepoint's position on a time-since-dose axis. */
    private static double xValue(ChartSpec spec, Marker m) {
        if (m.kind() == Marker.Kind.HORIZONTAL_LINE || spec.xAxis() != ChartSpec.Axis.HOURS_SINCE_DOSE) {
            return m.value();
        }
        TreeSet<Double> hours = new TreeSet<>();
        spec.series().forEach(s -> s.points().forEach(p -> hours.add(p.x())));
        hours.add(m.value());
        return hours.headSet(m.value()).size();
    }

    private static List<String> categories(ChartSpec spec) {
        if (spec.xAxis() == ChartSpec.Axis.CATEGORY) {
            return spec.categories();
        }
        if (spec.xAxis() == ChartSpec.Axis.NUMERIC) {
            return List.of();
        }
        TreeSet<Double> hours = new TreeSet<>();
        for (Series s : spec.series()) {
            s.points().stream().map(Point::x).forEach(hours::add);
        }
        return hours.stream().map(Time::sinceDose).toList();
    }

    @Test
    void fontsAreInPointsThatFitTheSize() {
        JFreeChart single = ChartRenderer.render(ChartSpecs.timeCourse(), ChartSize.SINGLE_COLUMN);
        assertThat(single.getTitle().getFont().getSize2D()).isEqualTo(9f);
        assertThat(single.getXYPlot().getRangeAxis().getLabelFont().getSize2D()).isEqualTo(8f);
        assertThat(single.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D()).isEqualTo(7f);
        assertThat(single.getLegend().getItemFont().getSize2D()).isEqualTo(7f);
        JFreeChart slide = ChartRenderer.render(ChartSpecs.timeCourse(), ChartSize.SLIDE);
        assertThat(slide.getTitle().getFont().getSize2D()).isEqualTo(18f);
        assertThat(slide.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D()).isEqualTo(14f);
    }

    @Test
    void theLegendGoesBelowThePlotInAJournalColumnAndWhenItWouldTakeMoreThanAFifthOfTheWidth() {
        ChartSpec short4 = ChartSpecs.timeCourse();
        assertThat(ChartRenderer.render(short4, ChartSize.SINGLE_COLUMN).getLegend().getPosition())
                .isEqualTo(RectangleEdge.BOTTOM);
        assertThat(ChartRenderer.render(short4, ChartSize.DOUBLE_COLUMN).getLegend().getPosition())
                .isEqualTo(RectangleEdge.BOTTOM);
        assertThat(ChartRenderer.render(short4, ChartSize.SLIDE).getLegend().getPosition())
                .isEqualTo(RectangleEdge.RIGHT);
        ChartSpec longNames = new ChartSpec(short4.kind(), short4.title(), short4.xLabel(), short4.yLabel(),
                short4.xAxis(), short4.categories(), short4.errorBars(), short4.series().stream().map(s -> new Series(
                        "Ketamine 10 mg/kg + BCI-540 3 mg/kg " + s.name(), s.style(), s.points())).toList(),
                short4.markers());
        assertThat(ChartRenderer.render(longNames, ChartSize.SLIDE).getLegend().getPosition())
                .isEqualTo(RectangleEdge.BOTTOM);
        assertThat(ChartRenderer.render(ChartSpecs.paired(), ChartSize.SLIDE).getLegend()).as("one line per animal")
                .isNull();
    }

    @Test
    void everyTimepointIsLabelledAndLongGroupNamesAreSetInLines() {
        ChartLayout effect = ChartLayout.draw(ChartRenderer.render(ChartSpecs.effectOverTime(),
                ChartSize.SINGLE_COLUMN), ChartStyle.of(ChartSize.SINGLE_COLUMN));
        assertThat(effect.strings()).contains("1 h", "24 h", "1 wk", "2 wk", "4 wk", "8 wk");
        ChartSpec longNames = ChartSpecs.all().get(5);
        JFreeChart chart = ChartRenderer.render(longNames, ChartSize.SINGLE_COLUMN);
        ChartLayout.draw(chart, ChartStyle.of(ChartSize.SINGLE_COLUMN));
        CategoryTickAxis axis = (CategoryTickAxis) chart.getXYPlot().getDomainAxis();
        assertThat(axis.layout()).isEqualTo(CategoryTickAxis.Layout.LINES);
        assertThat(axis.labelLines(3)).hasSizeBetween(2, 4);
        List<String> slide = ChartLayout.draw(ChartRenderer.render(longNames, ChartSize.SLIDE),
                ChartStyle.of(ChartSize.SLIDE)).strings();
        assertThat(slide).as("a number stays with its unit").contains("Ketamine 10 mg/kg", "+ BCI-540 3 mg/kg");
    }

    @Test
    void lastSignificantLabelsOfOneTimepointAreStackedInsideThePlot() {
        for (ChartSize size : ChartSize.values()) {
            JFreeChart chart = ChartRenderer.render(ChartSpecs.effectOverTime(), size);
            ChartLayout.draw(chart, ChartStyle.of(size));
            MarkerLabels labels = (MarkerLabels) chart.getXYPlot().getAnnotations().get(0);
            assertThat(labels.placed()).hasSize(4);
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    assertThat(labels.placed().get(i).box().intersects(labels.placed().get(j).box()))
                            .as(size + " " + i + "/" + j).isFalse();
                }
            }
        }
    }

    @Test
    void pngSaysThreeHundredDpiInItsPhysChunk() throws Exception {
        Path png = dir.resolve("chart.png");
        ChartPicture.of(ChartSpecs.timeCourse()).write(png, ChartSize.SINGLE_COLUMN);
        int[] phys = phys(png);
        assertThat(phys).containsExactly(11811, 11811, 1);
    }

    /** The pHYs chunk's pixels per unit along x and y and its unit (1: metre). */
    static int[] phys(Path png) throws Exception {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertThat(signature).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            while (true) {
                int length = data.readInt();
                byte[] type = data.readNBytes(4);
                byte[] body = data.readNBytes(length);
                data.readInt();
                String name = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
                if (name.equals("pHYs")) {
                    var b = java.nio.ByteBuffer.wrap(body);
                    return new int[] { b.getInt(), b.getInt(), b.get() };
                }
                if (name.equals("IEND")) {
                    throw new AssertionError("no pHYs chunk in " + Arrays.toString(type));
                }
            }
        }
    }
}
