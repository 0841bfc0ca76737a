package org.vivarium.io.excel.internal.plan;

/** What a pass over one sheet found (mutable while the pass runs). */
public final class SheetCounts {
    /** Rows below the header with content. */
    public int rows;
    /** Values that will be added. */
    public int added;
    /** Values the study already has (same value). */
    public int present;
    /** Rows of group statistics (mean, SD, SEM, ...) skipped. */
    public int summaryRows;
    /** Rows left out by the mapping's filter. */
    public int filteredRows;
    /** Rows with an animal but no value (e.g. not filled in yet). */
    public int rowsWithoutValues;
    /** Cells marked as missing (NA, -, ...). */
    public int missingValues;
    /** Rows without animal, cage or values (notes and the like). */
    public int otherRows;
}
