package org.vivarium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.io.excel.SheetResult;
import org.vivarium.io.excel.SpreadsheetImport;
import org.vivarium.io.excel.StudyFileImport;

/**
 * {@code import STUDY FILE|FOLDER [--sheet S] [--mapping M.json] [--create] [--reason R] [--dry-run]}: imports a lab
 * sheet (.xlsx, .xls or .csv), or behaviour-room exports (a folder of them, or one; see {@link BehaviourImports}),
 * all or nothing, as one entry of the study's audit trail. Every problem is printed as
 * {@code FILE:SHEET!CELL: message} (exit 2, study unchanged).
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import STUDY FILE|FOLDER [--sheet S] [--mapping M.json] [--create] [--reason R] [--dry-run]";
    }

    @Override
    public String summary() {
        return "import measurements (or a roster) from .xlsx/.xls/.csv or behaviour exports, all or nothing";
    }

    /**
     * The import as {@link StudyFileImport} does it, but as one command on the audited command stack: the study's
     * trail gets the entry "Import FILE-NAME" (with the reason, when given), and a study whose trail is broken is
     * refused before the file is read.
     */
    private static StudyFileImport.Outcome run(Path study, Path file, ImportMapping mapping, ImportOptions options,
            String reason) throws ImportException, StudyStoreException, RejectedException, UsageException {
        try (OpenStudy open = StudyEdits.open(study); SpreadsheetImport in = SpreadsheetImport.open(file, options)) {
            ImportPlan plan = in.plan(open.study(), mapping, options, new NullProgressMonitor());
            if (plan.hasProblems() || plan.isEmpty()) {
                return new StudyFileImport.Outcome(plan, false);
            }
            EditingDomain domain = StudyEdits.domain(open);
            StudyEdits.apply(domain, study, open, plan.toCommand(domain), "Import " + file.getFileName(),
                    reason);
            return new StudyFileImport.Outcome(plan, true);
        }
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the study file");
        Path file = args.path(1, "the file to import");
        String sheet = args.option("sheet", null);
        String mappingFile = args.option("mapping", null);
        boolean create = args.flag("create");
        boolean dryRun = args.flag("dry-run");
        String reason = args.option("reason", null);
        args.checkNoneLeft(2);
        if (BehaviourImports.applies(file)) {
            try {
                ImportMapping mapping = mappingFile == null ? ImportMapping.AUTOMATIC : MappingFiles.read(Path.of(
                        mappingFile));
                return BehaviourImports.run(study, file, mapping, ImportOptions.DEFAULT.withCreate(create), dryRun,
                        reason, console);
            } catch (ImportException e) {
                throw new RejectedException(e.problems().stream().map(ImportProblem::toString).toList(), "nothing "
                        + "imported; " + study + " is unchanged");
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new RejectedException(List.of(file + ": no such file"), null);
        }
        ImportOptions options = ImportOptions.DEFAULT.withCreate(create).withSheets(sheet == null ? List.of()
                : List.of(sheet));
        StudyFileImport.Outcome outcome;
        try {
            ImportMapping mapping = mappingFile == null ? ImportMapping.AUTOMATIC : MappingFiles.read(Path.of(
                    mappingFile));
            outcome = dryRun ? StudyFileImport.run(study, file, mapping, options, true, new NullProgressMonitor())
                    : run(study, file, mapping, options, reason);
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
