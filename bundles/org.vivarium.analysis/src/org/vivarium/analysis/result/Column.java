package org.vivarium.analysis.result;

import java.util.Objects;

/**
 * A column of a {@link ResultTable}.
 *
 * @param name stable machine name (used as JSON/CSV header), e.g. {@code mean}
 * @param label header shown to people, e.g. {@code Mean}
 * @param type whether cells are numbers or text
 * @param unit unit of numeric cells (e.g. {@code s}), or empty
 */
public record Column(String name, String label, Type type, String unit) {

    /** Cell type of a column. */
    public enum Type {
        /** Cells are {@link String}s (or null). */
        TEXT,
        /** Cells are {@link Double}s (or null where not applicable); always finite. */
        NUMBER,
        /** Cells are {@link Integer}s (counts). */
        COUNT,
        /** Cells are p-values ({@link Double} in [0, 1]); views may format them specially. */
        P_VALUE
    }

    public Column {
        Objects.requireNonNull(name, "name");
        label = label == null ? name : label;
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
    }

    public static Column text(String name, String label) {
        return new Column(name, label, Type.TEXT, "");
    }

    public static Column number(String name, String label, String unit) {
        return new Column(name, label, Type.NUMBER, unit);
    }

    public static Column count(String name, String label) {
        return new Column(name, label, Type.COUNT, "");
    }

    public static Column p(String name, String label) {
        return new Column(name, label, Type.P_VALUE, "");
    }
}
