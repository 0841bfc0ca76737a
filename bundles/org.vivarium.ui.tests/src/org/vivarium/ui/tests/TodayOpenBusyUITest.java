package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.entry.EntryEditor;

/**
 * Opening a session from Today (Enter) shows the busy cursor while the grid is built: the first grid after a start
 * takes a moment, which without it looked like a click that did nothing.
 */
class TodayOpenBusyUITest {

    @AfterEach
    void restore() throws Exception {
        BenchUi.restore();
    }

    @Test
    void enterOnASessionShowsTheBusyCursorUntilItsGridIsOpen() throws Exception {
        TodayView today = BenchUi.openBench();
        Tree tree = Widgets.all(Ui.window().getShell(), Tree.class).stream()
                .filter(t -> find(t.getItems(), "FST 1 h") != null).findFirst()
                .orElseThrow(() -> new AssertionError("no Today tree listing FST 1 h"));
        tree.setSelection(find(tree.getItems(), "FST 1 h"));
        tree.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()); // as a click selects it
        Cursor busy = tree.getDisplay().getSystemCursor(SWT.CURSOR_WAIT);
        List<Cursor> whileOpening = new ArrayList<>();
        IPartListener2 listener = new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference ref) {
                whileOpening.add(Ui.window().getShell().getCursor());
            }
        };
        Ui.page().addPartListener(listener);
        try {
            Keyboard.focus(tree);
            Keyboard.type("\n");
            Ui.flush();
        } finally {
            Ui.page().removePartListener(listener);
        }

        assertThat(Ui.page().getActiveEditor()).isInstanceOf(EntryEditor.class);
        assertThat(((EntryEditor) Ui.page().getActiveEditor()).assaySession().getName()).isEqualTo("FST 1 h");
        assertThat(whileOpening).as("the window's cursor while the grid opened").isNotEmpty().containsOnly(busy);
        assertThat(Ui.window().getShell().getCursor()).as("the cursor once it is open").isNotSameAs(busy);
        assertThat(today.items()).isNotEmpty();
    }

    private static TreeItem find(TreeItem[] items, String titleStart) {
        for (TreeItem item : items) {
            if (item.getText(1).startsWith(titleStart)) {
                return item;
            }
            TreeItem inside = find(item.getItems(), titleStart);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
