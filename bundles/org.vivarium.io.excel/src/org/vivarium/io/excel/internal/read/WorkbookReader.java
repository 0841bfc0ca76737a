package org.vivarium.io.excel.internal.read;

import java.util.List;

/** Reads the sheets of one workbook or CSV file row by row. */
public interface WorkbookReader extends AutoCloseable {

    /** The sheets, in workbook order. */
    List<SheetInfo> sheets();

    /**
     * Streams the rows of a sheet, in order, to the sink (rows without any cell are skipped). Stops early when the
     * sink returns false.
     */
    void read(SheetInfo sheet, RowSink sink, Progress progress) throws ReadFailure;

    /** The merged regions of a sheet. */
    List<CellRange> merges(SheetInfo sheet) throws ReadFailure;

    /** Whether text in this file uses a decimal comma (a CSV written with ';' as separator). */
    default boolean decimalComma() {
        return false;
    }

    @Override
    void close();
}
