package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.entry.SheetEdits.Cell;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.PendingEdits;
import org.vivarium.ui.session.StudySessions;

/**
 * The data entry grid driven by real keystrokes on the demo's FST and NSF sessions of today (both blinded): typing,
 * Enter and Tab, an invalid value refused with its reason, a censored latency, a pasted block, undo and redo, an
 * exclusion with its reason, and a save that includes the value still being typed.
 */
class EntryGridUITest {

    @AfterEach
    void restore() throws Exception {
        BenchUi.restore();
    }

    private static EntryEditor openSession(TodayView today, String title) {
        today.open(BenchUi.item(today, title));
        Ui.flush();
        EntryEditor editor = (EntryEditor) Ui.page().getActiveEditor();
        assertThat(editor.assaySession().getName()).isEqualTo(title.split(" \\(")[0]);
        Keyboard.focus(editor.table());
        return editor;
    }

    private static Measurement value(EntryEditor editor, int row, int column) {
        return editor.sheet().measurement(row, column);
    }

    /** The cell selected in the grid as {row, column} of the sheet. */
    private static int[] selected(EntryEditor editor) {
        Cell anchor = editor.anchor();
        return new int[] { anchor.row(), anchor.column() };
    }

    private static void select(EntryEditor editor, int row, int column) {
        editor.select(row, column);
        Ui.flush();
    }

    @Test
    void blindedGridShowsCodesAndTakesValuesTypedWithEnterAndTab() throws Exception {
        TodayView today = BenchUi.openBench();
        EntryEditor fst = openSession(today, "FST 1 h");
        EntrySheet sheet = fst.sheet();
        NatTable table = fst.table();
        assertThat(sheet.rowCount()).isEqualTo(80);
        assertThat(table.getDataValueByPosition(0, 0)).isEqualTo("Blind code");
        assertThat(table.getDataValueByPosition(1, 0)).isEqualTo("Sex");
        assertThat(table.getCellByPosition(1, 0).getColumnSpan()).as("each row header column has its title").isEqualTo(1);
        assertThat(table.getDataValueByPosition(2, 0)).isEqualTo("Immobility (s)");
        assertThat(table.getDataValueByPosition(3, 0)).isEqualTo("Latency to immobility (s)");
        assertThat(table.getColumnCount()).as("no cage or arm column").isEqualTo(4);
        Animal first = (Animal) sheet.row(0).unit();
        assertThat(table.getDataValueByPosition(0, 1)).isEqualTo(first.getBlindCode()).isNotEqualTo(first.getId());
        assertThat(selected(fst)).containsExactly(0, 0);
        int before = fst.assaySession().getMeasurements().size();

        Keyboard.type("123.5\n");
        assertThat(value(fst, 0, 0).getValue()).isEqualTo(123.5);
        assertThat(value(fst, 0, 0).getAnimal()).isSameAs(first);
        assertThat(selected(fst)).as("Enter moves down").containsExactly(1, 0);
        Keyboard.type("130\t");
        assertThat(selected(fst)).as("Tab moves right").containsExactly(1, 1);
        Keyboard.type("45\t");
        assertThat(selected(fst)).as("Tab at the row's end goes on to the next row").containsExactly(2, 0);
        assertThat(value(fst, 1, 0).getValue()).isEqualTo(130);
        assertThat(value(fst, 1, 1).getValue()).isEqualTo(45);
        assertThat(StudySessions.current().isDirty()).isTrue();

        Keyboard.type("300\n");
        ICellEditor open = table.getActiveCellEditor();
        assertThat(open).as("an invalid value keeps the editor open").isNotNull();
        assertThat(open.isClosed()).isFalse();
        assertThat(fst.message()).contains("immobility 300 s is outside the valid range 0-240 s");
        assertThat(((Text) open.getEditorControl()).getBackground().getRGB()).isEqualTo(new RGB(255, 214, 214));
        assertThat(value(fst, 2, 0)).as("the invalid value does not reach the model").isNull();
        Keyboard.type("\u001b");
        assertThat(table.getActiveCellEditor() == null || table.getActiveCellEditor().isClosed()).isTrue();
        assertThat(value(fst, 2, 0)).isNull();
        assertThat(fst.assaySession().getMeasurements()).hasSize(before + 3);
    }

