package org.vivarium.io.excel;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;

/**
 * The whole import of a file into a study file, as the command line does it: open the study through its store
 * (locked), plan, and only if there is no problem apply the plan and save atomically. With problems, or in a dry
 * run, the study file is not written at all (byte for byte unchanged).
 */
public final class StudyFileImport {

    /**
     * The outcome.
     *
     * @param plan  what was (or would have been) done, with the problems
     * @param saved whether the study file was written
     */
    public record Outcome(ImportPlan plan, boolean saved) {
    }

    private StudyFileImport() {
    }

    public static Outcome run(Path study, Path input, ImportMapping mapping, ImportOptions options, boolean dryRun,
            IProgressMonitor monitor) throws ImportException, StudyStoreException {
        FolderStudyStore store = FolderStudyStore.containing(study);
        String name = FolderStudyStore.nameOf(study);
        if (dryRun) {
            ReadStudy read = store.read(name);
            try (SpreadsheetImport in = SpreadsheetImport.open(input, options)) {
                return new Outcome(in.plan(read.study(), mapping, options, monitor), false);
            }
        }
        try (OpenStudy open = store.open(name); SpreadsheetImport in = SpreadsheetImport.open(input, options)) {
            ImportPlan plan = in.plan(open.study(), mapping, options, monitor);
            if (plan.hasProblems() || plan.isEmpty()) {
                return new Outcome(plan, false);
            }
            plan.applyTo(open.study());
            open.save();
            return new Outcome(plan, true);
        }
    }
}
