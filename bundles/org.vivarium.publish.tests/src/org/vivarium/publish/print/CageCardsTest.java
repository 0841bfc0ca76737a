package org.vivarium.publish.print;

import org.vivarium.publish.document.PageSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.blinding.Coding;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.study.DateTexts;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.testing.TestStudies;

/**
 * Cage cards: the demo's cards (blind scoring) name animals by blind code and show no arm; coded treatments show only
 * the coded letters; an open study shows ear tags and arms; every barcode decodes to its cage; both papers fit.
 */
class CageCardsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final List<String> REAL_ARMS = List.of("VEH+VEH", "KET+VEH", "VEH+BCI", "KET+BCI",
            "Vehicle + Vehicle", "Ketamine + Vehicle", "Vehicle + BCI");

    @TempDir
    Path dir;

    static void code(Study study) {
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        TreatmentCodes.Plan plan = TreatmentCodes.assign(study, 11, "test", "tech", TODAY.atTime(7, 0));
        assertThat(plan.problems()).isEmpty();
        stack.execute(plan.toCommand(domain));
    }

    private Path print(Study study, PageSize paper) throws Exception {
        return print(study, paper, "cage-cards-" + paper.option() + ".pdf");
    }

    private Path print(Study study, PageSize paper, String sample) throws Exception {
        Path out = dir.resolve("cards-" + paper.option() + ".pdf");
        Printing.Result r = Printing.write(study, PrintDocument.CAGE_CARDS, out, null, paper,
                new NullProgressMonitor());
        long cages = Studies.cages(study).stream().filter(c -> c.getAnimals().stream().anyMatch(Studies::isActive))
                .count();
        assertThat(r.items()).isEqualTo(cages);
        assertThat(r.pages()).isEqualTo((int) Math.ceil(cages / 6.0));
        PrintSamples.keep(out, sample);
        return out;
    }

    private static String row(Animal a, String mark, String arm) {
        return mark + " " + (a.getSex().getLiteral().startsWith("F") ? "F" : "M") + " " + DateTexts.format(a
                .getDateOfBirth() != null ? a.getDateOfBirth() : Studies.cohortOf(a).getBirthDate()) + " " + arm;
    }

    @Test
    void demoCardsNameAnimalsByBlindCodeAndShowNoArm() throws Exception {
        Study demo = DemoStudy.generate(42, TODAY);
        Path out = print(demo, PageSize.A4);
        String text = Pdfs.text(out);
        assertThat(text).contains("KET-BCI-DEMO", "Protocol IACUC-DEMO-0001", "PI: Dr. A. Example (demo)");
        for (String arm : REAL_ARMS) {
            assertThat(text).doesNotContain(arm);
        }
        for (Animal a : Studies.animals(demo)) {
            if (Studies.isActive(a)) {
                assertThat(text).contains(row(a, a.getBlindCode(), Masking.HIDDEN_ARM));
                assertThat(text).doesNotContain(a.getEarTag() + " ");
            }
        }
        assertThat(barcodes(out)).containsExactlyElementsOf(labels(demo));
    }

    @Test
    void codedTreatmentsShowTheCodedLetterOnly() throws Exception {
        Study demo = DemoStudy.generate(42, TODAY);
        code(demo);
        String text = Pdfs.text(print(demo, PageSize.LETTER));
        for (String arm : REAL_ARMS) {
            assertThat(text).doesNotContain(arm);
        }
        for (Animal a : Studies.animals(demo)) {
            if (Studies.isActive(a)) {
                String letter = Coding.armLabel(a.getArm(), false);
                assertThat(letter).matches("[A-Z]");
                assertThat(text).contains(row(a, a.getBlindCode(), letter));
            }
        }
    }

    @Test
    void anOpenStudyShowsEarTagsArmsAndEveryCharacterOfItsNames() throws Exception {
        Study study = TestStudies.small();
        study.setTitle("Dose–response ≥ 10 µg/kg ± SD, Ψ-test, Проба 日本");
        study.setPrincipalInvestigator("Dr. Ł. Żółć");
        Animal a1 = Studies.findAnimal(study, "A1");
        a1.setEarTag("L-07");
        a1.setDateOfBirth(LocalDate.of(2025, 12, 1));
        study.getCohorts().get(0).setBirthDate(LocalDate.of(2025, 12, 24));
        Path out = print(study, PageSize.A4, "cage-cards-names.pdf");
        String text = Pdfs.text(out);
        assertThat(text).contains("Dose–response ≥ 10 µg/kg ± SD, Ψ-test, Проба ??", "PI: Dr. Ł. Żółć",
                "L-07 F 2025-12-01 VEH", "A2 M 2025-12-24 VEH", "B1 F 2025-12-24 KET", "Cage K1", "Cage K2");
        assertThat(barcodes(out)).containsExactly("K1", "K2");
    }

    @Test
    void bothPapersKeepEveryCardAndItsTextOnThePage() throws Exception {
        Study demo = DemoStudy.generate(42, TODAY);
        for (PageSize paper : PageSize.values()) {
            Path out = print(demo, paper);
            try (PDDocument d = Loader.loadPDF(out.toFile())) {
                assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(paper.widthPt());
                assertThat(d.getPage(0).getMediaBox().getHeight()).isEqualTo(paper.heightPt());
            }
            assertThat(Pdfs.smallestMargin(out)).as(paper.name()).isGreaterThan(18);
            assertThat(barcodes(out)).as(paper.name()).containsExactlyElementsOf(labels(demo));
        }
    }

    @Test
    void anUnknownCohortIsNamedWithTheStudysCohortsAndNothingIsWritten() {
        Study demo = DemoStudy.generate(42, TODAY);
        Path out = dir.resolve("x.pdf");
        assertThatThrownBy(() -> Printing.write(demo, PrintDocument.CAGE_CARDS, out, "3 wk", PageSize.A4,
                new NullProgressMonitor())).isInstanceOf(PublishException.class).hasMessage(
                        "the study has no cohort '3 wk' (cohorts: 1 h, 24 h, 1 wk, 2 wk, 4 wk, 8 wk)");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void oneCohortPrintsOnlyItsCages() throws Exception {
        Study demo = DemoStudy.generate(42, TODAY);
        Path out = dir.resolve("1w.pdf");
        Printing.Result r = Printing.write(demo, PrintDocument.CAGE_CARDS, out, "1 WK", PageSize.A4,
                new NullProgressMonitor());
        Cohort week = demo.getCohorts().get(2);
        assertThat(r.items()).isEqualTo(week.getCages().size());
        assertThat(barcodes(out)).containsExactlyElementsOf(week.getCages().stream().map(Cage::getLabel).toList());
    }

    private static List<String> labels(Study study) {
        return Studies.cages(study).stream().filter(c -> c.getAnimals().stream().anyMatch(Studies::isActive)).map(
                Cage::getLabel).toList();
    }

    private static List<String> barcodes(Path pdf) throws Exception {
        List<String> all = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : d.getPages()) {
                all.addAll(BarcodeReader.read(page, 28));
            }
        }
        return all;
    }
}