    @Test
    void pasteUndoRedoExcludeAndSaveWithAValueStillBeingTyped() throws Exception {
        StudySession session = StudySessions.current();
        TodayView today = BenchUi.openBench();
        EntryEditor fst = openSession(today, "FST 1 h");
        select(fst, 10, 0);
        Clipboard clipboard = new Clipboard(fst.table().getDisplay());
        clipboard.setContents(new Object[] { "101\t61\r\n102\t62\r\n" }, new Transfer[] { TextTransfer.getInstance() });
        clipboard.dispose();
        Keyboard.press('v', SWT.CTRL);
        assertThat(value(fst, 10, 0).getValue()).isEqualTo(101);
        assertThat(value(fst, 11, 1).getValue()).isEqualTo(62);
        int after = fst.assaySession().getMeasurements().size();

        Keyboard.press('z', SWT.CTRL);
        assertThat(value(fst, 10, 0)).as("Ctrl+Z undoes the paste").isNull();
        assertThat(value(fst, 11, 1)).isNull();
        Keyboard.press('y', SWT.CTRL);
        assertThat(value(fst, 11, 1).getValue()).as("Ctrl+Y redoes it").isEqualTo(62);
        assertThat(fst.assaySession().getMeasurements()).hasSize(after);

        select(fst, 11, 0);
        Shell shell = fst.getSite().getShell();
        shell.getDisplay().timerExec(500, () -> answer(shell, "mouse jumped out of the cylinder"));
        Keyboard.press('x', SWT.CTRL | SWT.SHIFT);
        Keyboard.settle(700);
        assertThat(value(fst, 11, 0).isExcluded()).isTrue();
        assertThat(value(fst, 11, 0).getExclusionReason()).isEqualTo("mouse jumped out of the cylinder");

        select(fst, 12, 0);
        Keyboard.type("77");
        assertThat(fst.table().getActiveCellEditor()).as("still typing").isNotNull();
        Keyboard.press('s', SWT.CTRL);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved");
        assertThat(value(fst, 12, 0).getValue()).as("the value being typed was committed").isEqualTo(77);

        ReadStudy saved = FolderStudyStore.containing(session.file()).read(session.file().getFileName().toString());
        AssaySession savedFst = Studies.sessions(saved.study()).stream().filter(s -> s.getName().equals("FST 1 h"))
                .findFirst().orElseThrow();
        List<String> values = savedFst.getMeasurements().stream()
                .map(m -> m.getAnimal().getBlindCode() + " " + m.getMeasure().getName() + " " + m.getValue() + " "
                        + m.isExcluded())
                .toList();
        String code10 = fst.sheet().row(10).name();
        String code11 = fst.sheet().row(11).name();
        String code12 = fst.sheet().row(12).name();
        assertThat(values).contains(code10 + " immobility 101.0 false", code10 + " latency 61.0 false",
                code11 + " immobility 102.0 true", code11 + " latency 62.0 false", code12 + " immobility 77.0 false");
        assertThat(savedFst.getMeasurements()).allMatch(m -> "manual".equals(m.getSource()));
    }

    @Test
    void latencyAtTheCutoffIsCensoredAndAnEmptyOneCanBeCensoredByKey() throws Exception {
        TodayView today = BenchUi.openBench();
        EntryEditor nsf = openSession(today, "NSF 1 h");
        select(nsf, 0, 0);
        Keyboard.type("600\n");
        assertThat(value(nsf, 0, 0).getValue()).isEqualTo(600);
        assertThat(value(nsf, 0, 0).isCensored()).as("600 s is the NSF cutoff: censored").isTrue();
        assertThat(nsf.table().getDataValueByPosition(2, 1)).isSameAs(value(nsf, 0, 0));
        select(nsf, 1, 0);
        Keyboard.press('c', SWT.CTRL | SWT.SHIFT);
        assertThat(value(nsf, 1, 0)).as("Ctrl+Shift+C censors an empty latency at the cutoff (message: %s)",
                nsf.message()).isNotNull();
        assertThat(value(nsf, 1, 0).getValue()).isEqualTo(600);
        assertThat(value(nsf, 1, 0).isCensored()).isTrue();
        select(nsf, 2, 0);
        Keyboard.type("650\n");
        assertThat(nsf.message()).contains("beyond the censoring cutoff of 600 (record 600, censored)");
        Keyboard.type("\u001b");
        assertThat(value(nsf, 2, 0)).isNull();
    }

    @Test
    void aValueBeingTypedIsCommittedWhenTheGridIsLeftOrTheStudyClosed() throws Exception {
        TodayView today = BenchUi.openBench();
        EntryEditor fst = openSession(today, "FST 1 h");
        select(fst, 20, 1);
        Keyboard.type("88");
        assertThat(fst.table().getActiveCellEditor()).as("still typing").isNotNull();
        Ui.page().activate(today);
        Ui.flush();
        assertThat(value(fst, 20, 1)).as("committed when the Today view was activated").isNotNull();
        assertThat(value(fst, 20, 1).getValue()).isEqualTo(88);

        Ui.page().activate(fst);
        select(fst, 21, 1);
        Keyboard.focus(fst.table());
        Keyboard.type("400");
        String refused = PendingEdits.commitAll();
        assertThat(refused).as("what closing or saving the study would be told").contains(
                "The value typed in " + fst.sheet().describe(21) + ", Latency to immobility (s) is not recorded",
                "latency 400 s is outside the valid range 0-360 s", "press Esc to discard it");
        assertThat(value(fst, 21, 1)).isNull();
        Keyboard.type("\u001b");
        assertThat(PendingEdits.commitAll()).isNull();
    }

    /** Answers the exclusion dialog: types the reason and presses OK. */
    private static void answer(Shell parent, String reason) {
        for (Shell s : parent.getShells()) {
            if (s.isVisible() && "Exclude from analyses".equals(s.getText())) {
                find(s, Text.class, t -> true).setText(reason);
                find(s, Button.class, b -> "OK".equals(b.getText().replace("&", "")))
                        .notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
    }

    /** The first widget of a type that matches, depth first, or null. */
    private static <T extends Control> T find(Control c, Class<T> type, Predicate<T> matching) {
        if (type.isInstance(c) && matching.test(type.cast(c))) {
            return type.cast(c);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                T found = find(child, type, matching);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
