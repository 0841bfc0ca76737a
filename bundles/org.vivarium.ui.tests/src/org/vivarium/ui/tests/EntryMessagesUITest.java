package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * The entry grid's message about a refused paste (demo FST 1 h session): every problem can be read (the message area
 * grows with its text, and scrolls beyond a few lines), and the message goes once it no longer applies - after an
 * undo, after a value is entered, after Esc.
 */
class EntryMessagesUITest {

    /** Three rows of Immobility (0-240 s) and Latency (0-360 s), four values invalid. */
    private static final String BLOCK = "300\t61\r\n250\t400\r\n120\tabc\r\n";

    @AfterEach
    void restore() throws Exception {
        BenchUi.restore();
    }

    @Test
    void aRefusedPasteIsFullyReadableAndGoesAfterUndoAnEditOrEsc() throws Exception {
        StudySession session = StudySessions.current();
        EntryEditor fst = BenchUi.openEntry(BenchUi.openBench(), "FST 1 h");
        String hint = fst.message();
        select(fst, 59, 0);
        Keyboard.type("100\n");
        assertThat(value(fst, 59, 0)).isEqualTo(100.0);

        paste(fst, 60);
        String message = fst.message();
        assertThat(message).contains(fst.sheet().describe(60) + ", Immobility (s): immobility 300 s is outside",
                fst.sheet().describe(61) + ", Immobility (s): immobility 250 s",
                fst.sheet().describe(61) + ", Latency to immobility (s): latency 400 s",
                fst.sheet().describe(62) + ", Latency to immobility (s): ");
        assertThat(message.lines()).hasSizeGreaterThanOrEqualTo(5); // a line saying nothing was pasted, then each
        assertFullyReadable(fst);
        BenchUi.screenshot("entry-grid-refused-paste");
        assertThat(value(fst, 60, 1)).as("nothing of a refused block is pasted").isNull();

        Keyboard.press('z', SWT.CTRL);
        assertThat(value(fst, 59, 0)).as("Ctrl+Z undid the value typed before").isNull();
        Ui.flush();
        assertThat(fst.message()).as("the refusal is gone after the undo").isEqualTo(hint);

        paste(fst, 60);
        assertThat(fst.message()).isNotEqualTo(hint);
        Keyboard.type("10\n");
        assertThat(value(fst, 60, 0)).isEqualTo(10.0);
        Ui.flush();
        assertThat(fst.message()).as("the refusal is gone after a value was entered").isEqualTo(hint);

        paste(fst, 61);
        assertThat(fst.message()).isNotEqualTo(hint);
        Keyboard.type("\u001b");
        assertThat(fst.message()).as("Esc closes the message").isEqualTo(hint);
        assertFullyReadable(fst);

        Keyboard.press('s', SWT.CTRL);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved");
        AssaySession saved = BenchUi.savedSession("FST 1 h");
        for (int row = 59; row <= 63; row++) {
            String code = fst.sheet().row(row).name();
            assertThat(saved.getMeasurements().stream().filter(m -> m.getAnimal().getBlindCode().equals(code))
                    .map(m -> m.getMeasure().getName() + " " + m.getValue()))
                    .as("saved values of row %d", row).containsExactlyElementsOf(
                            row == 60 ? java.util.List.of("immobility 10.0") : java.util.List.of());
        }
    }

    /** Every line of the message is on screen, or the message area scrolls to it. */
    private static void assertFullyReadable(EntryEditor editor) {
        Text area = editor.messageArea();
        assertThat(area.getText()).isEqualTo(editor.message());
        Rectangle shown = area.getClientArea();
        Point needed = area.computeSize(shown.width, SWT.DEFAULT);
        Rectangle trim = area.computeTrim(0, 0, shown.width, 0);
        boolean scrolls = area.getVerticalBar() != null && area.getVerticalBar().getVisible();
        assertThat(scrolls || shown.height >= needed.y - trim.height)
                .as("the message area (%d px high) shows its %d px of text or scrolls", shown.height,
                        needed.y - trim.height)
                .isTrue();
        assertThat(area.isVisible()).isTrue();
    }

    private static void paste(EntryEditor editor, int row) {
        editor.select(row, 0);
        Ui.flush();
        Clipboard clipboard = new Clipboard(editor.table().getDisplay());
        clipboard.setContents(new Object[] { BLOCK }, new Transfer[] { TextTransfer.getInstance() });
        clipboard.dispose();
        Keyboard.press('v', SWT.CTRL);
        Ui.flush();
    }

    private static Double value(EntryEditor editor, int row, int column) {
        Measurement m = editor.sheet().measurement(row, column);
        return m == null ? null : m.getValue();
    }

    private static void select(EntryEditor editor, int row, int column) {
        editor.select(row, column);
        Ui.flush();
    }
}
