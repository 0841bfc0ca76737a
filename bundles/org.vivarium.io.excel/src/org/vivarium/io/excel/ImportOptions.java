package org.vivarium.io.excel;

import java.util.List;

/**
 * How to import.
 *
 * @param sheets      the sheets to import; empty: the mapping's sheet, else every sheet with a recognised header
 * @param create      create animals, cages, cohorts, arms, sessions (and measures the mapping defines) that do not
 *                    exist yet; without it they are problems
 * @param maxRows     rows of data read from one sheet at most (more is refused)
 * @param maxValues   values one import may add at most
 * @param maxProblems problems listed at most (the rest are counted)
 */
public record ImportOptions(List<String> sheets, boolean create, int maxRows, int maxValues, int maxProblems) {

    public static final ImportOptions DEFAULT = new ImportOptions(List.of(), false, 1_000_000, 2_000_000, 1000);

    public ImportOptions {
        sheets = List.copyOf(sheets);
    }

    public ImportOptions withSheets(List<String> names) {
        return new ImportOptions(names, create, maxRows, maxValues, maxProblems);
    }

    public ImportOptions withCreate(boolean value) {
        return new ImportOptions(sheets, value, maxRows, maxValues, maxProblems);
    }

    public ImportOptions withLimits(int rows, int values, int problems) {
        return new ImportOptions(sheets, create, rows, values, problems);
    }
}
