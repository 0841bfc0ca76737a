package org.vivarium.ui.views;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * What every Vivarium view does for the open study: follows {@link StudySessions#current()}, makes the workbench's
 * Save, Undo and Redo act on the study (as an {@link ISaveablePart} and global action handlers) and reports the
 * study's dirty state to the part.
 */
public final class StudyPartSupport implements StudySessions.Listener, StudySession.Listener, ISaveablePart {

    private final IWorkbenchPartSite site;
    private final Consumer<StudySession> onStudy;
    private final Runnable onDirty;
    private final IActionBars bars;
    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private StudySession session;
    private boolean followsUpdates;

    /**
     * @param onStudy called with the current study (or null) now and whenever another is opened
     * @param onDirty called when the dirty state may have changed (fire PROP_DIRTY there)
     */
    public StudyPartSupport(IViewSite site, Consumer<StudySession> onStudy, Runnable onDirty) {
        this(site, site.getActionBars(), onStudy, onDirty);
    }

    /** For editors: their site and action bars. */
    public StudyPartSupport(IWorkbenchPartSite site, IActionBars bars, Consumer<StudySession> onStudy,
            Runnable onDirty) {
        this.site = site;
        this.onStudy = onStudy;
        this.onDirty = onDirty;
        this.bars = bars;
        installActionHandlers();
        StudySessions.addListener(this);
        currentChanged(StudySessions.current());
    }

    /**
     * Makes the workbench's Undo and Redo act on the study through this part's action bars (again: editors of one
     * type share their action bars, so an editor calls this when it is activated).
     */
    public void installActionHandlers() {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public StudySession session() {
        return session;
    }

    /**
     * The part shows data that others change on a lab server: it is given the study again (as when it was opened)
     * whenever their changes come in.
     */
    public StudyPartSupport followUpdates() {
        followsUpdates = true;
        return this;
    }

    @Override
    public void studyRefreshed(StudySession changed) {
        if (followsUpdates && changed == session) {
            onStudy.accept(session);
        }
    }

    @Override
    public void currentChanged(StudySession next) {
        if (session != null) {
            session.removeListener(this);
        }
        session = next;
        if (session != null) {
            session.addListener(this);
        }
        update();
        onStudy.accept(session);
    }

    @Override
    public void sessionChanged(StudySession changed) {
        update();
    }

    private void update() {
        undo.update();
        redo.update();
        onDirty.run();
    }

    public void dispose() {
        StudySessions.removeListener(this);
        if (session != null) {
            session.removeListener(this);
        }
    }

    @Override
    public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
        SaveStudy.run(site.getShell());
    }

    @Override
    public void doSaveAs() {
        // File > Save Study As... (a command of its own) writes a copy and continues there
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return false; // closing a view does not close the study; the workbench asks on exit
    }

    /** Undo or redo on the study's command stack, labelled with the command ("Undo Set Title"). */
    private final class StackAction extends Action {
        private final boolean undoing;

        StackAction(boolean undoing) {
            this.undoing = undoing;
            setActionDefinitionId(undoing ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
        }

        private CommandStack stack() {
            return session == null ? null : session.domain().getCommandStack();
        }

        void update() {
            CommandStack stack = stack();
            Command command = stack == null ? null : undoing ? stack.getUndoCommand() : stack.getRedoCommand();
            boolean enabled = stack != null && (undoing ? stack.canUndo() : stack.canRedo());
            setEnabled(enabled);
            String name = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
            setText((undoing ? "&Undo" : "&Redo") + (enabled ? name : ""));
        }

        @Override
        public void run() {
            CommandStack stack = stack();
            if (stack != null && (undoing ? stack.canUndo() : stack.canRedo())) {
                if (undoing) {
                    stack.undo();
                } else {
                    stack.redo();
                }
            }
        }

        @Override
        public int getStyle() {
            return IAction.AS_PUSH_BUTTON;
        }
    }
}
