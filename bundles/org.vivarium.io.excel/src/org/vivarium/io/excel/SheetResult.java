package org.vivarium.io.excel;

import java.util.List;

/**
 * What an import found in one sheet.
 *
 * @param sheet             the sheet name
 * @param imported          false when the sheet was left out (no recognisable header; see note)
 * @param note              why it was left out, or null
 * @param rows              rows below the header with content
 * @param added             values that are (or would be) added
 * @param present           values the study already has
 * @param summaryRows       rows of group statistics (mean, SD, SEM, ...) skipped
 * @param filteredRows      rows left out by the mapping's filter
 * @param rowsWithoutValues rows naming an animal without any value (e.g. not filled in yet)
 * @param missingValues     cells marked missing (NA, -, ...)
 * @param unrecognised      columns whose header names no role or measure of the study ("column C 'Ratio'"); map
 *                          them in a mapping file to import them
 */
public record SheetResult(String sheet, boolean imported, String note, int rows, int added, int present,
        int summaryRows, int filteredRows, int rowsWithoutValues, int missingValues, List<String> unrecognised) {

    /** e.g. "40 rows: 80 added, 0 already present; 4 summary rows skipped". */
    public String describe() {
        if (!imported) {
            return "not imported (" + note + ")";
        }
        StringBuilder b = new StringBuilder();
        b.append(count(rows, "row")).append(": ").append(String.format("%,d added, %,d already present", added,
                present));
        if (summaryRows > 0) {
            b.append("; ").append(count(summaryRows, "summary row")).append(" skipped");
        }
        if (filteredRows > 0) {
            b.append("; ").append(count(filteredRows, "row")).append(" filtered out");
        }
        if (rowsWithoutValues > 0) {
            b.append("; ").append(count(rowsWithoutValues, "row")).append(" without values");
        }
        if (missingValues > 0) {
            b.append("; ").append(count(missingValues, "value")).append(" marked missing");
        }
        return b.toString();
    }

    static String count(int n, String what) {
        return String.format("%,d %s%s", n, what, n == 1 ? "" : "s");
    }
}
