package org.vivarium.ui.review.publish;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.arrive.ArriveReport;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Documents;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.print.PrintDocument;
import org.vivarium.publish.print.Printing;
import org.vivarium.publish.prism.PrismExport;
import org.vivarium.publish.report.StudyReport;

/** Calls the headless writer of {@code org.vivarium.publish} for each publication. */
final class Publishers {

    private Publishers() {
    }

    /** Writes the publication; returns what was written ("cage cards, 14 pages"). */
    static String write(Study study, PublishRequest request, IProgressMonitor monitor)
            throws IOException, PublishException {
        return switch (request.publication()) {
            case ARRIVE -> document("ARRIVE report", ArriveReport.build(study, monitor), request);
            case STUDY_REPORT -> document("study report", StudyReport.build(study, monitor), request);
            case PRISM -> prism(study, request, monitor);
            case CAGE_CARDS -> print(study, request, PrintDocument.CAGE_CARDS, monitor);
            case DOSING_SHEETS -> print(study, request, PrintDocument.DOSING_SHEETS, monitor);
            case ENTRY_SHEETS -> print(study, request, PrintDocument.ENTRY_SHEETS, monitor);
        };
    }

    private static String document(String what, Document document, PublishRequest request)
            throws IOException, PublishException {
        int pages = Documents.write(document, request.out(), request.letter() ? PageSize.LETTER : PageSize.A4);
        return pages > 0 ? "the " + what + ", " + pages(pages) : "the " + what + " (Word document)";
    }

    private static String prism(Study study, PublishRequest request, IProgressMonitor monitor)
            throws IOException, PublishException {
        PrismExport.Result r = PrismExport.write(study, request.out(), request.assay(), request.measure(), monitor);
        return String.format("a Prism file: %d tables of %d measures, %,d values", r.tables(), r.measures(),
                r.values());
    }

    private static String print(Study study, PublishRequest request, PrintDocument what, IProgressMonitor monitor)
            throws IOException, PublishException {
        Printing.Result r = Printing.write(study, what, request.out(), request.cohort(),
                request.letter() ? PageSize.LETTER : PageSize.A4, monitor);
        return what.title() + ", " + pages(r.pages());
    }

    static String pages(int n) {
        return n + (n == 1 ? " page" : " pages");
    }
}
