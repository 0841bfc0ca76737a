package org.vivarium.publish.prism;

import java.util.List;

/**
 * One data table of a Prism file.
 *
 * @param title     the table's title (assay, measure, unit; the session for column tables)
 * @param grouped   true for a grouped table (rows are times since dose, replicates as subcolumns), false for a
 *                  column table (one column per arm, values down the rows)
 * @param rowTitles the row titles of a grouped table (e.g. "1 h", "24 h"); empty for a column table
 * @param columns   one column per arm
 * @param decimals  decimals Prism shows
 */
public record PrismTable(String title, boolean grouped, List<String> rowTitles, List<Column> columns, int decimals) {

    /** The number of subcolumns (replicates) of each column: the largest n of any arm and row; 1 at least. */
    public int replicates() {
        return grouped ? Math.max(1, columns.stream().mapToInt(Column::width).max().orElse(1)) : 1;
    }

    /**
     * A column: its title and its subcolumns, each a list of cells by row (null for an empty cell).
     */
    public record Column(String title, List<List<Cell>> subcolumns) {

        int width() {
            return subcolumns.size();
        }
    }

    /** A value, marked excluded when the analyses leave it out. */
    public record Cell(double value, boolean excluded) {
    }
}
