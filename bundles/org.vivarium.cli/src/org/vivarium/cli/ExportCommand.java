package org.vivarium.cli;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.io.excel.MeasurementExport;
import org.vivarium.publish.prism.PrismExport;

/**
 * {@code export STUDY OUT.xlsx|OUT.csv}: every measurement as a tidy row, re-importable;
 * {@code export STUDY OUT.pzfx [--assay A [--measure M]]}: a GraphPad Prism file.
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export STUDY OUT.xlsx|OUT.csv|OUT.pzfx [--assay A --measure M]";
    }

    @Override
    public String summary() {
        return "all measurements as tidy rows (one per measurement), for R; or a Prism file (.pzfx)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the study file");
        Path out = args.path(1, "the output file OUT.xlsx, OUT.csv or OUT.pzfx");
        if (PrismExport.supports(out)) {
            return prism(args, console, study, out);
        }
        args.checkNoneLeft(2);
        if (!MeasurementExport.supports(out)) {
            throw new UsageException("the export is written as .xlsx, .csv or .pzfx: " + out);
        }
        ReadStudy read = StudyFiles.read(study);
        int rows = OutputFiles.write(out,
                () -> MeasurementExport.write(read.study(), out, new NullProgressMonitor()));
        console.out().printf("wrote %s: %,d measurement%s%n", out, rows, rows == 1 ? "" : "s");
        return Cli.OK;
    }

    private static int prism(Args args, Console console, Path study, Path out) throws Exception {
        String assay = args.option("assay", null);
        String measure = args.option("measure", null);
        args.checkNoneLeft(2);
        if (measure != null && assay == null) {
            throw new UsageException("--measure needs --assay (the assay the measure belongs to)");
        }
        ReadStudy read = StudyFiles.read(study);
        PrismExport.Result r = PublishedFiles.write(study, out, () -> PrismExport.write(read.study(), out, assay,
                measure, new NullProgressMonitor()));
        console.out().printf("wrote %s: %d table%s (%d measure%s, %,d values)%n", out, r.tables(), r.tables() == 1
                ? "" : "s", r.measures(), r.measures() == 1 ? "" : "s", r.values());
        return Cli.OK;
    }
}
