package org.vivarium.io.excel.internal.read;

/**
 * A file or sheet that cannot be read: damaged, hostile, encrypted, not a spreadsheet, or over a limit. The message
 * is for people and names no file (the caller prefixes it); {@link #sheet()}, {@link #row()} and {@link #column()} say
 * where, when known.
 */
public final class ReadFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String sheet;
    private final int row;
    private final int column;

    public ReadFailure(String message) {
        this(message, null, -1, -1, null);
    }

    public ReadFailure(String message, Throwable cause) {
        this(message, null, -1, -1, cause);
    }

    public ReadFailure(String message, String sheet, int row, int column, Throwable cause) {
        super(message, cause);
        this.sheet = sheet;
        this.row = row;
        this.column = column;
    }

    /** The same failure located in a sheet (keeps a more precise location). */
    public ReadFailure in(String sheetName) {
        return sheet != null ? this : new ReadFailure(getMessage(), sheetName, row, column, getCause());
    }

    public String sheet() {
        return sheet;
    }

    /** 0-based row, or -1. */
    public int row() {
        return row;
    }

    /** 0-based column, or -1. */
    public int column() {
        return column;
    }
}
