package org.vivarium.io.excel.internal.read;

/**
 * Limits that keep hostile files from exhausting memory or time. Defaults follow Excel's own limits where it has
 * them (32,767 characters per cell, 16,384 columns, 1,048,576 rows).
 *
 * @param maxRows             rows with content read from one sheet; more is refused
 * @param maxCellChars        characters of one cell; more is refused
 * @param maxSharedChars      characters of an .xlsx shared-string table
 * @param maxXlsBytes         size of an .xls file (they are read whole)
 */
public record ReadLimits(int maxRows, int maxCellChars, long maxSharedChars, long maxXlsBytes) {

    public static final ReadLimits DEFAULT = new ReadLimits(1_000_000, 32_767, 200_000_000L, 100L << 20);

    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(rows, maxCellChars, maxSharedChars, maxXlsBytes);
    }
}
