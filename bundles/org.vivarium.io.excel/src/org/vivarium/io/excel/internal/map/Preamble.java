package org.vivarium.io.excel.internal.map;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.read.CellRefs;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.SheetRow;

/**
 * Settings written above the header as "Label: value" (in one cell, or a "Label:" cell followed by the value), e.g.
 * "Session: FST 24 h", "Assay: FST", "Time since dose: 24 h", "Study: KET-BCI-01". Vivarium's entry templates write
 * them; many lab sheets have them too.
 */
final class Preamble {

    private static final Pattern LABEL = Pattern.compile("^\\s*([^:]{1,40}):\\s*(.*)$", Pattern.DOTALL);

    private Preamble() {
    }

    /** Whether most text cells of a row are "Label:" cells (such a row is not a header). */
    static boolean isPreambleRow(SheetRow row) {
        int text = 0;
        int labels = 0;
        for (int c = 0; c < row.width(); c++) {
            CellValue v = row.get(c);
            if (v != null && v.kind() == CellValue.Kind.TEXT && !v.text().isBlank()) {
                text++;
                if (LABEL.matcher(v.text()).matches()) {
                    labels++;
                }
            }
        }
        return labels > 0 && labels * 2 >= text;
    }

    /** Reads the settings of the rows above the header into the layout's defaults (keeping existing ones). */
    static void read(List<SheetRow> rows, Layout layout) {
        for (SheetRow row : rows) {
            if (row.index() >= layout.firstHeaderRow) {
                break;
            }
            for (int c = 0; c < row.width(); c++) {
                CellValue v = row.get(c);
                if (v == null || v.kind() != CellValue.Kind.TEXT) {
                    continue;
                }
                Matcher m = LABEL.matcher(v.text());
                if (!m.matches()) {
                    continue;
                }
                String value = m.group(2).strip();
                int valueColumn = c;
                if (value.isEmpty()) {
                    for (int d = c + 1; d < row.width(); d++) {
                        if (row.get(d) != null) {
                            value = valueText(row.get(d));
                            valueColumn = d;
                            break;
                        }
                    }
                }
                if (!value.isEmpty()) {
                    setting(layout, m.group(1), value, CellRefs.cell(row.index(), valueColumn));
                }
            }
        }
    }

    private static void setting(Layout layout, String label, String value, String where) {
        String key = Names.key(label);
        if (key.equals("study") || key.equals("studyid")) {
            layout.study = value;
            return;
        }
        RoleWords.Match m = RoleWords.of(key);
        if (m == null) {
            return;
        }
        ColumnRole role = m.role();
        if (role == ColumnRole.SESSION || role == ColumnRole.ASSAY || role == ColumnRole.TIMEPOINT
                || role == ColumnRole.DATE || role == ColumnRole.COHORT) {
            if (!layout.defaults.containsKey(role)) {
                layout.defaults.put(role, value);
                layout.defaultOrigins.put(role, where);
            }
        }
    }

    private static String valueText(CellValue v) {
        if (v.kind() == CellValue.Kind.NUMBER && v.numberFormat() == CellValue.NumberFormat.DATE) {
            return org.vivarium.io.excel.internal.read.ExcelDates.text(Math.floor(v.number()));
        }
        String s = v.asText();
        return s == null ? "" : s.strip();
    }
}
