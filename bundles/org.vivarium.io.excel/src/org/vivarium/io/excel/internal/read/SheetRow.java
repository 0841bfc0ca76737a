package org.vivarium.io.excel.internal.read;

import java.util.Arrays;

/** One row of a sheet: its 0-based index and its non-blank cells by column. */
public final class SheetRow {

    private static final CellValue[] NONE = new CellValue[0];

    private final int index;
    private final CellValue[] cells;

    /** {@code byColumn[i]} is the cell of column i or null; the array may be longer than the last cell. */
    public SheetRow(int index, CellValue[] byColumn) {
        this.index = index;
        int last = byColumn.length - 1;
        while (last >= 0 && byColumn[last] == null) {
            last--;
        }
        this.cells = last < 0 ? NONE : last == byColumn.length - 1 ? byColumn : Arrays.copyOf(byColumn, last + 1);
    }

    public int index() {
        return index;
    }

    /** The cell in a column, or null when blank. */
    public CellValue get(int column) {
        return column >= 0 && column < cells.length ? cells[column] : null;
    }

    /** One past the last non-blank column. */
    public int width() {
        return cells.length;
    }

    public boolean isBlank() {
        for (CellValue c : cells) {
            if (c != null && !(c.kind() == CellValue.Kind.TEXT && c.text().isBlank() && c.formula() == null)) {
                return false;
            }
        }
        return true;
    }

    /** A copy with some cells replaced (used to spread merged cells). */
    public SheetRow with(CellValue[] replacement) {
        return new SheetRow(index, replacement);
    }

    /** The cells by column (a copy, nulls for blanks). */
    public CellValue[] cells() {
        return cells.clone();
    }

    @Override
    public String toString() {
        return "row " + (index + 1) + " " + Arrays.toString(cells);
    }
}
