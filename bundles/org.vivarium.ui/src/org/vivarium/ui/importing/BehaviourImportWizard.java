package org.vivarium.ui.importing;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.Wizard;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySession;

/**
 * Import behaviour-room exports (EthoVision XT, ANY-maze, BORIS, ezTrack; recognised by their content): a folder of
 * them (one workbook per trial) or one export file, the session they belong to, then every file read and scored with
 * a progress bar and Cancel, every problem by file and cell, and all of it imported as one undoable change.
 */
public class BehaviourImportWizard extends Wizard {

    /** The session choice that leaves it to each row (by date, assay and time since dose, or the export's own). */
    public static final String SESSION_FROM_ROWS = "Found from each animal (date, assay, time since dose)";

    private final StudySession session;
    private final BehaviourSourcePage sourcePage;
    private final BehaviourPreviewPage previewPage;
    private Path chosen;
    private BehaviourImport input;
    private ImportMapping mapping = ImportMapping.AUTOMATIC;
    private ImportPlan plan;

    public BehaviourImportWizard(StudySession session) {
        this.session = session;
        setWindowTitle("Import Behaviour Exports");
        setNeedsProgressMonitor(true);
        sourcePage = new BehaviourSourcePage(this);
        previewPage = new BehaviourPreviewPage(this);
    }

    @Override
    public void addPages() {
        addPage(sourcePage);
        addPage(previewPage);
    }

    StudySession session() {
        return session;
    }

    /** Lists the folder's files (or the one file); throws when there is nothing to read. */
    void open(Path fileOrFolder) throws ImportException {
        clear();
        chosen = fileOrFolder;
        input = BehaviourImport.open(fileOrFolder);
    }

    /** Lists the folder again (files added or taken out since); throws when there is nothing to read now. */
    void reopen() throws ImportException {
        if (chosen != null) {
            open(chosen);
        }
    }

    void clear() {
        input = null;
        chosen = null;
        plan = null;
    }

    /** The folder or file chosen (also when it cannot be read), or null. */
    Path chosen() {
        return chosen;
    }

    BehaviourImport input() {
        return input;
    }

    ImportMapping mapping() {
        return mapping;
    }

    void mapping(ImportMapping next) {
        mapping = next;
        plan = null;
    }

    /** The mapping with the session chosen on the first page as its default (none: found from each row). */
    ImportMapping effectiveMapping() {
        return mapping.withDefault(ColumnRole.SESSION, sourcePage.chosenSession());
    }

    /** The checked import (after the preview), or null. */
    public ImportPlan plan() {
        return plan;
    }

    /**
     * Reads and scores every file of the folder as it is now, with a progress bar and Cancel; returns null when
     * cancelled.
     */
    ImportPlan planWithProgress() throws ImportException {
        ImportPlan[] result = new ImportPlan[1];
        ImportMapping effective = effectiveMapping(); // read the pages here: widgets belong to the UI thread
        reopen();
        BehaviourImport in = input;
        plan = null;
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    result[0] = in.plan(session.study(), effective, ImportOptions.DEFAULT, monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                }
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            return null;
        }
        plan = result[0];
        return plan;
    }

    /** What the last reading noted without it being a problem. */
    List<String> notes() {
        return input == null ? List.of() : input.notes();
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == previewPage && plan != null && !plan.hasProblems()
                && !plan.isEmpty();
    }

    @Override
    public boolean performFinish() {
        session.domain().getCommandStack().execute(plan.toCommand(session.domain()));
        String summary = "Imported " + input.files().size() + (input.files().size() == 1 ? " export: " : " exports: ")
                + plan.summary() + ".";
        boolean saved = previewPage.saveAfterwards() && SaveStudy.run(getShell());
        ImportWizard.report(summary + (saved ? " The study is saved." : " Save the study to keep it."));
        return true;
    }

    /** Pages, for tests. */
    public BehaviourSourcePage sourcePage() {
        return sourcePage;
    }

    public BehaviourPreviewPage previewPage() {
        return previewPage;
    }
}
