package org.vivarium.io.excel.internal.read;

/** A sheet of a workbook (a CSV file has one, named after the file). */
public record SheetInfo(String name, int index, boolean hidden) {
}
