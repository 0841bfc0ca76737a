package org.vivarium.publish.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.ChartSpec.Axis;
import org.vivarium.analysis.result.ChartSpec.ErrorBars;
import org.vivarium.analysis.result.ChartSpec.Kind;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.result.Series.Style;

class ChartRendererTest {

    @TempDir
    Path dir;

    private static ChartSpec dotPlot() {
        return new ChartSpec(Kind.DOT_MEAN_SEM, "FST 24 h", "arm", "Immobility (s)", Axis.CATEGORY,
                List.of("VEH+VEH", "KET+VEH"), ErrorBars.SEM,
                List.of(new Series("VEH+VEH", Style.POINTS, List.of(Point.category("VEH+VEH", 150, "A1"),
                        Point.category("VEH+VEH", 160, "A2"))),
                        new Series("KET+VEH", Style.POINTS, List.of(Point.category("KET+VEH", 90, "B1"),
                                Point.category("KET+VEH", 100, "B2"))),
                        new Series("mean ± SEM", Style.MEAN_WITH_ERROR, List.of(
                                Point.category("VEH+VEH", 155, 150, 160),
                                Point.category("KET+VEH", 95, 90, 100)))),
                List.of());
    }

    private static ChartSpec effectOverTime() {
        return new ChartSpec(Kind.EFFECT_OVER_TIME, "Immobility: effect over time", "Time since dose (h)",
                "Difference from control (s)", Axis.HOURS_SINCE_DOSE, List.of(), ErrorBars.CI95,
                List.of(new Series("KET+VEH", Style.LINE_WITH_ERROR, List.of(Point.xy(24, -50, -70, -30),
                        Point.xy(168, -30, -50, -10), Point.xy(1344, 2, -18, 22))),
                        new Series("KET+BCI", Style.LINE_WITH_ERROR, List.of(Point.xy(24, -55, -75, -35),
                                Point.xy(168, -52, -72, -32), Point.xy(1344, -40, -60, -20)))),
                List.of(new Marker(Marker.Kind.HORIZONTAL_LINE, 0, "no effect"),
                        new Marker(Marker.Kind.VERTICAL_LINE, 1344, "KET+BCI: last significant 8 wk")));
    }

    @Test
    void dotPlotPlacesEachGroupAtItsCategoryWithMeanAndSemBars() {
        JFreeChart chart = ChartRenderer.render(dotPlot(), ChartSize.DOUBLE_COLUMN);
        XYPlot plot = chart.getXYPlot();
        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactly("VEH+VEH", "KET+VEH");
        assertThat(ChartRenderer.datasets(chart)).isEqualTo(3);
        XYDataset ket = plot.getDataset(1);
        assertThat(ket.getItemCount(0)).isEqualTo(2);
        assertThat(ket.getXValue(0, 0)).isBetween(0.8, 1.2); // jittered around category 1
        assertThat(ket.getYValue(0, 0)).isEqualTo(90);
        var means = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(2);
        assertThat(means.getStartYValue(0, 1)).isEqualTo(90);
        assertThat(means.getEndYValue(0, 1)).isEqualTo(100);
        assertThat(chart.getLegend()).isNull();
    }

    @Test
    void timesSinceDoseAreEvenlySpacedAndTheLastSignificantTimepointIsMarked() {
        JFreeChart chart = ChartRenderer.render(effectOverTime(), ChartSize.DOUBLE_COLUMN);
        XYPlot plot = chart.getXYPlot();
        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactly("24 h", "1 wk", "8 wk");
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(2.0));
        assertThat(plot.getAnnotations()).singleElement().isInstanceOf(MarkerLabels.class);
        assertThat(plot.getDataset(0).getXValue(0, 2)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void kaplanMeierStepsRunOnToTheLastCensoredObservation() {
        ChartSpec km = new ChartSpec(Kind.KAPLAN_MEIER, "NSF latency", "Latency (s)", "Proportion not fed",
                Axis.NUMERIC, List.of(), ErrorBars.NONE,
                List.of(new Series("VEH", Style.STEP, List.of(Point.xy(0, 1), Point.xy(300, 0.5))),
                        new Series("VEH", Style.CENSOR_MARKS, List.of(Point.xy(600, 0.5)))),
                List.of());
        XYPlot plot = ChartRenderer.render(km, ChartSize.DOUBLE_COLUMN).getXYPlot();
        XYDataset steps = plot.getDataset(0);
        assertThat(steps.getItemCount(0)).isEqualTo(3);
        assertThat(steps.getXValue(0, 2)).isEqualTo(600);
        assertThat(steps.getYValue(0, 2)).isEqualTo(0.5);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(1.0);
    }

    @Test
    void exportsPngSvgAndPdfAtPublicationSize() throws Exception {
        JFreeChart chart = ChartRenderer.render(effectOverTime(), ChartSize.DOUBLE_COLUMN);
        Path png = dir.resolve("effect.png");
        Path svg = dir.resolve("effect.svg");
        Path pdf = dir.resolve("effect.pdf");
        ChartExport.write(chart, png, ChartSize.SINGLE_COLUMN);
        ChartExport.write(chart, svg, ChartSize.SINGLE_COLUMN);
        ChartExport.write(chart, pdf, ChartSize.DOUBLE_COLUMN);
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isBetween(ChartSize.SINGLE_COLUMN.widthPx() - 20,
                ChartSize.SINGLE_COLUMN.widthPx() + 20);
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("width=\"241pt\"").contains("viewBox=\"0 0 241 198\"")
                .contains("8 wk");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(ChartSize.DOUBLE_COLUMN.widthPt());
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("effect.png",
                    "effect.svg", "effect.pdf");
        }
    }

    @Test
    void unknownExtensionIsRefusedWithoutWritingAnything() {
        JFreeChart chart = ChartRenderer.render(dotPlot(), ChartSize.DOUBLE_COLUMN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChartExport.write(chart, dir.resolve("x.gif"),
                ChartSize.SINGLE_COLUMN)).hasMessage("x.gif: choose a file name ending in .png, .svg or .pdf");
    }

    @Test
    void exportFileNamesComeFromTheTitleWithoutStrayDashes() {
        assertThat(ChartExport.fileName("Immobility over time (mean \u00b1 SEM)"))
                .isEqualTo("Immobility-over-time-mean-SEM.png");
        assertThat(ChartExport.fileName("KET+BCI: effect")).isEqualTo("KET+BCI-effect.png");
        assertThat(ChartExport.fileName("(\u00b1)")).isEqualTo("chart.png");
        assertThat(ChartExport.fileName(null)).isEqualTo("chart.png");
    }
}
