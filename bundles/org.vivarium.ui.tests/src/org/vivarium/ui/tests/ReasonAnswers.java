package org.vivarium.ui.tests;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.ui.session.ReasonDialog;

/**
 * Answers the Reason for change dialog as a person would (types a reason, presses OK) whenever it opens in a test that
 * is not about reasons: changing recorded data (an arm, a status, a value typed over) asks for one. Started by
 * {@link Ui} for every UI test; tests about the dialog turn it off ({@link #off()}) and answer it themselves.
 */
final class ReasonAnswers {

    static final String REASON = "changed by a UI test";
    private static boolean started;
    private static boolean on = true;

    private ReasonAnswers() {
    }

    static void start(Display display) {
        if (started || display == null) {
            return;
        }
        started = true;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell active = display.getActiveShell();
            if (on && active != null && ReasonDialog.TITLE.equals(active.getText())) {
                Combo reason = Widgets.all(active, Combo.class).get(0);
                reason.setText(REASON);
                Widgets.press(Widgets.button(active, "OK", 0));
            }
            if (!display.isDisposed()) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    /** Leaves the dialog to the test (until {@link #on()}). */
    static void off() {
        on = false;
    }

    static void on() {
        on = true;
    }
}
