package org.vivarium.io.excel.internal.map;

/**
 * Where the rows of a layout came from when they were not read from a sheet (e.g. values computed from the tracks of
 * behaviour-room exports): the source each value records, the place a problem about a row is reported at, and how
 * the row's values were scored. Row indexes are those of the rows given to the plan.
 */
public interface RowOrigins {

    /** A place in an input file: 0-based row and column, or -1; sheet null for the whole file. */
    record Location(String file, String sheet, int row, int column) {
    }

    /** The measurement source of the row's value ("file!sheet!track"). */
    String source(int row);

    /** Where a problem about a row (and a column of the layout, or -1) is reported. */
    Location at(int row, int column);

    /** The row for people ("fst1.xlsx!Track-Arena 1-Subject 1"), in messages about duplicates. */
    String describe(int row);

    /** How the row's value was computed, recorded on its session ({@code AssaySession.scoring}); or null. */
    String scoring(int row);

    /** The analysis window (from, to in s of trial time) the row's value was computed over, or null. */
    double[] window(int row);
}
