package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.core.entry.SheetEdits.Cell;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * Where typed values go in the entry grid (demo FST 1 h session: Immobility, then Latency): Enter and Tab commit and
 * select the next cell without editing it, the arrows move between cells unless a value is being typed (then Left and
 * Right move in the text, Up and Down commit and move), and Redo works with the key the Edit menu shows.
 */
class EntryKeysUITest {

    private static final int IMMOBILITY = 0;
    private static final int LATENCY = 1;

    @AfterEach
    void restore() throws Exception {
        BenchUi.restore();
    }

    @Test
    void enterSelectsTheCellBelowWithoutEditingItSoTheArrowsMoveOn() throws Exception {
        StudySession session = StudySessions.current();
        EntryEditor fst = BenchUi.openEntry(BenchUi.openBench(), "FST 1 h");
        select(fst, 30, IMMOBILITY);

        Keyboard.type("120\n");
        assertThat(selected(fst)).as("Enter moves down").isEqualTo(new Cell(31, IMMOBILITY));
        assertThat(editing(fst)).as("the cell below is selected, not opened for editing").isFalse();
        Keyboard.press(SWT.ARROW_RIGHT, 0);
        assertThat(selected(fst)).as("Right moves to the next cell").isEqualTo(new Cell(31, LATENCY));
        Keyboard.type("33\n");
        BenchUi.screenshot("entry-grid-after-enter");
        assertThat(value(fst, 30, IMMOBILITY)).isEqualTo(120.0);
        assertThat(value(fst, 31, IMMOBILITY)).as("nothing meant for Latency lands in Immobility").isNull();
        assertThat(value(fst, 31, LATENCY)).isEqualTo(33.0);
        assertThat(selected(fst)).isEqualTo(new Cell(32, LATENCY));
        assertThat(editing(fst)).isFalse();

        Keyboard.press(SWT.ARROW_LEFT, 0);
        assertThat(selected(fst)).as("Left moves to the previous cell").isEqualTo(new Cell(32, IMMOBILITY));
        Keyboard.type("25");
        Text text = (Text) fst.table().getActiveCellEditor().getEditorControl();
        Keyboard.press(SWT.ARROW_LEFT, 0);
        assertThat(editing(fst)).as("while typing, Left moves in the text").isTrue();
        assertThat(text.getCaretPosition()).isEqualTo(1);
        Keyboard.type("1");
        assertThat(text.getText()).isEqualTo("215");
        Keyboard.press(SWT.ARROW_RIGHT, 0);
        Keyboard.press(SWT.ARROW_RIGHT, 0);
        assertThat(editing(fst)).as("Right at the end of the text stays in the text").isTrue();
        assertThat(selected(fst)).isEqualTo(new Cell(32, IMMOBILITY));
        Keyboard.press(SWT.ARROW_DOWN, 0);
        assertThat(value(fst, 32, IMMOBILITY)).as("Down commits").isEqualTo(215.0);
        assertThat(selected(fst)).isEqualTo(new Cell(33, IMMOBILITY));
        assertThat(editing(fst)).isFalse();

        Keyboard.type("99\t");
        assertThat(selected(fst)).as("Tab commits and moves right").isEqualTo(new Cell(33, LATENCY));
        assertThat(editing(fst)).isFalse();
        Keyboard.press(SWT.ARROW_UP, 0);
        assertThat(selected(fst)).as("Up moves up").isEqualTo(new Cell(32, LATENCY));
        Keyboard.type("7\n");

        Keyboard.press('s', SWT.CTRL);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved");
        AssaySession saved = BenchUi.savedSession("FST 1 h");
        assertThat(saved(fst, saved, 30)).containsExactly("immobility 120.0");
        assertThat(saved(fst, saved, 31)).containsExactly("latency 33.0");
        assertThat(saved(fst, saved, 32)).containsExactlyInAnyOrder("immobility 215.0", "latency 7.0");
        assertThat(saved(fst, saved, 33)).containsExactly("immobility 99.0");
    }

    @Test
    void redoWorksWithTheKeyTheEditMenuShowsAndWithCtrlY() throws Exception {
        EntryEditor fst = BenchUi.openEntry(BenchUi.openBench(), "FST 1 h");
        select(fst, 40, IMMOBILITY);
        Keyboard.type("150\n");
        assertThat(value(fst, 40, IMMOBILITY)).isEqualTo(150.0);
        Keyboard.press('z', SWT.CTRL);
        assertThat(value(fst, 40, IMMOBILITY)).as("Ctrl+Z undoes").isNull();

        String shown = shownKey("Edit", "Redo");
        pressShown(shown);
        assertThat(value(fst, 40, IMMOBILITY)).as("%s (the key the Edit menu shows) redoes", shown).isEqualTo(150.0);

        Keyboard.press('z', SWT.CTRL);
        Keyboard.press('z', SWT.CTRL | SWT.SHIFT);
        assertThat(value(fst, 40, IMMOBILITY)).as("Shift+Ctrl+Z redoes").isEqualTo(150.0);
        Keyboard.press('z', SWT.CTRL);
        Keyboard.press('y', SWT.CTRL);
        assertThat(value(fst, 40, IMMOBILITY)).as("Ctrl+Y redoes").isEqualTo(150.0);
        assertThat(shownKey("Edit", "Undo")).isEqualTo("Ctrl+Z");
    }

    /** The key shown next to an item of a menu of the menu bar ("Shift+Ctrl+Z"), as the menu shows it. */
    private static String shownKey(String menuTitle, String itemStart) {
        for (MenuItem top : Ui.window().getShell().getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals(menuTitle)) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event()); // the workbench fills and updates its menus on Show
                Ui.flush();
                try {
                    for (MenuItem item : menu.getItems()) {
                        String text = item.getText().replace("&", "");
                        if (text.startsWith(itemStart)) {
                            int tab = text.indexOf('\t');
                            return tab < 0 ? null : text.substring(tab + 1);
                        }
                    }
                } finally {
                    menu.notifyListeners(SWT.Hide, new Event());
                    Ui.flush();
                }
            }
        }
        throw new AssertionError("no " + itemStart + " in the " + menuTitle + " menu");
    }

    /** Presses a key as a menu shows it, e.g. "Shift+Ctrl+Z". */
    private static void pressShown(String shown) {
        String[] parts = shown.split("\\+");
        int modifiers = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            modifiers |= switch (parts[i]) {
                case "Ctrl" -> SWT.CTRL;
                case "Shift" -> SWT.SHIFT;
                case "Alt" -> SWT.ALT;
                default -> throw new AssertionError("unknown modifier in " + shown);
            };
        }
        String key = parts[parts.length - 1];
        assertThat(key).hasSize(1);
        Keyboard.press(Character.toLowerCase(key.charAt(0)), modifiers);
    }

    private static java.util.List<String> saved(EntryEditor editor, AssaySession saved, int row) {
        String code = editor.sheet().row(row).name();
        return saved.getMeasurements().stream().filter(m -> m.getAnimal().getBlindCode().equals(code))
                .map(m -> m.getMeasure().getName() + " " + m.getValue()).toList();
    }

    private static Double value(EntryEditor editor, int row, int column) {
        Measurement m = editor.sheet().measurement(row, column);
        return m == null ? null : m.getValue();
    }

    private static Cell selected(EntryEditor editor) {
        return editor.anchor();
    }

    private static boolean editing(EntryEditor editor) {
        ICellEditor open = editor.table().getActiveCellEditor();
        return open != null && !open.isClosed();
    }

    private static void select(EntryEditor editor, int row, int column) {
        editor.select(row, column);
        Ui.flush();
    }
}
