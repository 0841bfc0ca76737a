package org.vivarium.ui.importing;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.Wizard;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.SpreadsheetImport;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySession;

/**
 * Import from Excel (or CSV): pick the file and sheets, check and correct how each column is read, see every problem
 * by cell, then import all or nothing as one undoable change. Reading and checking run with a progress bar and can
 * be cancelled; the column mapping can be saved for the next sheet of the same shape.
 */
public class ImportWizard extends Wizard {

    private final StudySession session;
    private final FilePage filePage;
    private final MappingPage mappingPage;
    private final PreviewPage previewPage;
    private SpreadsheetImport spreadsheet;
    private ImportMapping mapping = ImportMapping.AUTOMATIC;
    private ImportPlan plan;

    public ImportWizard(StudySession session) {
        this.session = session;
        setWindowTitle("Import from Excel");
        setNeedsProgressMonitor(true);
        filePage = new FilePage(this);
        mappingPage = new MappingPage(this);
        previewPage = new PreviewPage(this);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(mappingPage);
        addPage(previewPage);
    }

    StudySession session() {
        return session;
    }

    /** Opens the spreadsheet (closing one opened before). */
    void open(Path file) throws ImportException {
        close();
        spreadsheet = SpreadsheetImport.open(file);
        plan = null;
    }

    SpreadsheetImport spreadsheet() {
        return spreadsheet;
    }

    ImportMapping mapping() {
        return mapping;
    }

    void mapping(ImportMapping next) {
        mapping = next;
        plan = null;
    }

    /** The checked import (after the preview), or null. */
    public ImportPlan plan() {
        return plan;
    }

    ImportOptions options() {
        return ImportOptions.DEFAULT.withSheets(filePage.chosenSheets()).withCreate(filePage.create());
    }

    /** Plans the import with a progress bar and Cancel; returns null when cancelled. */
    ImportPlan planWithProgress() throws ImportException {
        ImportPlan[] result = new ImportPlan[1];
        ImportOptions options = options(); // read the pages here: widgets belong to the UI thread
        ImportMapping chosen = mapping;
        SpreadsheetImport in = spreadsheet;
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    result[0] = in.plan(session.study(), chosen, options, monitor);
                } catch (ImportException e) {
                    throw new InvocationTargetException(e);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw ie;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            return null;
        }
        plan = result[0];
        return plan;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == previewPage && plan != null && !plan.hasProblems()
                && !plan.isEmpty();
    }

    @Override
    public boolean performFinish() {
        session.domain().getCommandStack().execute(plan.toCommand(session.domain()));
        String summary = plan.summary();
        close();
        boolean saved = previewPage.saveAfterwards() && SaveStudy.run(getShell());
        report(summary + (saved ? " The study is saved." : " Save the study to keep it."));
        return true;
    }

    /** Tells the outcome in the workbench's status line. */
    static void report(String text) {
        var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        var part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
        if (part != null && part.getSite() instanceof org.eclipse.ui.IViewSite view) {
            view.getActionBars().getStatusLineManager().setMessage(text);
        } else if (part != null && part.getSite() instanceof org.eclipse.ui.IEditorSite editor) {
            editor.getActionBars().getStatusLineManager().setMessage(text);
        }
    }

    @Override
    public boolean performCancel() {
        close();
        return true;
    }

    private void close() {
        if (spreadsheet != null) {
            spreadsheet.close();
            spreadsheet = null;
        }
    }

    /** Pages, for tests. */
    public FilePage filePage() {
        return filePage;
    }

    public MappingPage mappingPage() {
        return mappingPage;
    }

    public PreviewPage previewPage() {
        return previewPage;
    }
}
