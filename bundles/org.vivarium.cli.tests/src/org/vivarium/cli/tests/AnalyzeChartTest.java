package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** {@code analyze ... --chart OUT --size S}: the analysis' charts written as the workbench exports them. */
class AnalyzeChartTest {

    @TempDir
    Path dir;
    private Path study;

    @BeforeEach
    void demo() {
        study = dir.resolve("demo.vivarium");
        assertThat(CliRun.of("demo", study.toString()).code()).isZero();
    }

    @Test
    void oneChartIsWrittenToTheFileNamedAtTheSizeAsked() throws Exception {
        Path png = dir.resolve("fig1.png");
        CliRun run = CliRun.of("analyze", study.toString(), "--analysis", "kaplan-meier", "--assay", "NSF", "--chart",
                png.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + png + " (single column, 85 x 70 mm, 300 dpi)\n");
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1004); // 85 mm at 300 dpi
        assertThat(image.getHeight()).isEqualTo(827);
        Path pdf = dir.resolve("fig1.pdf");
        CliRun slide = CliRun.of("analyze", study.toString(), "--analysis", "kaplan-meier", "--assay", "NSF",
                "--chart", pdf.toString(), "--size", "slide");
        assertThat(slide.out()).isEqualTo("wrote " + pdf + " (slide, 254 x 143 mm, vector)\n");
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void severalChartsGetTheirTitlesAsSuffixes() throws Exception {
        Path svg = dir.resolve("fig2.svg");
        CliRun run = CliRun.of("analyze", study.toString(), "--analysis", "durability", "--assay", "FST",
                "--measure", "immobility", "--chart", svg.toString(), "--size", "double");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2).allMatch(l -> l.matches("wrote " + java.util.regex.Pattern.quote(dir
                + "/fig2-immobility") + "[-a-z+]+\\.svg \\(double column, 178 x 110 mm, vector\\)"));
        Path effect = dir.resolve("fig2-immobility-effect-over-time.svg");
        assertThat(lines.get(0)).isEqualTo("wrote " + effect + " (double column, 178 x 110 mm, vector)");
        assertThat(Files.readString(effect)).contains("width=\"505pt\"").contains("KET+BCI");
        Path course = Path.of(lines.get(1).substring(6, lines.get(1).indexOf(" (")));
        assertThat(Files.readString(course)).contains("<svg").contains("VEH+VEH");
        assertThat(Files.exists(svg)).isFalse();
    }

    @Test
    void aBadSizeOrExtensionIsAUsageErrorNamingTheOption() {
        CliRun size = CliRun.of("analyze", study.toString(), "--analysis", "kaplan-meier", "--assay", "NSF",
                "--chart", dir.resolve("f.png").toString(), "--size", "poster");
        assertThat(size.code()).isEqualTo(1);
        assertThat(size.err()).startsWith("vivarium analyze: --size must be one of single, double, slide, not "
                + "'poster'");
        CliRun ext = CliRun.of("analyze", study.toString(), "--analysis", "kaplan-meier", "--assay", "NSF",
                "--chart", dir.resolve("f.gif").toString());
        assertThat(ext.code()).isEqualTo(1);
        assertThat(ext.err()).contains("--chart must name a .png, .svg or .pdf file, not '" + dir.resolve("f.gif"));
        CliRun alone = CliRun.of("analyze", study.toString(), "--analysis", "kaplan-meier", "--assay", "NSF",
                "--size", "single");
        assertThat(alone.code()).isEqualTo(1);
        assertThat(alone.err()).contains("--size is the size of the --chart file");
        assertThat(dir.resolve("f.png")).doesNotExist();
    }

    @Test
    void anAnalysisWithoutChartsIsOneLineExitTwo() {
        AnalysisDescriptor d = AnalysisDescriptor.of("test.no-chart", "No chart", "lab", "", NoChart::new);
        try (var registration = AnalysisRegistry.getDefault().register(d)) {
            Path png = dir.resolve("none.png");
            CliRun run = CliRun.of("analyze", study.toString(), "--analysis", "test.no-chart", "--assay", "FST",
                    "--chart", png.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("vivarium: test.no-chart: the result has no charts to write to " + png
                    + "\n");
            assertThat(png).doesNotExist();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenFollowsTheOutputConvention() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        Path png = blocker.resolve("fig.png");
        CliRun run = CliRun.of("analyze", study.toString(), "--analysis", "kaplan-meier", "--assay", "NSF",
                "--chart", png.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith(png + ": could not write (");
    }

    /** An analysis whose result has no chart. */
    static final class NoChart implements Analysis {
        @Override
        public Applicability applicability() {
            return Applicability.of(Applicability.Values.ANY, Applicability.Design.GROUPS);
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
            return AnalysisResult.builder("test.no-chart", "No chart").value("n", data.observations().size()).build();
        }
    }
}
