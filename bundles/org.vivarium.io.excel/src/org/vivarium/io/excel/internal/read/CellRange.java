package org.vivarium.io.excel.internal.read;

/** A rectangular range of cells (0-based, inclusive), e.g. a merged region. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses "B2:D3" (or a single cell "B2"); returns null if malformed. */
    public static CellRange parse(String ref) {
        int colon = ref.indexOf(':');
        String a = colon < 0 ? ref : ref.substring(0, colon);
        String b = colon < 0 ? ref : ref.substring(colon + 1);
        int r1 = CellRefs.rowOf(a);
        int c1 = CellRefs.columnOf(a);
        int r2 = CellRefs.rowOf(b);
        int c2 = CellRefs.columnOf(b);
        if (r1 < 0 || c1 < 0 || r2 < 0 || c2 < 0 || r1 >= CellRefs.MAX_ROWS || r2 >= CellRefs.MAX_ROWS
                || c1 >= CellRefs.MAX_COLUMNS || c2 >= CellRefs.MAX_COLUMNS) {
            return null;
        }
        return new CellRange(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    @Override
    public String toString() {
        return CellRefs.cell(firstRow, firstColumn) + ":" + CellRefs.cell(lastRow, lastColumn);
    }
}
