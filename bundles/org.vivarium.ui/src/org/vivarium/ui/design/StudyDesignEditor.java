package org.vivarium.ui.design;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * The study design editor: forms over the generated item providers for the study, its treatments (compounds, arms,
 * regimens), animals (cohorts, cages, animals) and assays (measures, sessions). Every edit is an EMF command (undo,
 * redo, dirty state shared with the rest of the workbench); problems are shown next to the objects.
 */
public class StudyDesignEditor extends FormEditor {

    public static final String ID = "org.vivarium.ui.design";

    private StudySession session;
    private StudyPartSupport support;
    private boolean refreshScheduled;
    private final SelectionForwarder selection = new SelectionForwarder();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StudyEditorInput studyInput)) {
            throw new PartInitException("The study design editor opens studies only, not " + input.getName());
        }
        session = studyInput.session();
        super.init(site, input);
        site.setSelectionProvider(selection);
        setPartName("Design: " + (session.study().getId() == null ? "study" : session.study().getId()));
        setTitleToolTip(input.getToolTipText());
    }

    StudySession session() {
        return session;
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this));
            addPage(DesignPages.treatments(this));
            addPage(DesignPages.animals(this));
            addPage(DesignPages.assays(this));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        support = new StudyPartSupport(getSite(), getEditorSite().getActionBars(), this::studyChanged,
                this::changed);
    }

    private void studyChanged(StudySession current) {
        if (current != session) { // another study was opened: this one is gone
            Display.getCurrent().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    private void changed() {
        firePropertyChange(PROP_DIRTY);
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        Display.getCurrent().asyncExec(() -> {
            refreshScheduled = false;
            for (Object page : pages) {
                if (page instanceof OverviewPage o) {
                    o.refresh();
                } else if (page instanceof DesignPage d) {
                    d.refresh();
                }
            }
        });
    }

    /** Makes a page's selection the editor's (for the Properties view and handlers). */
    void selected(org.eclipse.jface.viewers.ISelection next) {
        selection.forward(next);
    }

    /** Shows an object on the page that lists it (e.g. from a problem link or the navigator). */
    public void reveal(EObject object) {
        if (object == null) {
            return;
        }
        for (Object page : pages) {
            if (page instanceof DesignPage d && d.lists(object)) {
                setActivePage(d.getId());
                d.reveal(object);
                return;
            }
        }
        setActivePage("overview");
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        support.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        // copies: File > Save Study As... (a command of its own)
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (support != null) {
            support.dispose();
        }
        super.dispose();
    }

    /** Opens (or brings up) the design editor of the current study, showing the object if given. */
    public static StudyDesignEditor open(IWorkbenchPage page, EObject reveal) throws PartInitException {
        StudySession current = StudySessions.current();
        if (current == null) {
            return null;
        }
        StudyDesignEditor editor = (StudyDesignEditor) page.openEditor(new StudyEditorInput(current), ID);
        editor.reveal(reveal);
        return editor;
    }

    /** The active page (for tests). */
    public IFormPage activePage() {
        return getActivePageInstance();
    }
}
