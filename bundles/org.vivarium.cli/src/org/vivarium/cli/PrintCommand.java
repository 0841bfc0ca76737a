package org.vivarium.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.print.PrintDocument;
import org.vivarium.publish.print.Printing;

/**
 * {@code print STUDY cage-cards|dosing-sheets|entry-sheets OUT.pdf [--cohort C] [--paper a4|letter]}: cage cards,
 * dosing sheets or entry sheets as a PDF to print.
 */
final class PrintCommand implements Command {

    @Override
    public String name() {
        return "print";
    }

    @Override
    public String usage() {
        return "print STUDY cage-cards|dosing-sheets|entry-sheets OUT.pdf [--cohort C] [--paper a4|letter]";
    }

    @Override
    public String summary() {
        return "cage cards (label sheet, barcode), dosing sheets per round or entry sheets per session, as PDF";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the study file");
        String kind = args.positional(1, "what to print (cage-cards, dosing-sheets or entry-sheets)");
        Path out = args.path(2, "the output file OUT.pdf");
        String cohort = args.option("cohort", null);
        String paperName = args.option("paper", "a4");
        args.checkNoneLeft(3);
        PrintDocument what = PrintDocument.of(kind);
        if (what == null) {
            throw new UsageException("cannot print '" + kind + "': one of " + String.join(", ", Arrays.stream(
                    PrintDocument.values()).map(PrintDocument::cliName).toList()));
        }
        PageSize paper = PaperOption.of(paperName);
        if (out.getFileName() == null || !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UsageException("prints are written as .pdf: " + out);
        }
        ReadStudy read = StudyFiles.read(study);
        Printing.Result r = PublishedFiles.write(study, out, () -> Printing.write(read.study(), what, out, cohort,
                paper, new NullProgressMonitor()));
        String items = switch (what) {
            case CAGE_CARDS -> r.items() + (r.items() == 1 ? " cage card" : " cage cards");
            case DOSING_SHEETS -> r.items() + (r.items() == 1 ? " dosing round" : " dosing rounds");
            case ENTRY_SHEETS -> r.items() + (r.items() == 1 ? " session" : " sessions");
        };
        console.out().printf("wrote %s: %s on %d %s page%s%n", out, items, r.pages(), paper == PageSize.A4 ? "A4"
                : "Letter", r.pages() == 1 ? "" : "s");
        return Cli.OK;
    }
}
