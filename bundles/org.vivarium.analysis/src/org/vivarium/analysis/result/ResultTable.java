package org.vivarium.analysis.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of a result, e.g. descriptives per group or all pairwise comparisons. Cells are {@link String},
 * {@link Double} or {@link Integer} as their {@link Column} says, or null for "not applicable".
 *
 * @param id stable machine name, e.g. {@code comparisons}
 * @param title caption shown to people
 * @param columns the columns
 * @param rows the rows; each has one cell per column
 */
public record ResultTable(String id, String title, List<Column> columns, List<List<Object>> rows) {

    public ResultTable {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row has " + row.size() + " cells, expected "
                        + columns.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** Index of the column with this name, or -1. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A table under construction. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public ResultTable build() {
            return new ResultTable(id, title, columns, rows);
        }
    }
}
