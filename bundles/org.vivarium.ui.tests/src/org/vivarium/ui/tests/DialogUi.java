package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;

/** Running a workbench command whose modal dialog a test answers as a person would (typing, pressing buttons). */
final class DialogUi {

    private static final DialogAnswers ANSWERS = new DialogAnswers();

    private DialogUi() {
    }

    /** Answers the next dialog of this title while the command that opens it runs. */
    static void answer(String title, Consumer<Shell> answer) {
        ANSWERS.answer(title, answer);
    }

    /** Runs a command (its dialogs answered as registered) and fails if an answer failed. */
    static void run(String command) throws Exception {
        ANSWERS.clear();
        Ui.window().getService(IHandlerService.class).executeCommand(command, null);
        Ui.flush();
        ANSWERS.failIfAny(command);
    }

    /** The i-th editable one-line text field of the dialog (in the order they are laid out). */
    static Text field(Shell dialog, int i) {
        return Widgets.all(dialog, Text.class).stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0
                && (t.getStyle() & SWT.MULTI) == 0).toList().get(i);
    }

    /** Types into a field through key events, replacing what it shows. */
    static void type(Text field, String text) {
        Keyboard.focus(field);
        field.selectAll();
        Keyboard.type(text);
    }

    /** Presses an enabled button of the dialog. */
    static void press(Shell dialog, String button) {
        Button b = Widgets.button(dialog, button, 0);
        assertThat(b.isEnabled()).as(button + " is enabled").isTrue();
        Widgets.press(b);
    }
}
