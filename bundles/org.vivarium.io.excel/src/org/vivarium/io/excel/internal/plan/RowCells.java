package org.vivarium.io.excel.internal.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.ResolvedColumn;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ExcelDates;
import org.vivarium.io.excel.internal.read.SheetRow;

/**
 * The cells of the current row by role, as text after the mapping's value replacements, falling back to the sheet's
 * defaults; and problems located at the cell they are about (each message once per row).
 */
final class RowCells {

    private final Layout layout;
    private final PlanContext context;
    private final int sheetOrder;
    private SheetRow row;
    private final Set<String> messages = new HashSet<>();
    /** Problems reported at places in other files (rows with origins), across rows. */
    private final Set<String> located = new HashSet<>();
    private final Set<ColumnRole> failed = EnumSet.noneOf(ColumnRole.class);

    RowCells(Layout layout, PlanContext context, int sheetOrder) {
        this.layout = layout;
        this.context = context;
        this.sheetOrder = sheetOrder;
    }

    void start(SheetRow r) {
        this.row = r;
        messages.clear();
        failed.clear();
    }

    SheetRow row() {
        return row;
    }

    CellValue cell(ResolvedColumn c) {
        return c == null ? null : row.get(c.index);
    }

    /** The text of the role's column, or the sheet's default for the role, or null. */
    String text(ColumnRole role) {
        ResolvedColumn c = layout.column(role);
        String t = c == null ? null : text(c);
        return t != null ? t : layout.defaults.get(role);
    }

    /** The text of a cell after value replacements, or null when blank. */
    String text(ResolvedColumn c) {
        CellValue v = cell(c);
        if (v == null) {
            return null;
        }
        String t;
        if (v.kind() == CellValue.Kind.NUMBER && v.numberFormat() == CellValue.NumberFormat.DATE) {
            t = ExcelDates.text(v.number());
        } else {
            t = v.asText();
        }
        if (t == null || t.isBlank()) {
            return null;
        }
        t = t.strip();
        if (c.values.isEmpty()) {
            return t;
        }
        for (Map.Entry<String, String> e : c.values.entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(t) || Names.key(e.getKey()).equals(Names.key(t))
                    && !Names.key(t).isEmpty()) {
                return e.getValue();
            }
        }
        return t;
    }

    /**
     * Whether the row's cells in columns that are read hold no control character (which a study file cannot store);
     * reports each one that does.
     */
    boolean controlFree() {
        boolean free = true;
        for (ResolvedColumn c : layout.columns) {
            CellValue v = c.role == ColumnRole.IGNORE ? null : row.get(c.index);
            String why = v == null || v.kind() != CellValue.Kind.TEXT ? null : Cells.controlCharacter(v.text());
            if (why != null) {
                problem(c.index, why);
                free = false;
            }
        }
        return free;
    }

    /** The date of the role's column or default; null when blank or (after reporting it) unreadable. */
    LocalDate date(ColumnRole role) {
        LocalDateTime t = dateTime(role);
        return t == null ? null : t.toLocalDate();
    }

    LocalDateTime dateTime(ColumnRole role) {
        ResolvedColumn c = layout.column(role);
        CellValue v = cell(c);
        try {
            if (v != null && !(v.kind() == CellValue.Kind.TEXT && v.text().isBlank())) {
                return Cells.date(v);
            }
            String d = layout.defaults.get(role);
            return d == null ? null : Cells.date(CellValue.text(0, d));
        } catch (IllegalArgumentException e) {
            failed.add(role);
            problem(role, e.getMessage());
            return null;
        }
    }

    /** Whether reading the role's cell reported a problem. */
    boolean failed(ColumnRole role) {
        return failed.contains(role);
    }

    /** A problem at the role's cell (or at the row, when the value came from a default). */
    void problem(ColumnRole role, String message) {
        ResolvedColumn c = layout.column(role);
        problem(c == null || row.get(c.index) == null ? -1 : c.index, message);
    }

    /** A problem at a cell of the row (column -1: the row itself), once per row and message. */
    void problem(int column, String message) {
        if (!messages.add(message)) {
            return;
        }
        if (layout.origins != null) {
            RowOrigins.Location at = layout.origins.at(row.index(), column);
            if (!located.add(at + message)) {
                return; // several values of one track share their location: say it once
            }
            // in the order of the rows (and so of their files), not of their places in different files
            context.problems.add(at.file(), at.sheet(), row.index(), at.row(), at.column(), message);
        } else {
            context.problems.add(layout.sheet.name(), sheetOrder, row.index(), column, message);
        }
    }
}
