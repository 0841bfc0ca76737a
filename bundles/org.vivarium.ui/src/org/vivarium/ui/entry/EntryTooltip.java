package org.vivarium.ui.entry;

import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.swt.widgets.Event;
import org.vivarium.core.entry.EntryRow;
import org.vivarium.core.entry.EntryText;
import org.vivarium.core.study.Labels;
import org.vivarium.core.validation.ValueRules;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;

/**
 * Tooltips of the entry grid: a value's state (invalid and why, censored, excluded and why, where it came from), the
 * valid range of an empty cell's measure, a measure's description, an inactive animal's status.
 */
final class EntryTooltip extends NatTableContentTooltip {

    private final EntryGrid grid;

    EntryTooltip(EntryGrid grid) {
        super(grid.table(), GridRegion.BODY, GridRegion.COLUMN_HEADER, GridRegion.ROW_HEADER);
        this.grid = grid;
        setPopupDelay(400);
    }

    @Override
    protected String getText(Event event) {
        int column = natTable.getColumnPositionByX(event.x);
        int row = natTable.getRowPositionByY(event.y);
        ILayerCell cell = natTable.getCellByPosition(column, row);
        if (cell == null) {
            return null;
        }
        LabelStack regions = natTable.getRegionLabelsByXY(event.x, event.y);
        if (regions == null) {
            return null;
        }
        if (regions.hasLabel(GridRegion.BODY)) {
            Measurement m = grid.sheet().measurement(cell.getRowIndex(), cell.getColumnIndex());
            return m == null ? expected(grid.sheet().measure(cell.getColumnIndex())) : EntryText.describe(m);
        }
        if (regions.hasLabel(GridRegion.COLUMN_HEADER)) {
            MeasureDefinition m = grid.sheet().measure(cell.getColumnIndex());
            return (m.getDescription() == null ? "" : m.getDescription() + "\n") + expected(m);
        }
        if (regions.hasLabel(GridRegion.ROW_HEADER)) {
            EntryRow r = grid.sheet().row(cell.getRowIndex());
            return r.status().isEmpty() ? null : r.name() + " is " + r.status() + ": its values stay for the record";
        }
        return null;
    }

    private static String expected(MeasureDefinition m) {
        String text = "Valid: " + ValueRules.range(m);
        if (m.getCensoringCutoff() != null) {
            String cutoff = Labels.number(m.getCensoringCutoff());
            text += "; cutoff " + cutoff + " (type " + cutoff
                    + " or press Ctrl+Shift+C for an animal that did not respond in time)";
        }
        return text;
    }
}
