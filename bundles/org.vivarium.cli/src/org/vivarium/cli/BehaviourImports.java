package org.vivarium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;

/**
 * The part of {@code import} for behaviour-room exports: a folder (every file in it, one all-or-nothing import) or a
 * file recognised as EthoVision, ANY-maze, BORIS or ezTrack output. Problems are printed per file, sheet and cell.
 */
final class BehaviourImports {

    private BehaviourImports() {
    }

    /** Whether the input goes this way: a folder, or a file recognised as a behaviour export. */
    static boolean applies(Path input) {
        return Files.isDirectory(input) || Files.isRegularFile(input) && BehaviourImport.recognise(input) != null;
    }

    static int run(Path study, Path input, ImportMapping mapping, ImportOptions options, boolean dryRun,
            String reason, Console console) throws Exception {
        BehaviourImport in = BehaviourImport.open(input);
        ImportPlan plan;
        boolean saved = false;
        if (dryRun) {
            FolderStudyStore store = FolderStudyStore.containing(study);
            plan = in.plan(store.read(FolderStudyStore.nameOf(study)).study(), mapping, options,
                    new NullProgressMonitor());
        } else {
            try (OpenStudy open = StudyEdits.open(study)) {
                plan = in.plan(open.study(), mapping, options, new NullProgressMonitor());
                if (!plan.hasProblems() && !plan.isEmpty()) {
                    EditingDomain domain = StudyEdits.domain(open);
                    StudyEdits.apply(domain, study, open, plan.toCommand(domain), "Import " + input.getFileName(),
                            reason);
                    saved = true;
                }
            }
        }
        if (plan.hasProblems()) {
            List<String> lines = new ArrayList<>(plan.problems().stream().map(ImportProblem::toString).toList());
            int more = plan.problemCount() - plan.problems().size();
            if (more > 0) {
                lines.add(input + ": ... and " + more + " more problems");
            }
            throw new RejectedException(lines, input + ": " + plan.problemCount() + " problem"
                    + (plan.problemCount() == 1 ? "" : "s") + "; nothing imported, " + study + " is unchanged");
        }
        for (Map.Entry<Path, ExportKind> e : in.recognised().entrySet()) {
            console.out().println(e.getKey() + ": " + e.getValue().label());
        }
        for (String note : in.notes()) {
            console.out().println("note: " + note);
        }
        if (dryRun) {
            console.out().println("dry run: " + plan.summary() + " (nothing written)");
        } else if (saved) {
            console.out().println("imported into " + study + ": " + plan.summary());
        } else {
            console.out().println(plan.summary() + " (nothing to change; " + study + " is unchanged)");
        }
        return Cli.OK;
    }
}
