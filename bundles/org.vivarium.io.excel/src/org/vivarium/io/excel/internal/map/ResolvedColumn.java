package org.vivarium.io.excel.internal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping.NewMeasure;
import org.vivarium.io.excel.internal.read.CellRefs;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;

/** What one column of a sheet was found (or told) to hold. */
public final class ResolvedColumn {

    public final int index;
    public final String header;
    public ColumnRole role = ColumnRole.IGNORE;
    /** The measures a MEASURE (or CENSORED) column may hold; one unless assays share the name. */
    public final List<MeasureDefinition> measures = new ArrayList<>(1);
    /** The measure as the mapping names it, when it does not exist yet ("ASSAY.name"). */
    public String measureRef;
    /** The assay a measure column is restricted to, or null. */
    public AssayDefinition assay;
    public NewMeasure create;
    /** Unit the values are written in, or null for the measure's own unit. */
    public String unit;
    /** Time since dose of the column's values, or null. */
    public Double hours;
    /** Session of the column's values, or null. */
    public String session;
    /** Replacements of cell texts. */
    public Map<String, String> values = Map.of();
    /** 2 for strong header words, 1 for weak ones, 3 when the mapping says so. */
    public int strength;
    public boolean fromMapping;
    /** Why the column is not imported, or how it was understood (for the wizard). */
    public String note;

    public ResolvedColumn(int index, String header) {
        this.index = index;
        this.header = header == null ? "" : header;
    }

    public String letter() {
        return CellRefs.column(index);
    }

    /** "column C 'Immobility (s)'" for messages. */
    public String describe() {
        return header.isBlank() ? "column " + letter() : "column " + letter() + " " + Names.quote(header);
    }

    /** What the column holds, for people: "FST immobility at 24 h", "animal". */
    public String target() {
        if (role == ColumnRole.MEASURE) {
            String what = measures.isEmpty() ? measureRef : measures.size() == 1 ? Describe.measure(measures.get(0))
                    : Describe.measure(measures.get(0)) + " (or " + (measures.size() - 1) + " other assay"
                            + (measures.size() > 2 ? "s" : "") + ")";
            return what + (hours == null ? "" : " at " + org.vivarium.core.study.Time.sinceDose(hours))
                    + (session == null ? "" : " in session " + session) + (unit == null ? "" : ", written in " + unit);
        }
        return role.label().toLowerCase(java.util.Locale.ROOT);
    }
}
