package org.vivarium.ui.entry;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.vivarium.core.entry.SheetEdits.Cell;
import org.vivarium.core.entry.TextBlock;
import org.vivarium.model.Measurement;

/**
 * What can be done to the selected cells of the entry grid, from the keyboard, the context menu and the workbench's
 * Edit actions: copy and paste (a block of tab- and line-separated values, as spreadsheets copy them), clear (Delete),
 * censor at the cutoff (Ctrl+Shift+C), exclude with a reason (Ctrl+Shift+X) and include again (Ctrl+Shift+I); Esc
 * closes a message about a refused edit.
 */
final class EntryActions {

    private final EntryGrid grid;
    // the keys after the tab are the workbench's bindings (Edit commands and EntryCommands in plugin.xml)
    private final Action copy = action("&Copy\tCtrl+C", this::copy);
    private final Action paste = action("&Paste\tCtrl+V", this::paste);
    private final Action clear = action("C&lear\tDelete", this::clear);
    private final Action censor = action("&Censor", this::toggleCensored);
    private final Action exclude = action("E&xclude from analyses...\tShift+Ctrl+X", this::exclude);
    private final Action include = action("&Include in analyses again\tShift+Ctrl+I", this::include);

    EntryActions(EntryGrid grid, boolean readOnly) {
        this.grid = grid;
        NatTable table = grid.table();
        if (!readOnly) {
            keys(table.getUiBindingRegistry());
        }
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> fill(m, readOnly));
        table.setMenu(menu.createContextMenu(table));
        table.addListener(SWT.MenuDetect, e -> {
            if (selectUnderPointer(table.toControl(e.x, e.y))) {
                e.doit = false; // open the menu once the new selection is painted, so that it shows what it acts on
                int x = e.x;
                int y = e.y;
                table.getDisplay().asyncExec(() -> {
                    if (!table.isDisposed()) {
                        table.getMenu().setLocation(x, y);
                        table.getMenu().setVisible(true);
                    }
                });
            }
        });
        table.addDisposeListener(e -> menu.dispose());
    }

    /** Makes Copy and Paste of the workbench act on the grid while its editor is active. */
    void hook(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.updateActionBars();
    }

    private void fill(IMenuManager menu, boolean readOnly) {
        menu.add(copy);
        if (readOnly) {
            return;
        }
        menu.add(paste);
        menu.add(clear);
        menu.add(new Separator());
        List<Measurement> values = values();
        boolean allCensored = !values.isEmpty() && values.stream().allMatch(Measurement::isCensored);
        censor.setText((allCensored ? "Not &censored (the response was seen)"
                : "&Censor at the cutoff (no response in time)") + "\tShift+Ctrl+C");
        censor.setEnabled(grid.selectedCells().stream()
                .anyMatch(c -> grid.sheet().measure(c.column()).getCensoringCutoff() != null));
        menu.add(censor);
        menu.add(new Separator());
        exclude.setEnabled(!values.isEmpty());
        include.setEnabled(values.stream().anyMatch(Measurement::isExcluded));
        menu.add(exclude);
        menu.add(include);
    }

    private List<Measurement> values() {
        return grid.selectedCells().stream().map(c -> grid.sheet().measurement(c.row(), c.column()))
                .filter(m -> m != null).toList();
    }

    /** Selects the cell under the pointer unless it is selected already; returns whether the selection changed. */
    private boolean selectUnderPointer(Point p) {
        int column = grid.table().getColumnIndexByPosition(grid.table().getColumnPositionByX(p.x));
        int row = grid.table().getRowIndexByPosition(grid.table().getRowPositionByY(p.y));
        if (row >= 0 && column >= 0 && !grid.selectedCells().contains(new Cell(row, column))) {
            grid.select(row, column);
            return true;
        }
        return false;
    }

    void copy() {
        Text text = editorText();
        if (text != null) {
            text.copy();
            return;
        }
        List<Cell> cells = grid.selectedCells();
        if (cells.isEmpty()) {
            return;
        }
        int r0 = cells.stream().mapToInt(Cell::row).min().getAsInt();
        int r1 = cells.stream().mapToInt(Cell::row).max().getAsInt();
        int c0 = cells.stream().mapToInt(Cell::column).min().getAsInt();
        int c1 = cells.stream().mapToInt(Cell::column).max().getAsInt();
        Clipboard clipboard = new Clipboard(grid.table().getDisplay());
        try {
            clipboard.setContents(new Object[] { grid.edits().copy(r0, c0, r1, c1) },
                    new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    void paste() {
        Text text = editorText();
        if (text != null) {
            text.paste();
            return;
        }
        Cell anchor = grid.anchor();
        if (anchor == null) {
            grid.report("Select the cell where the pasted block should start");
            return;
        }
        Clipboard clipboard = new Clipboard(grid.table().getDisplay());
        String content;
        try {
            content = (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        if (grid.apply(grid.edits().paste(anchor.row(), anchor.column(), content))) {
            List<List<String>> block = TextBlock.parse(content);
            grid.selectBlock(anchor.row(), anchor.column(), block.size(),
                    block.stream().mapToInt(List::size).max().orElse(1));
        }
    }

    void clear() {
        grid.apply(grid.edits().clear(grid.selectedCells()));
    }

    void toggleCensored() {
        List<Measurement> values = values();
        boolean uncensor = !values.isEmpty() && values.size() == grid.selectedCells().size()
                && values.stream().allMatch(Measurement::isCensored);
        grid.apply(grid.edits().censor(grid.selectedCells(), !uncensor));
    }

    void exclude() {
        if (values().isEmpty()) {
            grid.report("Select the values to exclude first (empty cells have nothing to exclude)");
            return;
        }
        IInputValidator needed = s -> s == null || s.isBlank()
                ? "Give the reason (ARRIVE asks for every exclusion)" : null;
        InputDialog dialog = new InputDialog(grid.table().getShell(), "Exclude from analyses",
                "Why are the selected values excluded? (e.g. \"climbed the cylinder wall\")", "", needed);
        if (dialog.open() == Window.OK) {
            grid.apply(grid.edits().exclude(grid.selectedCells(), dialog.getValue()), dialog.getValue());
        }
    }

    void include() {
        grid.apply(grid.edits().exclude(grid.selectedCells(), null));
    }

    private Text editorText() {
        ICellEditor editor = grid.activeEditor();
        return editor != null && !editor.isClosed() && editor.getEditorControl() instanceof Text t ? t : null;
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /**
     * The grid's own keys; Copy and Paste are also the workbench's (through the editor's action bars), censor,
     * exclude and include are workbench commands ({@link EntryCommands}).
     */
    private void keys(UiBindingRegistry bindings) {
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.ESC), (t, e) -> grid.dismiss());
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.DEL), (t, e) -> clear());
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.BS), (t, e) -> clear());
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, 'c'), (t, e) -> copy());
        bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, 'v'), (t, e) -> paste());
    }
}
