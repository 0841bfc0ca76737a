package org.vivarium.io.excel;

import org.vivarium.io.excel.internal.read.CellRefs;

/**
 * One reason an import cannot go ahead, located as precisely as possible. {@link #toString()} gives the line the
 * command line prints: {@code FILE:SHEET!CELL: message}, {@code FILE:SHEET: message} or {@code FILE: message}.
 *
 * @param file    the file as the user named it
 * @param sheet   the sheet name, or null for the whole file
 * @param row     0-based row, or -1
 * @param column  0-based column, or -1 (a whole row is located at its first cell)
 * @param message what is wrong and, where it helps, what to do
 */
public record ImportProblem(String file, String sheet, int row, int column, String message) {

    /** The cell reference ("C7", or "A7" for a whole row), or null when the problem has no row. */
    public String cell() {
        return row < 0 ? null : CellRefs.cell(row, Math.max(0, column));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (sheet != null) {
            b.append(':').append(sheet);
            if (row >= 0) {
                b.append('!').append(cell());
            }
        }
        return b.append(": ").append(message).toString();
    }
}
