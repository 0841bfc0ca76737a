package org.vivarium.ui.handlers;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.ui.session.PendingEdits;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * Saves the open study: atomically through the store, with a progress dialog that keeps the window painted while
 * large studies are written, and an error dialog that says why when it fails (the file on disk is then unchanged).
 */
public final class SaveStudy {

    private SaveStudy() {
    }

    /** Returns false when there was something to save and it failed. */
    public static boolean run(Shell shell) {
        String pending = PendingEdits.commitAll(); // a value still being typed is saved too, or says why not
        if (pending != null) {
            MessageDialog.openError(shell, "Study not saved", pending);
            return false;
        }
        StudySession session = StudySessions.current();
        if (session == null || !session.isDirty()) {
            return true;
        }
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                try {
                    session.save(monitor);
                } catch (StudyStoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
            session.saved();
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(shell, "Study not saved", cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Asks whether to save unsaved changes before the study is closed or replaced; returns false when the user
     * cancels (or saving failed).
     */
    public static boolean confirmClose(Shell shell) {
        String pending = PendingEdits.commitAll();
        if (pending != null) {
            MessageDialog.openError(shell, "Study not closed", pending);
            return false;
        }
        StudySession session = StudySessions.current();
        if (session == null || !session.isDirty() || session.isReadOnly()) {
            return true;
        }
        int answer = new MessageDialog(shell, "Unsaved changes", null, "Save the changes to "
                + session.file().getFileName() + "?", MessageDialog.QUESTION,
                new String[] { "Save", "Don't Save", "Cancel" }, 0).open();
        return switch (answer) {
            case 0 -> run(shell);
            case 1 -> true;
            default -> false;
        };
    }
}
