package org.vivarium.publish.print;

import org.vivarium.core.logging.QuietLog4j;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.internal.PdfFonts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.store.AtomicFileWriter;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.TrailRecord;

/**
 * Prints cage cards, dosing sheets or entry sheets of a study (or of one cohort) as a PDF on A4 or US Letter, written
 * atomically: a failure leaves no partial file and an existing file as it was. The workbench and the command line
 * ({@code vivarium print}) call it.
 */
public final class Printing {

    /**
     * What was printed.
     *
     * @param pages how many pages
     * @param items how many cage cards, dosing rounds or sessions
     */
    public record Result(int pages, int items) {
    }

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Printing() {
    }

    /**
     * Writes the document.
     *
     * @param cohortName a cohort's name to print only that cohort, or null for all
     * @throws PublishException naming an unknown cohort (and the study's cohorts), or saying there is nothing to print
     */
    public static Result write(Study study, PrintDocument what, Path out, String cohortName, PageSize paper,
            IProgressMonitor monitor) throws IOException, PublishException {
        List<Cohort> cohorts = cohorts(study, cohortName);
        QuietLog4j.quiet();
        SubMonitor progress = SubMonitor.convert(monitor, "Printing " + what.title() + " to " + out.getFileName(),
                cohorts.size() + 1);
        try (PDDocument document = new PDDocument()) {
            info(document, study, what);
            PdfFonts fonts = new PdfFonts(document);
            Result result = switch (what) {
                case CAGE_CARDS -> cageCards(document, fonts, paper, study, cohorts, progress);
                case DOSING_SHEETS, ENTRY_SHEETS -> sheets(document, fonts, paper, study, cohorts, what, progress);
            };
            if (result.items() == 0) {
                throw new PublishException(nothing(what, cohortName));
            }
            AtomicFileWriter.write(out, document::save);
            progress.worked(1);
            return result;
        }
    }

    private static List<Cohort> cohorts(Study study, String cohortName) throws PublishException {
        if (cohortName == null) {
            return List.copyOf(study.getCohorts());
        }
        for (Cohort c : study.getCohorts()) {
            if (cohortName.equals(c.getName())) {
                return List.of(c);
            }
        }
        for (Cohort c : study.getCohorts()) {
            if (cohortName.strip().equalsIgnoreCase(c.getName())) {
                return List.of(c);
            }
        }
        throw new PublishException("the study has no cohort '" + cohortName + "' (cohorts: " + String.join(", ",
                study.getCohorts().stream().map(Cohort::getName).toList()) + ")");
    }

    private static Result cageCards(PDDocument document, PdfFonts fonts, PageSize paper, Study study, List<Cohort> cohorts,
            SubMonitor progress) throws IOException {
        CageCards cards = new CageCards(document, fonts, paper, study);
        int n = 0;
        for (Cohort cohort : cohorts) {
            for (Cage cage : cohort.getCages()) {
                List<Animal> animals = cage.getAnimals().stream().filter(Studies::isActive).toList();
                if (!animals.isEmpty()) {
                    cards.add(cage, cohort, animals);
                    n++;
                }
            }
            progress.worked(1);
        }
        cards.close();
        return new Result(cards.pages(), n);
    }

    private static Result sheets(PDDocument document, PdfFonts fonts, PageSize paper, Study study, List<Cohort> cohorts,
            PrintDocument what, SubMonitor progress) throws IOException {
        SheetPages pages = new SheetPages(document, fonts, paper, footer(study, what));
        List<SheetTable> tables = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            if (what == PrintDocument.DOSING_SHEETS) {
                for (var due : DoseRound.times(cohort)) {
                    tables.add(DosingSheets.table(study, DoseRound.of(cohort, due)));
                }
            } else {
                Studies.sessions(study).stream().filter(s -> s.getCohort() == cohort).sorted(Comparator.comparing(
                        Schedule::due, Comparator.nullsLast(Comparator.naturalOrder()))).forEach(s -> tables.add(
                                EntrySheets.table(study, s)));
            }
            progress.worked(1);
        }
        for (SheetTable t : tables) {
            pages.add(t);
        }
        pages.finish();
        return new Result(pages.pageCount(), tables.size());
    }

    private static String footer(Study study, PrintDocument what) {
        String kind = what == PrintDocument.DOSING_SHEETS ? "Dosing sheets" : "Entry sheets";
        String hash = TrailRecord.shortHash(study);
        return (study.getId() == null ? "" : study.getId() + " · ") + kind + " · printed " + LocalDateTime.now().format(
                PRINTED) + " by Vivarium" + (hash == null ? "" : " · audit trail " + hash);
    }

    private static String nothing(PrintDocument what, String cohortName) {
        String where = cohortName == null ? "the study" : "cohort " + cohortName;
        return switch (what) {
            case CAGE_CARDS -> "nothing to print: " + where + " has no cages with animals in the study";
            case DOSING_SHEETS -> "nothing to print: " + where + " has no doses (no animals with an arm and regimens)";
            case ENTRY_SHEETS -> "nothing to print: " + where + " has no assay sessions";
        };
    }

    private static void info(PDDocument document, Study study, PrintDocument what) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle((study.getId() == null ? "" : study.getId() + " ") + what.title());
        info.setCreator("Vivarium");
    }
}
