package org.vivarium.io.excel.internal.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.io.excel.internal.read.CellRange;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.SheetRow;

/** Copies the value of a cell merged down over several data rows (e.g. a group label) into each of those rows. */
final class Merges {

    private final List<CellRange> vertical = new ArrayList<>();
    private final Map<CellRange, CellValue> values = new IdentityHashMap<>();

    Merges(List<CellRange> merges, int dataStart) {
        for (CellRange m : merges) {
            if (m.lastRow() > m.firstRow() && m.lastRow() >= dataStart) {
                vertical.add(m);
            }
        }
    }

    SheetRow fill(SheetRow row) {
        if (vertical.isEmpty()) {
            return row;
        }
        CellValue[] cells = null;
        for (CellRange m : vertical) {
            int r = row.index();
            if (r == m.firstRow()) {
                CellValue v = row.get(m.firstColumn());
                if (v != null) {
                    values.put(m, v);
                }
            } else if (r > m.firstRow() && r <= m.lastRow() && row.get(m.firstColumn()) == null
                    && values.containsKey(m)) {
                if (cells == null) {
                    cells = row.cells();
                    if (cells.length <= m.firstColumn()) {
                        cells = java.util.Arrays.copyOf(cells, m.firstColumn() + 1);
                    }
                } else if (cells.length <= m.firstColumn()) {
                    cells = java.util.Arrays.copyOf(cells, m.firstColumn() + 1);
                }
                cells[m.firstColumn()] = values.get(m).inColumn(m.firstColumn());
            }
        }
        return cells == null ? row : row.with(cells);
    }
}
