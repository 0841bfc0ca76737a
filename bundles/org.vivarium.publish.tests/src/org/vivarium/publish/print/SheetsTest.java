package org.vivarium.publish.print;

import org.vivarium.publish.document.PageSize;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.entry.EntryRow;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;

/**
 * Dosing sheets carry the dose calculator's volumes, coded compounds while the treatments are coded, and continue over
 * pages with the heading repeated; entry sheets list a blinded session by blind code with each measure's unit and
 * valid range; A4 and Letter keep every character on the paper.
 */
class SheetsTest {

    @TempDir
    Path dir;

    private Path print(Study study, PrintDocument what, String cohort, PageSize paper) throws Exception {
        Path out = dir.resolve(what.cliName() + "-" + paper.option() + ".pdf");
        Printing.write(study, what, out, cohort, paper, new NullProgressMonitor());
        PrintSamples.keep(out, what.cliName() + (cohort == null ? "" : "-" + cohort.replace(' ', '_')) + "-"
                + paper.option()
                + ".pdf");
        return out;
    }

    @Test
    void dosingSheetVolumesAreTheDoseCalculatorsForTheLatestWeight() throws Exception {
        Study demo = DemoStudy.generate(42, CageCardsTest.TODAY);
        Cohort hour = demo.getCohorts().get(0);
        List<String> pages = Pdfs.pages(print(demo, PrintDocument.DOSING_SHEETS, "1 h", PageSize.A4));
        String text = String.join("\n", pages);
        List<LocalDateTime> rounds = DoseRound.times(hour);
        assertThat(rounds).hasSize(2);
        int rows = 0;
        for (LocalDateTime due : rounds) {
            for (DoseLine line : DoseRound.of(hour, due).lines()) {
                assertThat(line.isGiven()).isFalse();
                double expected = DoseCalculator.volume(line.regimen(), line.weightGrams()).volumeMl();
                String volume = String.format(Locale.ROOT, "%.2f", DoseRecording.roundMl(expected));
                String row = line.animal().getBlindCode() + " " + line.animal().getCage().getLabel() + " " + String
                        .format(Locale.ROOT, "%.1f", line.weightGrams()) + " (26 Nov) ";
                String printed = text.lines().filter(l -> l.startsWith(row) && l.contains(due.toLocalTime()
                        .toString())).filter(l -> l.contains(line.dose().substring(0, line.dose().indexOf(" at "))))
                        .findFirst().orElseThrow(() -> new AssertionError("no row " + row + " at " + due));
                assertThat(printed).contains(" " + volume + " ");
                rows++;
            }
        }
        assertThat(rows).isEqualTo(2 * hour.getAnimals().size());
        assertThat(pages.get(0)).contains("Dosing sheet - cohort 1 h, 09:00", "Round: " + "2026-11-27 09:00",
                "Page 1 of " + pages.size(), "Volume", "Planned", "Time given", "Initials");
        assertThat(text).contains("Dosed by (name, signature):", "Checked by (name, signature), date:");
        assertThat(pages.get(1)).contains("Dosing sheet - cohort 1 h, 09:00 (continued)", "Time given");
        assertThat(text).contains("Ketamine 10 mg/kg i.p.", "Saline 10 mL/kg i.p.");
    }

    @Test
    void codedTreatmentsPrintSolutionsAndVolumesPerKgOnly() throws Exception {
        Study demo = DemoStudy.generate(42, CageCardsTest.TODAY);
        CageCardsTest.code(demo);
        String text = Pdfs.text(print(demo, PrintDocument.DOSING_SHEETS, null, PageSize.LETTER));
        assertThat(text).contains("Solution A", "mL/kg").doesNotContain("mg/kg", "Saline", "BCI vehicle");
        assertThat(text.lines().filter(l -> l.startsWith("Compounds:") || l.contains("Compounds: ")).toList())
                .allMatch(l -> !l.contains("Ketamine"));
    }

    @Test
    void entrySheetsListBlindedSessionsByCodeWithUnitsAndRanges() throws Exception {
        Study demo = DemoStudy.generate(42, CageCardsTest.TODAY);
        Path out = print(demo, PrintDocument.ENTRY_SHEETS, "1 h", PageSize.A4);
        String text = Pdfs.text(out);
        AssaySession fst = Studies.sessions(demo).stream().filter(s -> "FST 1 h".equals(s.getName())).findFirst()
                .orElseThrow();
        assertThat(fst.isBlinded()).isTrue();
        EntrySheet sheet = EntrySheet.of(fst);
        for (MeasureDefinition m : sheet.measures()) {
            assertThat(text).contains(m.getLabel(), EntrySheets.detail(m));
        }
        assertThat(EntrySheets.detail(sheet.measures().get(0))).isEqualTo("s, 0–240");
        for (EntryRow r : sheet.rows()) {
            assertThat(text).contains(r.name() + " " + r.sex());
        }
        for (var a : fst.getCohort().getAnimals()) {
            assertThat(text).doesNotContain(a.getId() + " ");
        }
        assertThat(text).contains("Entry sheet - FST 1 h", "Entry sheet - NSF 1 h", "Blinded: yes - score by blind code",
                "Operator (name, signature):", "Notes");
    }

    @Test
    void cageSessionsListEveryAnimalOfTheCageInTheSessionsTimeOrder() throws Exception {
        Study demo = DemoStudy.generate(42, CageCardsTest.TODAY);
        String text = Pdfs.text(print(demo, PrintDocument.ENTRY_SHEETS, "24 h", PageSize.A4));
        assertThat(text.indexOf("Entry sheet - SPT 24 h")).isLessThan(text.indexOf("Entry sheet - FST 24 h"))
                .isNotNegative();
        String spt = text.substring(text.indexOf("Entry sheet - SPT 24 h"));
        assertThat(spt).contains("Sucrose preference", "%, 0–100");
        for (var cage : demo.getCohorts().get(1).getCages()) {
            for (var a : cage.getAnimals()) {
                assertThat(spt).contains(a.getId());
            }
        }
    }

    @Test
    void bothPapersKeepEveryCharacterOnThePage() throws Exception {
        Study demo = DemoStudy.generate(42, CageCardsTest.TODAY);
        for (PageSize paper : PageSize.values()) {
            for (PrintDocument what : List.of(PrintDocument.DOSING_SHEETS, PrintDocument.ENTRY_SHEETS)) {
                Path out = print(demo, what, "24 h", paper);
                assertThat(Pdfs.smallestMargin(out)).as(paper + " " + what).isGreaterThan(20);
                List<String> pages = Pdfs.pages(out);
                for (int i = 0; i < pages.size(); i++) {
                    assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
                }
            }
        }
    }
}
