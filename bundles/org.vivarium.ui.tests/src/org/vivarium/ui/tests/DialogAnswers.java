package org.vivarium.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers modal dialogs as a person would while the code that opened them waits: an answer is registered before the
 * dialog opens and runs as soon as a shell with its title is the active one (polled every 50 ms for 20 s). A failing
 * answer closes its dialog, so that the test goes on, and is reported by {@link #failIfAny(String)}.
 */
final class DialogAnswers {

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    void answer(String title, Consumer<Shell> answer) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell active = display.getActiveShell();
            if (active == null || !title.equals(active.getText())) {
                if (System.currentTimeMillis() < end) {
                    display.timerExec(50, poll[0]);
                } else {
                    failures.add(new AssertionError("no dialog '" + title + "' opened"));
                }
                return;
            }
            try {
                answer.accept(active);
            } catch (Throwable t) {
                failures.add(t);
                if (!active.isDisposed()) {
                    active.close();
                }
            }
        };
        display.timerExec(50, poll[0]);
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    void clear() {
        failures.clear();
    }

    /** Throws the first failure of an answer, if any, saying what was being answered. */
    void failIfAny(String what) {
        if (!failures.isEmpty()) {
            throw new AssertionError("answering the dialog of " + what + " failed", failures.get(0));
        }
    }
}
