package org.vivarium.publish.print;

import java.util.List;

/**
 * One table of a printed sheet (a dosing round, an assay session): its heading, the facts above the table ("Cohort",
 * "24 h"), the columns, the rows and the lines to sign under it.
 *
 * @param title   e.g. "Dosing sheet - cohort 1H, round 09:00"
 * @param facts   label and value pairs shown under the title
 * @param columns the columns
 * @param rows    one list of cell texts per row, as many as columns
 * @param closing lines under the table, each drawn with a rule to sign or write on, e.g. "Dosed by (signature)"
 */
record SheetTable(String title, List<String[]> facts, List<Column> columns, List<List<String>> rows,
        List<String> closing) {

    /**
     * A column: title, a detail line under it (a unit, a valid range; may be empty), the narrowest it may be
     * (points) and its share of the remaining width.
     */
    record Column(String title, String detail, float minWidth, float weight) {
    }

    float minWidth() {
        return (float) columns.stream().mapToDouble(Column::minWidth).sum();
    }
}
