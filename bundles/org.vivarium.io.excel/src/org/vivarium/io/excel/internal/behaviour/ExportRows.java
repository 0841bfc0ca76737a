package org.vivarium.io.excel.internal.behaviour;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.ResolvedColumn;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;

/**
 * The values of behaviour exports as the rows of a long layout (animal, session, assay, date, measure, value, unit,
 * censored) for the plan lab sheets use, with their origins: each value's source names its file, sheet and track,
 * and problems point at the cell of the export that names the animal.
 */
public final class ExportRows implements RowOrigins {

    private static final ColumnRole[] ROLES = {ColumnRole.ANIMAL, ColumnRole.SESSION, ColumnRole.ASSAY,
        ColumnRole.DATE, ColumnRole.MEASURE_NAME, ColumnRole.VALUE, ColumnRole.UNIT, ColumnRole.CENSORED};

    private final List<ExportRow> rows;
    private final Layout layout;
    private final boolean dates;

    /**
     * @param dates whether the trial dates go to the plan: only when the import may create sessions (they date
     *              them); otherwise they are not needed, and a date the export writes in the locale's order, such as
     *              an American 10/5/2026, would be refused as ambiguous for nothing
     */
    public ExportRows(List<ExportRow> rows, ImportMapping mapping, String name, boolean dates) {
        this.rows = rows;
        this.dates = dates;
        this.layout = new Layout(new SheetInfo(name, 0, false));
        layout.headerRow = 0;
        for (int i = 0; i < ROLES.length; i++) {
            ResolvedColumn c = new ResolvedColumn(i, ROLES[i].label());
            c.role = ROLES[i];
            layout.columns.add(c);
        }
        for (ImportMapping.ColumnSpec spec : mapping.columns()) {
            if (spec.role() == ColumnRole.ANIMAL && !spec.values().isEmpty()) {
                layout.columns.get(0).values = spec.values();
            }
        }
        for (Map.Entry<ColumnRole, String> d : mapping.defaults().entrySet()) {
            layout.defaults.put(d.getKey(), d.getValue());
            layout.defaultOrigins.put(d.getKey(), "mapping");
        }
        layout.origins = this;
        layout.seal();
    }

    public Layout layout() {
        return layout;
    }

    /** The rows (made as they are read; index 0 is the header, which the plan skips). */
    public List<SheetRow> sheetRows() {
        return new AbstractList<>() {
            @Override
            public SheetRow get(int i) {
                return i == 0 ? new SheetRow(0, new CellValue[0]) : row(i, rows.get(i - 1));
            }

            @Override
            public int size() {
                return rows.size() + 1;
            }
        };
    }

    private SheetRow row(int index, ExportRow r) {
        CellValue[] cells = new CellValue[ROLES.length];
        cells[0] = CellValue.text(0, r.animal());
        cells[1] = r.session() == null ? null : CellValue.text(1, r.session());
        cells[2] = r.assay() == null ? null : CellValue.text(2, r.assay());
        cells[3] = r.date() == null || !dates ? null : CellValue.text(3, r.date());
        cells[4] = CellValue.text(4, r.measure());
        cells[5] = CellValue.number(5, r.value(), CellValue.NumberFormat.PLAIN);
        cells[6] = r.unit() == null || r.unit().isBlank() ? null : CellValue.text(6, r.unit());
        cells[7] = r.censored() ? CellValue.text(7, "yes") : null;
        return new SheetRow(index, cells);
    }

    private ExportRow of(int row) {
        return rows.get(row - 1);
    }

    @Override
    public String source(int row) {
        return of(row).source();
    }

    @Override
    public Location at(int row, int column) {
        return of(row).at();
    }

    @Override
    public String describe(int row) {
        return of(row).source();
    }

    @Override
    public String scoring(int row) {
        return of(row).scoring();
    }

    @Override
    public double[] window(int row) {
        Target.Window w = of(row).window();
        return w == null ? null : new double[] {w.from(), w.to()};
    }
}
