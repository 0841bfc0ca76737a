package org.vivarium.ui.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.grid.cell.AlternatingRowConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DimensionallyDependentLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.AggregateConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.ITraversalStrategy;
import org.eclipse.nebula.widgets.nattable.selection.MoveCellSelectionCommandHandler;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRegionCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.vivarium.core.entry.EntryRow;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.entry.EntryText;
import org.vivarium.core.entry.SheetEdits;
import org.vivarium.core.entry.SheetEdits.Cell;
import org.vivarium.core.entry.SheetEdits.Result;
import org.vivarium.core.validation.ValueRules;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.Measurement;
import org.vivarium.ui.session.StudySession;

/**
 * The data entry grid of a session (NatTable): rows are the sheet's animals or cages with their row header columns
 * (id or blind code, sex, cage, arm), columns its measures. The table is virtual, so only visible cells are painted,
 * and each cell is found through the sheet's index; every change goes through {@link SheetEdits} onto the study's
 * command stack (which asks for a reason when a recorded value is changed).
 */
final class EntryGrid {

    /** Labels of body cells, for styles and editing. */
    static final String CELL = "ENTRY_CELL";
    static final String CENSORED = "ENTRY_CENSORED";
    static final String EXCLUDED = "ENTRY_EXCLUDED";
    static final String INVALID = "ENTRY_INVALID";
    static final String INACTIVE = "ENTRY_INACTIVE";

    private final SheetEdits edits;
    private final EntrySheet sheet;
    private final StudySession session;
    private boolean refused;
    private final Consumer<String> problems;
    private final SelectionLayer selection;
    private final NatTable table;

