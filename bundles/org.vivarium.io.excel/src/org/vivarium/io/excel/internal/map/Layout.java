package org.vivarium.io.excel.internal.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.read.CellRange;
import org.vivarium.io.excel.internal.read.SheetInfo;

/** The detected shape of a sheet: header rows, data start, columns and sheet-wide defaults. */
public final class Layout {

    /** A problem of the layout: 0-based row and column, or -1. */
    public record Issue(int row, int column, String message) {
    }

    public final SheetInfo sheet;
    /** 0-based first and last header row; -1 when no header was found. */
    public int firstHeaderRow = -1;
    public int headerRow = -1;
    public final List<ResolvedColumn> columns = new ArrayList<>();
    /** Values for every row (from the mapping, the rows above the header, or the sheet name). */
    public final Map<ColumnRole, String> defaults = new EnumMap<>(ColumnRole.class);
    /** Where each default came from ("mapping", "B3", "sheet name"). */
    public final Map<ColumnRole, String> defaultOrigins = new EnumMap<>(ColumnRole.class);
    /** The study named above the header (templates), or null. */
    public String study;
    /** Only rows whose cell in a column is one of the values are imported. */
    public final Map<Integer, List<String>> where = new java.util.LinkedHashMap<>();
    public final List<CellRange> merges = new ArrayList<>();
    public final List<Issue> issues = new ArrayList<>();
    /** Where the rows came from when they were not read from this sheet (behaviour exports), else null. */
    public RowOrigins origins;
    /** Columns by role, built once the layout is final (see {@link #seal()}). */
    private Map<ColumnRole, List<ResolvedColumn>> byRole;

    public Layout(SheetInfo sheet) {
        this.sheet = sheet;
    }

    public boolean recognised() {
        return headerRow >= 0;
    }

    public int dataStart() {
        return headerRow + 1;
    }

    public void issue(int row, int column, String message) {
        issues.add(new Issue(row, column, message));
    }

    /** Marks the layout final: column roles no longer change, and look-ups by role are indexed. */
    public void seal() {
        Map<ColumnRole, List<ResolvedColumn>> m = new EnumMap<>(ColumnRole.class);
        for (ColumnRole r : ColumnRole.values()) {
            m.put(r, List.copyOf(scan(r)));
        }
        byRole = m;
    }

    /** The first column with a role, or null. */
    public ResolvedColumn column(ColumnRole role) {
        List<ResolvedColumn> all = columns(role);
        return all.isEmpty() ? null : all.get(0);
    }

    /** All columns with a role. */
    public List<ResolvedColumn> columns(ColumnRole role) {
        return byRole != null ? byRole.get(role) : scan(role);
    }

    private List<ResolvedColumn> scan(ColumnRole role) {
        List<ResolvedColumn> list = new ArrayList<>();
        for (ResolvedColumn c : columns) {
            if (c.role == role) {
                list.add(c);
            }
        }
        return list;
    }
}
