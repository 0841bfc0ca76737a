package org.vivarium.ui.audit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * A study whose audit trail is broken (altered, cut short, the study changed without an entry) opens read-only: a
 * dialog says what is wrong and offers to acknowledge it - recorded in the trail with a reason, after which the study
 * can be changed again - or to keep it read-only.
 */
public final class TrailProblems {

    public static final String TITLE = "Audit trail broken";
    public static final String ACKNOWLEDGE_TITLE = "Acknowledge the broken audit trail";
    static final String ACKNOWLEDGE = "Acknowledge...";
    static final String KEEP = "Keep read-only";

    private TrailProblems() {
    }

    /** After a study was opened: when its trail is broken and not acknowledged, says so and offers to acknowledge. */
    public static void checkOpened(Shell shell, StudySession session) {
        if (session == null || !session.isTrailLocked()) {
            return;
        }
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, message(session), MessageDialog.WARNING,
                new String[] { ACKNOWLEDGE, KEEP }, 1);
        if (dialog.open() == 0) {
            acknowledge(shell, session);
        }
    }

    /** "The audit trail of demo.vivarium is broken: entry 5: altered ... The study is opened read-only. ..." */
    static String message(StudySession session) {
        List<TrailCheck.Problem> open = session.trail().check().unacknowledged();
        StringBuilder b = new StringBuilder("The audit trail of ").append(session.file().getFileName())
                .append(" is broken: ");
        for (int i = 0; i < Math.min(3, open.size()); i++) {
            b.append(i == 0 ? "" : "; ").append(open.get(i).text());
        }
        if (open.size() > 3) {
            b.append("; and ").append(open.size() - 3).append(" more problems");
        }
        return b.append(".\n\nThe study is opened read-only. Acknowledge to record that you have seen this (with a "
                + "reason, in the audit trail) and carry on editing.").toString();
    }

    /**
     * Asks why the person carries on, records the acknowledgement and saves it; open editors of the study are opened
     * again, editable. Returns whether it was acknowledged.
     */
    public static boolean acknowledge(Shell shell, StudySession session) {
        if (session == null || !session.isTrailLocked()) {
            return false;
        }
        IInputValidator needed = s -> s == null || s.isBlank() ? "Give the reason (it is recorded in the trail)" : null;
        InputDialog ask = new InputDialog(shell, ACKNOWLEDGE_TITLE, "Why do you carry on with this study? "
                + "(e.g. \"file restored from the backup of 3 May; checked against the paper records\")", "", needed);
        if (ask.open() != Window.OK) {
            return false;
        }
        session.acknowledge(ask.getValue().strip());
        SaveStudy.run(shell); // the acknowledgement is kept even if the study is closed without saving
        reopenEditors(session);
        return true;
    }

    /** Editors made while the study was read-only open again (they decide what is editable when they are made). */
    private static void reopenEditors(StudySession session) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null || StudySessions.current() != session) {
            return;
        }
        List<IEditorInput> inputs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            try {
                inputs.add(ref.getEditorInput());
                ids.add(ref.getId());
            } catch (PartInitException e) {
                // an editor that cannot say its input is not opened again
            }
        }
        page.closeAllEditors(false);
        for (int i = 0; i < inputs.size(); i++) {
            try {
                page.openEditor(inputs.get(i), ids.get(i));
            } catch (PartInitException e) {
                // the study is open and editable; the editor can be opened again from the navigator
            }
        }
    }
}
