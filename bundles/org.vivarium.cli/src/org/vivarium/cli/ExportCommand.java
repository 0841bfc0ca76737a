package org.vivarium.cli;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.io.excel.MeasurementExport;

/** {@code export STUDY OUT.xlsx|OUT.csv}: every measurement as a tidy row, re-importable. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export STUDY OUT.xlsx|OUT.csv";
    }

    @Override
    public String summary() {
        return "all measurements as tidy rows (one per measurement), for R and Prism";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the study file");
        Path out = args.path(1, "the output file OUT.xlsx or OUT.csv");
        args.checkNoneLeft(2);
        if (!MeasurementExport.supports(out)) {
            throw new UsageException("the export is written as .xlsx or .csv: " + out);
        }
        ReadStudy read = StudyFiles.read(study);
        int rows = OutputFiles.write(out,
                () -> MeasurementExport.write(read.study(), out, new NullProgressMonitor()));
        console.out().printf("wrote %s: %,d measurement%s%n", out, rows, rows == 1 ? "" : "s");
        return Cli.OK;
    }
}
