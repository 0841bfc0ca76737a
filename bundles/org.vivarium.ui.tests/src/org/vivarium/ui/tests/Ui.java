package org.vivarium.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Helpers for UI tests running on the UI thread of the real application. */
final class Ui {

    static {
        ReasonAnswers.start(Display.getCurrent()); // tests not about reasons get one given, as a person would
    }

    private Ui() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    static <T extends IViewPart> T show(String id, Class<T> type) throws PartInitException {
        return type.cast(page().showView(id));
    }

    /** Switches the window to a perspective. */
    static void showPerspective(String id) throws org.eclipse.ui.WorkbenchException {
        PlatformUI.getWorkbench().showPerspective(id, window());
        flush();
    }

    /** Runs the event loop until the condition holds (or fails after 10 s). */
    static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /** Processes pending UI events (async refreshes, layout). */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
