package org.vivarium.ui.bench;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.vivarium.core.study.Studies;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.PendingEdits;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * An editor of part of the open study (a session's grid, a dosing round): its changes are commands on the study's
 * stack, so Save, Undo and Redo act on the study and the editor is dirty while the study is. It closes when another
 * study is opened or its object leaves the study, refreshes (once per burst of changes) after each change, and commits
 * values still being typed when it is deactivated and before the study is saved.
 */
public abstract class StudyEditorPart extends EditorPart {

    private StudySession session;
    private StudyPartSupport support;
    private boolean refreshScheduled;
    private boolean disposed;
    private final PendingEdits.Holder pending = this::commitPending;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == StudyEditorPart.this) {
                support.installActionHandlers(); // editors of one type share action bars: take them back
                activated();
            }
        }

        @Override
        public void partDeactivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == StudyEditorPart.this) {
                commitPending();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        session = StudySessions.current();
        EObject subject = subject(input);
        if (session == null || subject == null || Studies.studyOf(subject) != session.study()) {
            throw new PartInitException("'" + input.getName() + "' is not part of the open study");
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    /** The object the input is about (null if the input is not for this editor). */
    protected abstract EObject subject(IEditorInput input);

    /** Creates the editor's widgets. */
    protected abstract void createContent(Composite parent);

    /** Shows the study as it is now (called once after each burst of changes). */
    protected abstract void refresh();

    /** The editor's header: title, then the hint (or, when the study is read-only here, that it is). */
    protected EditorHeader header(Composite parent, String title, String hint, org.eclipse.swt.graphics.Color red) {
        return new EditorHeader(parent, title, session.isReadOnly()
                ? session.readOnlyReason() : hint, red,
                getEditorSite().getActionBars().getStatusLineManager());
    }

    /** Commits what is being typed; returns null, or why it cannot be committed. */
    protected String commitPending() {
        return null;
    }

    /** Called when the editor becomes the active part (after Undo and Redo are bound to the study again). */
    protected void activated() {
    }

    @Override
    public final void createPartControl(Composite parent) {
        createContent(parent);
        PendingEdits.add(pending); // saving or closing the study commits what is being typed here first
        support = new StudyPartSupport(getSite(), getEditorSite().getActionBars(), this::studyChanged, this::changed);
        getSite().getPage().addPartListener(activation);
    }

    public StudySession session() {
        return session;
    }

    private void studyChanged(StudySession current) {
        if (current != session) { // another study was opened: this one is gone
            Display.getCurrent().asyncExec(() -> {
                if (!disposed) {
                    getSite().getPage().closeEditor(this, false);
                }
            });
        }
    }

    /** Marks the editor dirty (or clean) and refreshes it once the current burst of changes is over. */
    protected final void changed() {
        firePropertyChange(PROP_DIRTY);
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        Display.getCurrent().asyncExec(() -> {
            refreshScheduled = false;
            if (disposed) {
                return;
            }
            if (Studies.studyOf(subject(getEditorInput())) != session.study()) {
                getSite().getPage().closeEditor(this, false); // e.g. its cohort was deleted
                return;
            }
            refresh();
        });
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        SaveStudy.run(getSite().getShell()); // commits pending values of every editor first
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
    public boolean isSaveOnCloseNeeded() {
        return false; // closing the editor keeps the study open with its changes; the workbench asks on exit
    }

    @Override
    public void dispose() {
        disposed = true;
        PendingEdits.remove(pending);
        getSite().getPage().removePartListener(activation);
        if (support != null) {
            support.dispose();
        }
        super.dispose();
    }
}
