package org.vivarium.publish.document;

import java.util.List;
import java.util.Objects;

/**
 * A table with one header row. Cells are text, already formatted as they should be read (numbers with their digits,
 * "p < 0.001").
 *
 * @param caption the caption above the table ("" for none)
 * @param headers column headers
 * @param rows the rows, each with as many cells as there are headers
 * @param widths relative column widths (as many as headers; they need not add up to 1), or empty for equal widths
 */
public record Table(String caption, List<String> headers, List<List<String>> rows, List<Double> widths)
        implements Block {

    public Table {
        Objects.requireNonNull(caption, "caption");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "a row of table '" + caption + "' has " + row.size() + " cells for " + headers.size() + " columns");
            }
        }
        if (!widths.isEmpty() && widths.size() != headers.size()) {
            throw new IllegalArgumentException("table '" + caption + "' has " + widths.size() + " widths for "
                    + headers.size() + " columns");
        }
    }

    public Table(String caption, List<String> headers, List<List<String>> rows) {
        this(caption, headers, rows, List.of());
    }
}
