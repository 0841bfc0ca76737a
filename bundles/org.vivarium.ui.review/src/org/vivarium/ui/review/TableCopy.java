package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Copying a result table for Excel, Prism or R: Ctrl+C or the context menu puts the selected rows (or the whole
 * table) on the clipboard, tab-separated with the header row. Numbers are copied at full precision when a row
 * carries its values ({@link #setValues}); the table shows them rounded.
 */
final class TableCopy {

    private TableCopy() {
    }

    /** Adds Ctrl+C and a context menu (Copy Selected Rows, Copy Table) to a table. */
    static void install(Table table) {
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == 'c' && (e.stateMask & SWT.MOD1) != 0) {
                copy(table, table.getSelectionCount() > 0 ? table.getSelection() : table.getItems());
                e.doit = false;
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            Action rows = action("Copy Selected Rows", () -> copy(table, table.getSelection()));
            rows.setEnabled(table.getSelectionCount() > 0);
            m.add(rows);
            m.add(action("Copy Table", () -> copy(table, table.getItems())));
        });
        table.setMenu(menu.createContextMenu(table));
    }

    /** The exact values of a row's cells, copied instead of the rounded texts shown. */
    static void setValues(TableItem item, List<String> values) {
        item.setData(values);
    }

    /** Tab-separated text of the header and the given rows. */
    static String text(Table table, TableItem[] items) {
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (TableColumn c : table.getColumns()) {
            header.add(c.getText());
        }
        b.append(String.join("\t", header)).append('\n');
        for (TableItem item : items) {
            List<String> cells = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<String> exact = item.getData() instanceof List<?> l ? (List<String>) l : null;
            for (int i = 0; i < header.size(); i++) {
                String cell = exact != null && i < exact.size() ? exact.get(i) : item.getText(i);
                cells.add(cell.replace('\t', ' ').replace('\n', ' '));
            }
            b.append(String.join("\t", cells)).append('\n');
        }
        return b.toString();
    }

    private static void copy(Table table, TableItem[] items) {
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { text(table, items) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
