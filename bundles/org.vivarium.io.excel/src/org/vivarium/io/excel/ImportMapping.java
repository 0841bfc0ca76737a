package org.vivarium.io.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the columns of a sheet map onto a study: what the automatic detection found, corrected by a mapping file or by
 * the import wizard. Immutable; the {@code with...} methods return changed copies. Stored as JSON by
 * {@link MappingFiles} (the format is documented in the README).
 *
 * @param sheet      the sheet to import by default, or null
 * @param headerRow  the 1-based row of the (last) header row, or null to detect it
 * @param autoDetect whether columns the mapping does not list are detected from their headers
 * @param defaults   values for every row when the sheet has no such column (assay, session, timepoint, date,
 *                   cohort, arm, sex, strain)
 * @param columns    column settings, each naming its column by header text or by letter
 * @param where      only rows whose cell in the named column (by header) is one of the values are imported
 * @param missing    extra cell texts that mean "no value" (NA, n/a, -, empty are always recognised)
 */
public record ImportMapping(String sheet, Integer headerRow, boolean autoDetect, Map<ColumnRole, String> defaults,
        List<ColumnSpec> columns, Map<String, List<String>> where, Set<String> missing) {

    /** Detect everything from the sheet. */
    public static final ImportMapping AUTOMATIC = new ImportMapping(null, null, true, Map.of(), List.of(), Map.of(),
            Set.of());

    /** Roles that may have a default. */
    public static final Set<ColumnRole> DEFAULTABLE = Set.of(ColumnRole.ASSAY, ColumnRole.SESSION,
            ColumnRole.TIMEPOINT, ColumnRole.DATE, ColumnRole.COHORT, ColumnRole.ARM, ColumnRole.SEX,
            ColumnRole.STRAIN);

    public ImportMapping {
        defaults = defaults.isEmpty() ? Map.of() : new EnumMap<>(defaults);
        columns = List.copyOf(columns);
        where = new LinkedHashMap<>(where);
        missing = new LinkedHashSet<>(missing);
    }

    /**
     * The settings of one column.
     *
     * @param header     the header text it applies to (matched ignoring case, spacing and punctuation), or null
     * @param column     the column letter it applies to (e.g. "E"), or null
     * @param role       what the column holds
     * @param measure    for {@link ColumnRole#MEASURE} (and optionally {@link ColumnRole#CENSORED}): the measure, as
     *                   "ASSAY.name" or just "name"
     * @param unit       the unit the values are written in (converted to the measure's unit), or null
     * @param timepoint  the time since dose of this column's values (wide layouts per timepoint), or null
     * @param session    the session of this column's values, or null
     * @param create     a measure to add to the study when it does not exist (only with the create option)
     * @param values     replacements of cell texts before they are interpreted (e.g. "Control" → "VEH")
     */
    public record ColumnSpec(String header, String column, ColumnRole role, String measure, String unit,
            String timepoint, String session, NewMeasure create, Map<String, String> values) {

        public ColumnSpec {
            values = values == null ? Map.of() : new LinkedHashMap<>(values);
        }

        /** A column found by its header with just a role. */
        public static ColumnSpec header(String header, ColumnRole role) {
            return new ColumnSpec(header, null, role, null, null, null, null, null, Map.of());
        }

        /** A column of values of one measure, found by its header. */
        public static ColumnSpec measure(String header, String measure) {
            return new ColumnSpec(header, null, ColumnRole.MEASURE, measure, null, null, null, null, Map.of());
        }

        public ColumnSpec withUnit(String u) {
            return new ColumnSpec(header, column, role, measure, u, timepoint, session, create, values);
        }

        public ColumnSpec withTimepoint(String t) {
            return new ColumnSpec(header, column, role, measure, unit, t, session, create, values);
        }

        public ColumnSpec withCreate(NewMeasure m) {
            return new ColumnSpec(header, column, role, measure, unit, timepoint, session, m, values);
        }

        public ColumnSpec withValues(Map<String, String> v) {
            return new ColumnSpec(header, column, role, measure, unit, timepoint, session, create, v);
        }

        /** How the column is named in messages. */
        public String describe() {
            return header != null ? "'" + header + "'" : "column " + column;
        }
    }

    /**
     * A measure an import may add to an assay (with the create option).
     *
     * @param label           display label (default: the name)
     * @param unit            unit
     * @param minimum         smallest valid value, or null
     * @param maximum         largest valid value, or null
     * @param censoringCutoff right-censoring cutoff, or null
     */
    public record NewMeasure(String label, String unit, Double minimum, Double maximum, Double censoringCutoff) {
    }

    public ImportMapping withSheet(String name) {
        return new ImportMapping(name, headerRow, autoDetect, defaults, columns, where, missing);
    }

    public ImportMapping withHeaderRow(Integer row) {
        return new ImportMapping(sheet, row, autoDetect, defaults, columns, where, missing);
    }

    public ImportMapping withAutoDetect(boolean on) {
        return new ImportMapping(sheet, headerRow, on, defaults, columns, where, missing);
    }

    public ImportMapping withDefault(ColumnRole role, String value) {
        if (!DEFAULTABLE.contains(role)) {
            throw new IllegalArgumentException(role.id() + " cannot have a default");
        }
        Map<ColumnRole, String> d = new EnumMap<>(ColumnRole.class);
        d.putAll(defaults);
        if (value == null) {
            d.remove(role);
        } else {
            d.put(role, value);
        }
        return new ImportMapping(sheet, headerRow, autoDetect, d, columns, where, missing);
    }

    /** Adds or replaces the settings of a column (matched by header text or letter). */
    public ImportMapping withColumn(ColumnSpec spec) {
        List<ColumnSpec> list = new ArrayList<>();
        for (ColumnSpec c : columns) {
            boolean same = spec.header() != null && spec.header().equalsIgnoreCase(c.header())
                    || spec.column() != null && spec.column().equalsIgnoreCase(c.column());
            if (!same) {
                list.add(c);
            }
        }
        list.add(spec);
        return new ImportMapping(sheet, headerRow, autoDetect, defaults, list, where, missing);
    }

    public ImportMapping withWhere(String header, List<String> values) {
        Map<String, List<String>> w = new LinkedHashMap<>(where);
        w.put(header, List.copyOf(values));
        return new ImportMapping(sheet, headerRow, autoDetect, defaults, columns, w, missing);
    }

    public ImportMapping withMissing(Set<String> markers) {
        return new ImportMapping(sheet, headerRow, autoDetect, defaults, columns, where, markers);
    }
}
