package org.vivarium.io.excel;

/**
 * What one column of a sheet was found to hold, for showing the mapping to people (the import wizard's table).
 *
 * @param index       0-based column index
 * @param letter      column letter, e.g. "C"
 * @param header      the header text (both rows of a two-row header, joined), or "" when the column has none
 * @param role        what the column holds ({@link ColumnRole#IGNORE} when it is not imported)
 * @param target      the same in words, e.g. "FST immobility at 24 h" or "animal"
 * @param note        why it is not imported or how it was understood, or null
 * @param fromMapping whether the mapping (rather than the header) decided
 */
public record ColumnLayout(int index, String letter, String header, ColumnRole role, String target, String note,
        boolean fromMapping) {
}
