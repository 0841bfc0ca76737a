package org.vivarium.io.excel.internal.read;

/** The spreadsheet formats Vivarium reads, as found from the content (never from the file name). */
public enum FileKind {
    /** Office Open XML workbook (Excel 2007 and later, LibreOffice "Excel 2007-365"). */
    XLSX,
    /** Excel 97-2003 binary workbook (BIFF8). */
    XLS,
    /** Delimited text (comma, semicolon, tab or bar separated). */
    CSV
}
