package org.vivarium.ui.tests;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vivarium.ui.dosing.WindowReasonDialog;
import org.vivarium.ui.session.ReasonDialog;

/**
 * Answers the Reason for change dialog as a person would (types a reason, presses OK) whenever it opens in a test that
 * is not about reasons: changing recorded data (an arm, a status, a value typed over) asks for one. It answers the
 * dosing window's reason dialog too: the demo's doses are due at 09:00 and tests give them whenever they run. Started
 * by {@link Ui} for every UI test; tests about the dialogs turn it off ({@link #off()}, {@link #windowOff()}) and
 * answer them themselves.
 */
final class ReasonAnswers {

    static final String REASON = "changed by a UI test";
    static final String WINDOW_REASON = "given out of its window by a UI test";
    private static boolean started;
    private static boolean on = true;
    private static boolean windowOn = true;

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
            } else if (windowOn && active != null && WindowReasonDialog.TITLE.equals(active.getText())) {
                Widgets.all(active, Text.class).get(0).setText(WINDOW_REASON);
                Widgets.press(Widgets.button(active, "Record with this reason", 0));
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

    /** Leaves the dosing window's reason dialog to the test (until {@link #windowOn()}). */
    static void windowOff() {
        windowOn = false;
    }

    static void windowOn() {
        windowOn = true;
    }
}