    /**
     * @param problems told why an edit was refused (null: the last edit went through)
     */
    EntryGrid(Composite parent, SheetEdits edits, StudySession session, boolean readOnly, Consumer<String> problems) {
        this.edits = edits;
        this.sheet = edits.sheet();
        this.session = session;
        this.problems = problems;
        DataLayer body = new DataLayer(new BodyData(), 190, 24);
        AggregateConfigLabelAccumulator labels = new AggregateConfigLabelAccumulator();
        labels.add(new AlternatingRowConfigLabelAccumulator(), this::cellLabels);
        body.setConfigLabelAccumulator(labels);
        selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        IDataProvider columnTitles = new ColumnTitles();
        DataLayer columnHeaderData = new DataLayer(columnTitles, 190, 28);
        fitColumns(parent, body, columnHeaderData);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(columnHeaderData, viewport, selection);
        RowTitles rowTitles = new RowTitles();
        DataLayer rowHeaderData = new DataLayer(rowTitles, 80, 24);
        int[] widths = rowTitles.widths();
        for (int i = 0; i < widths.length; i++) {
            rowHeaderData.setColumnWidthByPosition(i, widths[i]);
        }
        rowHeaderData.setConfigLabelAccumulator((stackOfLabels, column, row) -> {
            if (!sheet.row(row).status().isEmpty()) {
                stackOfLabels.addLabelOnTop(INACTIVE);
            }
        });
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selection);
        DataLayer cornerData = new DataLayer(new CornerTitles(rowTitles), 80, 28);
        // not a CornerLayer: that paints the corner as one cell; here each row header column gets its title
        DimensionallyDependentLayer corner = new DimensionallyDependentLayer(cornerData, rowHeader, columnHeader);
        GridLayer grid = new GridLayer(viewport, columnHeader, rowHeader, corner, false);
        grid.addConfiguration(new DefaultEditConfiguration()); // edit command handlers (editor settings below)
        table = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, grid, false);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new EntryGridConfiguration(this, readOnly));
        table.configure();
        // after configure() (which registers the default): Tab at a row's end goes on to the next row
        selection.registerCommandHandler(new MoveCellSelectionCommandHandler(selection,
                ITraversalStrategy.TABLE_CYCLE_TRAVERSAL_STRATEGY, ITraversalStrategy.AXIS_TRAVERSAL_STRATEGY));
        new EntryTooltip(this);
        table.addListener(SWT.Resize, e -> showAnchor()); // e.g. the message area above grew: keep the cell in view
    }

    NatTable table() {
        return table;
    }

    SelectionLayer selection() {
        return selection;
    }

    SheetEdits edits() {
        return edits;
    }

    EntrySheet sheet() {
        return sheet;
    }

    /** A cell editor opens on a cell (row and column of the sheet). */
    void editing(int row, int column) {
        if (row >= 0 && row < sheet.rowCount() && column >= 0 && column < sheet.columnCount()) {
            session.editing(sheet.session(), sheet.row(row).unit(), sheet.measure(column));
        }
    }

    /** Runs an edit: executes its command, or reports why it was refused. Returns whether it went through. */
    boolean apply(Result result) {
        return apply(result, null);
    }

    /**
     * As {@link #apply(Result)}, with the reason already given for changing recorded values (null: the study asks when
     * one is needed). A change refused for want of a reason is reported too.
     */
    boolean apply(Result result, String reason) {
        refused = false;
        if (!result.ok()) {
            List<String> why = result.problems();
            problems.accept(why.size() == 1 ? why.get(0) : "Nothing was changed: " + why.size()
                    + " values are not valid (correct them and try again, or press Esc to close this)\n"
                    + String.join("\n", why));
            return false;
        }
        problems.accept(null);
        if (result.command() != null) {
            session.execute(result.command(), reason);
            String refusal = session.refusal();
            if (refusal != null) {
                refused = true;
                problems.accept(session.refusedByServer() ? refusal
                        : refusal + " Type the value again and give the reason, or leave it as it was.");
                return false;
            }
        }
        return true;
    }

    /** Whether the last edit was refused for want of a reason (the report stays until the next edit or Esc). */
    boolean refused() {
        return refused;
    }

    /** Esc: closes the report, also of a refusal. */
    void dismiss() {
        refused = false;
        problems.accept(null);
    }

    /** Reports a problem (or clears the report with null, unless it says why the last edit was refused). */
    void report(String problem) {
        if (problem == null && refused) {
            return;
        }
        problems.accept(problem);
    }

    /** The selected body cells (rows and columns of the sheet), the anchor first. */
    List<Cell> selectedCells() {
        List<Cell> cells = new ArrayList<>();
        for (PositionCoordinate p : selection.getSelectedCellPositions()) {
            cells.add(new Cell(p.getRowPosition(), p.getColumnPosition()));
        }
        return cells;
    }

    /** The cell where the selection started (where a paste goes), or null. */
    Cell anchor() {
        PositionCoordinate a = selection.getSelectionAnchor();
        return a == null || a.getRowPosition() < 0 || a.getColumnPosition() < 0 ? null
                : new Cell(a.getRowPosition(), a.getColumnPosition());
    }

    /** Selects a cell and scrolls it into view (as a click would: listeners are told and the grid repaints). */
    void select(int row, int column) {
        selection.doCommand(new SelectCellCommand(selection, column, row, false, false));
        table.doCommand(new ShowCellInViewportCommand(column, row));
    }

    /** Scrolls the selected cell into view (only a cell in view can be edited: typing would go nowhere). */
    void showAnchor() {
        Cell a = anchor();
        if (a != null && !table.isDisposed()) {
            table.doCommand(new ShowCellInViewportCommand(a.column(), a.row()));
        }
    }

    /** Selects a block of cells (e.g. what was just pasted), its top left cell the anchor. */
    void selectBlock(int row, int column, int rows, int columns) {
        selection.doCommand(new SelectRegionCommand(selection, column, row, columns, rows, false, false));
        selection.moveSelectionAnchor(column, row);
    }

    /** The open cell editor, or null. */
    ICellEditor activeEditor() {
        return table.isDisposed() ? null : table.getActiveCellEditor();
    }

    /** Commits the value being typed; returns null, or why it cannot be committed. */
    String commit() {
        ICellEditor editor = activeEditor();
        if (editor == null || editor.isClosed()) {
            return null;
        }
        Object text = editor.getEditorValue();
        int row = editor.getRowIndex();
        int column = editor.getColumnIndex();
        if (table.commitAndCloseActiveCellEditor()) {
            return null;
        }
        EntryText.Parsed parsed = EntryText.parse(text == null ? "" : text.toString(), sheet.measure(column));
        return "The value typed in " + edits.where(row, column) + " is not recorded: "
                + (parsed.problem() == null ? "it could not be committed" : parsed.problem())
                + ". Correct it, or press Esc to discard it.";
    }

    /** Repaints (the sheet's index is already current). */
    void refresh() {
        if (!table.isDisposed()) {
            table.redraw();
        }
    }

    /** Makes each measure's column as wide as its header (label and unit), at least 130 pixels. */
    private void fitColumns(Composite parent, DataLayer body, DataLayer header) {
        GC gc = new GC(parent);
        try {
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            for (int c = 0; c < sheet.columnCount(); c++) {
                int width = Math.max(130, gc.textExtent(EntryText.header(sheet.measure(c))).x + 36);
                body.setColumnWidthByPosition(c, width);
                header.setColumnWidthByPosition(c, width);
            }
        } finally {
            gc.dispose();
        }
    }

    private void cellLabels(LabelStack labels, int column, int row) {
        labels.addLabelOnTop(CELL);
        Measurement m = sheet.measurement(row, column);
        if (m == null) {
            return;
        }
        if (m.isCensored()) {
            labels.addLabelOnTop(CENSORED);
        }
        if (m.isExcluded()) {
            labels.addLabelOnTop(EXCLUDED);
        }
        if (ValueRules.check(m.getMeasure(), m.getValue(), m.isCensored()) != null) {
            labels.addLabelOnTop(INVALID);
        }
    }

    /** Body cells: the measurement (painted through the display converter); typed text records a value. */
    private final class BodyData implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            return sheet.measurement(row, column);
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            String text = value == null ? "" : value.toString();
            if (!apply(edits.enter(row, column, text)) && session.refusedByServer()) {
                String why = session.refusal();
                table.getDisplay().asyncExec(() -> LabClash.offer(EntryGrid.this, why, row, column, text));
            }
        }

        @Override
        public int getColumnCount() {
            return sheet.columnCount();
        }

        @Override
        public int getRowCount() {
            return sheet.rowCount();
        }
    }

    /** Headers are not edited. */
    private abstract static class Titles implements IDataProvider {
        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("headers are not edited");
        }
    }

    /** Column headers: measure label and unit. */
    private final class ColumnTitles extends Titles {
        @Override
        public Object getDataValue(int column, int row) {
            return EntryText.header(sheet.measure(column));
        }

        @Override
        public int getColumnCount() {
            return sheet.columnCount();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    /** Row headers: what identifies a row (blinded: only the code and sex). */
    final class RowTitles extends Titles {
        private final boolean cages = sheet.unit() == ExperimentalUnit.CAGE;

        String[] titles() {
            if (cages) {
                return sheet.blinded() ? new String[] { "Cage", "Sex", "Animals" }
                        : new String[] { "Cage", "Sex", "Animals", "Arm" };
            }
            return sheet.blinded() ? new String[] { "Blind code", "Sex" }
                    : new String[] { "Animal", "Sex", "Cage", "Arm" };
        }

        int[] widths() {
            if (cages) {
                return new int[] { 90, 40, sheet.blinded() ? 90 : 260, 90 };
            }
            return sheet.blinded() ? new int[] { 150, 40 } : new int[] { 150, 40, 90, 90 };
        }

        @Override
        public Object getDataValue(int column, int row) {
            EntryRow r = sheet.row(row);
            return switch (column) {
                case 0 -> r.status().isEmpty() ? r.name() : r.name() + " (" + r.status() + ")";
                case 1 -> r.sex();
                case 2 -> r.cage();
                default -> r.arm();
            };
        }

        @Override
        public int getColumnCount() {
            return titles().length;
        }

        @Override
        public int getRowCount() {
            return sheet.rowCount();
        }
    }

    /** The corner: titles of the row header columns. */
    private static final class CornerTitles extends Titles {
        private final RowTitles rows;

        CornerTitles(RowTitles rows) {
            this.rows = rows;
        }

        @Override
        public Object getDataValue(int column, int row) {
            return rows.titles()[column];
        }

        @Override
        public int getColumnCount() {
            return rows.getColumnCount();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }
}
