package org.vivarium.publish.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.model.Study;

/**
 * The charts the built-in analyses draw of the demo study (effect over time, durability time course, dot plot,
 * Kaplan-Meier, interaction) at every export size: laid out cleanly, and written as PNG, SVG and PDF to
 * {@code target/chart-gallery} to be looked at.
 */
class DemoChartsTest {

    private static final Path GALLERY = Path.of("target", "chart-gallery");
    private static final Map<String, ChartSpec> CHARTS = new LinkedHashMap<>();

    @BeforeAll
    static void runAnalyses() throws Exception {
        Study study = DemoStudy.generate(42);
        add(study, "durability", "FST", "immobility");
        add(study, "durability", "NSF", null);
        add(study, "kaplan-meier", "NSF", null);
        add(study, "descriptives", "SPT", null, "by", "time");
        add(study, "one-way-anova", "FST", "immobility", "subset", "time=24 h");
        add(study, "two-way-anova", "FST", "immobility", "subset", "time=1 wk");
        int i = 1;
        for (ChartSpec spec : ChartSpecs.all()) {
            CHARTS.put("worst-case-" + i++, spec);
        }
    }

    private static void add(Study study, String id, String assay, String measure, String... params) throws Exception {
        var descriptor = AnalysisRegistry.getDefault().find(id).orElseThrow(() -> new AssertionError(id));
        AnalysisResult r = new AnalysisRunner().run(descriptor, StudyDatasets.extract(study, assay, measure),
                Parameters.of(params), new NullProgressMonitor());
        assertThat(r.isOk()).as(id + " " + assay + ": " + r.message()).isTrue();
        int i = 1;
        for (ChartSpec spec : r.charts()) {
            CHARTS.put(id + "-" + assay + "-" + i++, spec);
        }
    }

    @Test
    void theDemoStudysChartsAreLaidOutCleanlyAtEverySize() {
        assertThat(CHARTS.values()).extracting(ChartSpec::kind).contains(ChartSpec.Kind.values());
        List<String> problems = new ArrayList<>();
        for (ChartSpec spec : CHARTS.values()) {
            for (ChartSize size : ChartSize.values()) {
                problems.addAll(ChartSizesTest.check(spec, ChartStyle.of(size)));
            }
            problems.addAll(ChartSizesTest.check(spec, ChartStyle.screen(500, 300)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theGalleryHoldsEveryChartAtEverySizeAsPngAt300Dpi() throws Exception {
        Files.createDirectories(GALLERY);
        for (var e : CHARTS.entrySet()) {
            ChartPicture picture = ChartPicture.of(e.getValue());
            for (ChartSize size : ChartSize.values()) {
                String name = e.getKey() + "-" + size.name().toLowerCase(java.util.Locale.ROOT);
                Path png = GALLERY.resolve(name + ".png");
                picture.write(png, size);
                picture.write(GALLERY.resolve(name + ".pdf"), size);
                picture.write(GALLERY.resolve(name + ".svg"), size);
                var image = ImageIO.read(png.toFile());
                assertThat(image.getWidth()).isEqualTo(size.widthPx());
                assertThat(ChartSizesTest.phys(png)).containsExactly(11811, 11811, 1);
            }
            ImageIO.write(picture.image(500, 300), "png", GALLERY.resolve(e.getKey() + "-screen.png").toFile());
        }
    }
}
