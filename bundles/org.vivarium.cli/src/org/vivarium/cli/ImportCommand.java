package org.vivarium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.io.excel.SheetResult;
import org.vivarium.io.excel.StudyFileImport;

/**
 * {@code import STUDY FILE [--sheet S] [--mapping M.json] [--create] [--dry-run]}: imports a lab sheet (.xlsx, .xls or
 * .csv) all or nothing. Every problem is printed as {@code FILE:SHEET!CELL: message} (exit 2, study unchanged).
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import STUDY FILE [--sheet S] [--mapping M.json] [--create] [--dry-run]";
    }

    @Override
    public String summary() {
        return "import measurements (or a roster) from .xlsx/.xls/.csv, all or nothing";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the study file");
        Path file = args.path(1, "the file to import");
        String sheet = args.option("sheet", null);
        String mappingFile = args.option("mapping", null);
        boolean create = args.flag("create");
        boolean dryRun = args.flag("dry-run");
        args.checkNoneLeft(2);
        if (!Files.isRegularFile(file)) {
            throw new RejectedException(List.of(file + ": no such file"), null);
        }
        ImportOptions options = ImportOptions.DEFAULT.withCreate(create).withSheets(sheet == null ? List.of()
                : List.of(sheet));
        StudyFileImport.Outcome outcome;
        try {
            ImportMapping mapping = mappingFile == null ? ImportMapping.AUTOMATIC : MappingFiles.read(Path.of(
                    mappingFile));
            outcome = StudyFileImport.run(study, file, mapping, options, dryRun, new NullProgressMonitor());
        } catch (ImportException e) {
            throw new RejectedException(e.problems().stream().map(ImportProblem::toString).toList(), "nothing "
                    + "imported; " + study + " is unchanged");
        }
        ImportPlan plan = outcome.plan();
        if (plan.hasProblems()) {
            List<String> lines = new ArrayList<>(plan.problems().stream().map(ImportProblem::toString).toList());
            int more = plan.problemCount() - plan.problems().size();
            if (more > 0) {
                lines.add(file + ": ... and " + more + " more problems");
            }
            throw new RejectedException(lines, file + ": " + plan.problemCount() + " problem"
                    + (plan.problemCount() == 1 ? "" : "s") + "; nothing imported, " + study + " is unchanged");
        }
        for (SheetResult r : plan.sheets()) {
            console.out().println(file + "!" + r.sheet() + ": " + r.describe());
            if (!r.unrecognised().isEmpty()) {
                console.out().println(file + "!" + r.sheet() + ": not imported (no role or measure matches; map them "
                        + "with --mapping): " + String.join(", ", r.unrecognised()));
            }
        }
        if (dryRun) {
            console.out().println("dry run: " + plan.summary() + " (nothing written)");
        } else if (outcome.saved()) {
            console.out().println("imported into " + study + ": " + plan.summary());
        } else {
            console.out().println(plan.summary() + " (nothing to change; " + study + " is unchanged)");
        }
        return Cli.OK;
    }
}
