package org.vivarium.io.excel.internal.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vivarium.io.excel.ImportProblem;

/** The problems found while planning, kept in sheet order; beyond a limit they are only counted. */
public final class Problems {

    private record Entry(int sheetOrder, ImportProblem problem) {
    }

    private final String file;
    private final int max;
    private final List<Entry> entries = new ArrayList<>();
    private int total;

    public Problems(String file, int max) {
        this.file = file;
        this.max = max;
    }

    /** A problem in a sheet (row and column 0-based or -1); sheetOrder is the sheet's position in the workbook. */
    public void add(String sheet, int sheetOrder, int row, int column, String message) {
        total++;
        if (entries.size() < max) {
            entries.add(new Entry(sheetOrder, new ImportProblem(file, sheet, row, column, message)));
        }
    }

    /** A problem located in another file than the import's own (e.g. one export of a folder). */
    public void add(String inFile, String sheet, int sheetOrder, int row, int column, String message) {
        total++;
        if (entries.size() < max) {
            entries.add(new Entry(sheetOrder, new ImportProblem(inFile, sheet, row, column, message)));
        }
    }

    /** A problem that stops the import (a damaged or hostile file): always listed, even beyond the limit. */
    public void fatal(String sheet, int sheetOrder, int row, int column, String message) {
        total++;
        entries.add(new Entry(sheetOrder, new ImportProblem(file, sheet, row, column, message)));
    }

    /** A problem of the whole file. */
    public void add(String message) {
        add(null, -1, -1, -1, message);
    }

    public int total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The listed problems by sheet, row and column. */
    public List<ImportProblem> sorted() {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparingInt(Entry::sheetOrder).thenComparingInt(e -> e.problem().row())
                .thenComparingInt(e -> e.problem().column()));
        return copy.stream().map(Entry::problem).toList();
    }
}
