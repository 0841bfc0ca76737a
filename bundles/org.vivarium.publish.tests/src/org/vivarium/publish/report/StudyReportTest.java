package org.vivarium.publish.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.document.Block;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Documents;
import org.vivarium.publish.document.Figure;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.document.PdfTexts;
import org.vivarium.publish.document.Table;

/** The study report of the demo study, read back from the PDF as a PI would read it. */
class StudyReportTest {

    @TempDir
    static Path dir;

    private static Study demo;
    private static Document report;
    private static String text;
    private static List<String> pages;

    @BeforeAll
    static void writeDemoReport() throws Exception {
        demo = DemoStudy.generate(42);
        report = StudyReport.build(demo, new NullProgressMonitor());
        Path out = dir.resolve("demo.pdf");
        int count = Documents.write(report, out, PageSize.A4);
        pages = PdfTexts.pages(out);
        text = String.join(" ", pages);
        assertThat(count).isEqualTo(pages.size());
        // samples to look at (pdftoppm -r 80 -png; LibreOffice for the .docx): target/report-samples/
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        Files.copy(out, samples.resolve("study-report-demo.pdf"), StandardCopyOption.REPLACE_EXISTING);
        Documents.write(report, samples.resolve("study-report-demo.docx"), PageSize.A4);
    }

    @Test
    void hasEverySectionAndNumbersItsPages() {
        assertThat(text).contains(demo.getTitle(), "KET-BCI-DEMO", "Summary", "1 Design", "2 Allocation", "3 Dosing",
                "4 Attrition and exclusions", "5 Outcomes", "6 Durability of the effect", "7 Record",
                "Audit trail: not available (study not from a store)");
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("KET-BCI-DEMO · study report", "page " + (p + 1) + " of " + pages.size());
        }
    }

    @Test
    void nothingIsDrawnInTheSideMarginsOfAnyPage() throws Exception {
        Path out = dir.resolve("demo.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 36);
                float scale = 36f / 72;
                int left = (int) Math.floor((56.7f - 3) * scale);
                int right = (int) Math.ceil((PageSize.A4.widthPt() - 56.7f + 3) * scale);
                int ink = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        if ((x < left || x > right) && (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                            ink++;
                        }
                    }
                }
                assertThat(ink).as("pixels drawn in the side margins of page " + (p + 1)).isZero();
            }
        }
    }

    @Test
    void designNamesEveryArmWithItsDosesAndEveryCohort() {
        assertThat(text).contains("VEH+VEH", "KET+VEH", "VEH+BCI", "KET+BCI", "Ketamine 10 mg/kg i.p. at 0 h");
        for (Cohort c : demo.getCohorts()) {
            assertThat(text).contains(c.getName());
        }
    }

    @Test
    void listsEveryAnimalNoLongerActiveAndEveryExcludedValueWithItsReason() {
        int checked = 0;
        for (Animal a : Studies.animals(demo)) {
            if (a.getStatus() != AnimalStatus.ACTIVE) {
                assertThat(text).contains(a.getId(), AttritionSection.status(a.getStatus()),
                        a.getStatusReason().replaceAll("\\s+", " "));
                checked++;
            }
        }
        for (AssaySession s : Studies.sessions(demo)) {
            for (Measurement m : s.getMeasurements()) {
                if (m.isExcluded()) {
                    assertThat(text).contains(m.getExclusionReason().replaceAll("\\s+", " "));
                    checked++;
                }
            }
        }
        assertThat(checked).as("the demo has 3 animals that left and 1 excluded value").isEqualTo(4);
    }

    @Test
    void eachOutcomeHasAFigureAndItsStatisticsAsPrinted() {
        List<Block> blocks = report.blocks();
        assertThat(blocks.stream().filter(Figure.class::isInstance)).hasSizeGreaterThanOrEqualTo(3);
        Table fst = blocks.stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.caption().contains("Immobility (s): each arm vs VEH+VEH")).findFirst().orElseThrow();
        assertThat(fst.headers()).containsExactly("Arm", "Time", "n", "n control", "Difference", "95% CI (Sidak)",
                "t", "df", "p", "p (Sidak)", "Cohen's d");
        List<String> row = fst.rows().stream().filter(r -> r.get(0).equals("KET+VEH") && r.get(1).equals("24 h"))
                .findFirst().orElseThrow();
        assertThat(row).containsExactly("KET+VEH", "24 h", "20", "20", "\u221257.5", "\u221278.6 to \u221236.5",
                "\u22128.05", "377", "< 0.001", "< 0.001", "\u22122.56");
        assertThat(text).contains(fst.caption(), String.join(" ", row));
        List<String> twoWeeks = fst.rows().stream().filter(r -> r.get(0).equals("KET+VEH") && r.get(1).equals("2 wk"))
                .findFirst().orElseThrow();
        assertThat(twoWeeks.get(8)).isEqualTo("0.0035");
        assertThat(twoWeeks.get(9)).isEqualTo("0.051");
    }

    @Test
    void durabilityIsSaidPlainly() {
        assertThat(text).contains("KET+BCI differs from VEH+VEH at 24 h, 1 wk, 2 wk, 4 wk and 8 wk; the last"
                + " significant difference is at 8 wk.", "VEH+BCI does not differ from VEH+VEH at any time since dose.",
                "FST immobility vs VEH+VEH: KET+VEH differs up to 1 wk; VEH+BCI at no time; KET+BCI up to 8 wk.");
    }

    @Test
    void aRandomisedStudyShowsItsAllocationRecordWithSeed() throws Exception {
        Study study = DemoStudy.generate(42);
        Cohort cohort = study.getCohorts().get(0);
        AllocationRecord r = VivariumFactory.eINSTANCE.createAllocationRecord();
        r.setCohort(cohort);
        r.setAlgorithm("permuted-blocks");
        r.setAlgorithmVersion(1);
        r.setSeed(20261206L);
        r.getStrata().add("sex");
        r.getBlockSizes().add(4);
        r.getArms().addAll(study.getArms());
        r.getRatio().addAll(List.of(1, 1, 1, 1));
        r.setGeneratedBy("tester@lab-pc");
        r.setGeneratedAt(LocalDateTime.of(2026, 12, 6, 9, 30));
        r.setReason("replace the demo's arms");
        for (Animal a : cohort.getAnimals()) {
            AllocationEntry e = VivariumFactory.eINSTANCE.createAllocationEntry();
            e.setAnimal(a);
            e.setArm(a.getArm());
            r.getEntries().add(e);
        }
        study.getAllocations().add(r);
        Path out = dir.resolve("randomised.pdf");
        Documents.write(StudyReport.build(study, new NullProgressMonitor()), out, PageSize.LETTER);

        String t = PdfTexts.text(out);
        assertThat(t).contains("20261206", "tester@lab-pc", "2026-12-06", "replace the demo's arms",
                "stratified permuted-block randomisation (strata: sex; block size 4)");
        assertThat(text).doesNotContain("20261206").contains("No cohort was randomised in Vivarium");
    }

    @Test
    void aStudyWithoutArmsOrCohortsHasNothingToReport() {
        Study empty = Studies.newStudy("empty.vivarium", "Empty");
        empty.getArms().clear();
        empty.getCohorts().clear();
        assertThatThrownBy(() -> StudyReport.build(empty, new NullProgressMonitor()))
                .isInstanceOf(PublishException.class).hasMessageContaining("nothing to report");
    }
}
