package org.vivarium.io.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vivarium.core.study.Time;
import org.vivarium.io.excel.ImportMapping.ColumnSpec;
import org.vivarium.io.excel.internal.map.Describe;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.ResolvedColumn;

/**
 * The detected layout of a sheet: its header row(s), what each column holds, and the settings that hold for the
 * whole sheet (session, assay, timepoint, from the mapping, the "Label: value" rows above the header or the sheet
 * name). {@link #toMapping(ImportMapping)} turns it into a complete mapping that the wizard can edit and save.
 */
public final class SheetLayout {

    private final String file;
    private final Layout layout;

    SheetLayout(String file, Layout layout) {
        this.file = file;
        this.layout = layout;
    }

    Layout internal() {
        return layout;
    }

    public String sheet() {
        return layout.sheet.name();
    }

    /** Whether a header was found. */
    public boolean recognised() {
        return layout.recognised();
    }

    /** 1-based number of the (last) header row, or 0 when none was found. */
    public int headerRow() {
        return layout.headerRow + 1;
    }

    /** 1-based number of the first header row (one less than {@link #headerRow()} for two-row headers), or 0. */
    public int firstHeaderRow() {
        return layout.firstHeaderRow + 1;
    }

    public List<ColumnLayout> columns() {
        List<ColumnLayout> list = new ArrayList<>();
        for (ResolvedColumn c : layout.columns) {
            list.add(new ColumnLayout(c.index, c.letter(), c.header, c.role, c.role == ColumnRole.IGNORE ? "not "
                    + "imported" : c.target(), c.note, c.fromMapping));
        }
        return list;
    }

    /** Values for every row and where each came from (e.g. SESSION → "FST 24 h"). */
    public Map<ColumnRole, String> defaults() {
        Map<ColumnRole, String> copy = new EnumMap<>(ColumnRole.class);
        copy.putAll(layout.defaults);
        return copy;
    }

    /** Problems of the layout itself (no header, two animal columns, a unit that does not convert, ...). */
    public List<ImportProblem> problems() {
        List<ImportProblem> list = new ArrayList<>();
        for (Layout.Issue i : layout.issues) {
            list.add(new ImportProblem(file, sheet(), i.row(), i.column(), i.message()));
        }
        return list;
    }

    /**
     * A mapping that states this layout explicitly: every column by header (or letter when it has none) with its
     * role, measure, unit and timepoint, plus the base mapping's defaults, filters and missing-value markers.
     */
    public ImportMapping toMapping(ImportMapping base) {
        ImportMapping m = new ImportMapping(sheet(), recognised() ? headerRow() : null, false, base.defaults(),
                List.of(), base.where(), base.missing());
        for (ResolvedColumn c : layout.columns) {
            String measure = c.measures.size() == 1 ? Describe.ref(c.measures.get(0))
                    : c.measureRef;
            ColumnSpec spec = new ColumnSpec(c.header.isBlank() ? null : c.header, c.header.isBlank() ? c.letter()
                    : null, c.role, c.role == ColumnRole.MEASURE || c.role == ColumnRole.CENSORED ? measure : null,
                    c.unit, c.hours == null ? null : Time.sinceDose(c.hours), c.session, c.create, c.values);
            m = m.withColumn(spec);
        }
        return m;
    }
}
