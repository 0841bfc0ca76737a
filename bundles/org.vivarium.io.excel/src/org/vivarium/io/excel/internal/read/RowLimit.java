package org.vivarium.io.excel.internal.read;

/** The failures for sheets with too many rows. */
final class RowLimit {

    private RowLimit() {
    }

    static ReadFailure exceeded(ReadLimits limits, String sheet, int row) {
        return new ReadFailure(String.format("the sheet has more than %,d rows of data; Vivarium reads at most %,d "
                + "rows from one sheet (split it into several sheets or files)", limits.maxRows(), limits.maxRows()),
                sheet, row, 0, null);
    }

    static ReadFailure beyondExcel(String sheet, int row) {
        return new ReadFailure(String.format("row %,d is beyond Excel's last row (%,d); refused", (long) row + 1,
                CellRefs.MAX_ROWS), sheet, -1, -1, null);
    }
}
