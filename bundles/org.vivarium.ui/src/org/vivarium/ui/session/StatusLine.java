package org.vivarium.ui.session;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Messages on the status line of the active part (e.g. why a change was not made). UI thread only. */
public final class StatusLine {

    private StatusLine() {
    }

    /** Shows an error message on the active part's status line (replaced by the next message). */
    public static void error(String message) {
        IStatusLineManager status = manager();
        if (status != null) {
            status.setErrorMessage(message);
        }
    }

    /** Shows a message (not an error) on the active part's status line, clearing an error shown before. */
    public static void message(String message) {
        IStatusLineManager status = manager();
        if (status != null) {
            status.setErrorMessage(null);
            status.setMessage(message);
        }
    }

    private static IStatusLineManager manager() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActivePart();
        if (part == null) {
            return null;
        }
        if (part.getSite() instanceof IEditorSite e) {
            return e.getActionBars().getStatusLineManager();
        }
        return part.getSite() instanceof IViewSite v ? v.getActionBars().getStatusLineManager() : null;
    }
}
