package org.vivarium.ui.design;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.vivarium.ui.emf.PropertyForm;
import org.vivarium.ui.session.PendingEdits;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * The study design editor: forms over the generated item providers for the study, its treatments (compounds, arms,
 * regimens), animals (cohorts, cages, animals) and assays (measures, sessions). Every edit is an EMF command (undo,
 * redo, dirty state shared with the rest of the workbench); problems are shown next to the objects. What is typed
 * is committed when the field is left, on Enter and Tab, when another page or part is chosen, and before the study
 * is saved or closed or the workbench exits (the editor is a {@link PendingEdits.Holder}); a value that cannot be
 * committed stops the save or close and says why.
 */
public class StudyDesignEditor extends FormEditor implements ISaveablePart2 {

    public static final String ID = "org.vivarium.ui.design";

    private StudySession session;
    private StudyPartSupport support;
    private boolean disposed;
    private final SelectionForwarder selection = new SelectionForwarder();
    private final EditorProperties properties = new EditorProperties();
    private final PendingEdits.Holder pending = this::commitTyped;
    private final IPartListener2 deactivation = new IPartListener2() {
        @Override
        public void partDeactivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == StudyDesignEditor.this) {
                commitTyped();
            }
        }
    };

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
        PendingEdits.add(pending); // saving, closing the study and exiting commit what is typed here first
        getSite().getPage().addPartListener(deactivation);
    }

    /** A page's form of fields. */
    private record PageForm(IFormPage page, PropertyForm form) {
    }

    /** The forms of the pages created so far. */
    private List<PageForm> forms() {
        List<PageForm> forms = new ArrayList<>();
        if (pages == null) { // disposed: the workbench asks whether it is dirty while it closes
            return forms;
        }
        for (Object page : pages) {
            PropertyForm form = page instanceof OverviewPage o ? o.fields()
                    : page instanceof DesignPage d ? d.details() : null;
            if (form != null && !form.control().isDisposed()) {
                forms.add(new PageForm((IFormPage) page, form));
            }
        }
        return forms;
    }

    /**
     * Commits what is typed in every page; returns null, or why a value cannot be committed (its page is then
     * shown, with the field still holding the text).
     */
    public String commitTyped() {
        for (PageForm f : forms()) {
            String problem = f.form().commit();
            if (problem != null) {
                if (getActivePageInstance() != f.page()) {
                    setActivePage(f.page().getId());
                }
                return problem;
            }
        }
        return null;
    }

    private boolean typing() {
        return forms().stream().anyMatch(f -> f.form().isTyping());
    }

    /** A field started or stopped holding typed text (the editor is dirty while it does). */
    void typingChanged() {
        firePropertyChange(IEditorPart.PROP_DIRTY);
    }

    /** Shows why a typed value is refused in the status line (null: clears it). */
    void status(String problem) {
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
    }

    @Override
    protected void pageChange(int newPageIndex) {
        Object leaving = getCurrentPage() >= 0 && getCurrentPage() < pages.size() ? pages.get(getCurrentPage()) : null;
        for (PageForm f : forms()) {
            if (f.page() == leaving) {
                f.form().commit(); // a refused value stays in its field; save and close say why
            }
        }
        super.pageChange(newPageIndex);
    }

    private void studyChanged(StudySession current) {
        if (current != session) { // another study was opened (or the study closed on exit): this one is gone
            Display.getCurrent().asyncExec(() -> {
                // on exit the window (and this editor) is gone by the time this runs: nothing left to close
                IWorkbenchPage page = disposed ? null : getSite().getPage();
                if (page != null) {
                    page.closeEditor(this, false);
                }
            });
        }
    }

    /** After each change of the study: dirty state, lists, labels and details follow at once. */
    private void changed() {
        firePropertyChange(IEditorPart.PROP_DIRTY);
        if (session != StudySessions.current()) {
            return;
        }
        properties.refresh(); // the Properties view shows the values as they are now
        for (Object page : pages) {
            if (page instanceof OverviewPage o) {
                o.refresh();
            } else if (page instanceof DesignPage d) {
                d.refresh();
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            return type.cast(properties.page());
        }
        return super.getAdapter(type);
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
        String problem = commitTyped();
        if (problem != null) {
            status(problem); // the refused value stays in its field, which is shown
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

    /** Dirty while the study has unsaved changes or a field holds typed text (not once the study is closed). */
    @Override
    public boolean isDirty() {
        return session == StudySessions.current() && (session.isDirty() || typing());
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    /**
     * Closing the editor keeps the study open with its changes (the workbench asks about them on exit), but first
     * commits what is typed; a value that cannot be committed keeps the editor open and says why.
     */
    @Override
    public int promptToSaveOnClose() {
        String problem = commitTyped();
        if (problem != null) {
            MessageDialog.openError(getSite().getShell(), "Design not closed", problem);
            return CANCEL;
        }
        return NO;
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
        disposed = true;
        PendingEdits.remove(pending);
        IWorkbenchPage page = getSite().getPage(); // null when the window closed first (exit)
        if (page != null) {
            page.removePartListener(deactivation);
        }
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
