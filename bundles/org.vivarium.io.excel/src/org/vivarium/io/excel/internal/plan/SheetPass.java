package org.vivarium.io.excel.internal.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.ResolvedColumn;
import org.vivarium.io.excel.internal.map.Timepoints;
import org.vivarium.io.excel.internal.read.CellRefs;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.RowSink;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;

/**
 * One pass over the data rows of a sheet: for each row, skips blank, filtered and summary rows, finds the animal or
 * cage, reads every value, finds its session, checks it, and plans the new measurement. Nothing in the study
 * changes; problems are collected by cell.
 */
final class SheetPass implements RowSink {

    /** One value cell of a row and what it may be a value of. */
    record ValueCell(int column, CellValue cell, List<MeasureDefinition> measures, String unit, Double hours,
            String session) {
    }

    private final PlanContext context;
    private final Layout layout;
    private final SheetCounts counts;
    private final RowCells cells;
    private final Subjects subjects;
    private final Values values;
    private final Merges merges;
    private final SheetDefaults defaults;
    private final List<ResolvedColumn> measureColumns;
    private final Map<ResolvedColumn, MeasureDefinition> createdMeasures = new IdentityHashMap<>();

    SheetPass(PlanContext context, Layout layout, int sheetOrder, SheetCounts counts) {
        this.context = context;
        this.layout = layout;
        this.counts = counts;
        this.cells = new RowCells(layout, context, sheetOrder);
        this.defaults = new SheetDefaults(context, layout, sheetOrder);
        this.subjects = new Subjects(context, cells, defaults.hint(), layout.sheet.name());
        this.values = new Values(context, layout, cells, counts);
        this.merges = new Merges(layout.merges, layout.dataStart());
        this.measureColumns = layout.columns(ColumnRole.MEASURE);
    }

    /** Whether the sheet-wide settings are usable (else its rows are not read). */
    boolean usable() {
        if (!defaults.usable()) {
            return false;
        }
        String why = Cells.controlCharacter(context.fileName + layout.sheet.name());
        if (why != null) { // each value's source names the file and sheet
            context.problems.add(layout.sheet.name(), defaults.order(), -1, -1, "the file or sheet name " + why);
        }
        return why == null;
    }

    @Override
    public boolean row(SheetRow raw) {
        if (raw.index() < layout.dataStart() || context.overLimit) {
            return !context.overLimit;
        }
        SheetRow row = merges.fill(raw);
        cells.start(row);
        counts.rows++;
        if (!where(row)) {
            counts.filteredRows++;
            return true;
        }
        if (!cells.controlFree()) {
            return true;
        }
        String animalText = cells.text(layout.column(ColumnRole.ANIMAL));
        String cageText = cells.text(layout.column(ColumnRole.CAGE));
        List<ValueCell> valueCells = valueCells(row);
        if (valueCells == null) {
            return true;
        }
        if (isSummary(row, animalText, cageText, valueCells)) {
            counts.summaryRows++;
            return true;
        }
        if (animalText == null && cageText == null) {
            if (valueCells.isEmpty()) {
                counts.otherRows++;
            } else {
                ResolvedColumn id = layout.column(ColumnRole.ANIMAL) != null ? layout.column(ColumnRole.ANIMAL)
                        : layout.column(ColumnRole.CAGE);
                cells.problem(id == null ? -1 : id.index, "the row has values but no animal" + (id == null ? ""
                        : " (" + CellRefs.cell(row.index(), id.index) + " is empty)"));
            }
            return true;
        }
        Subjects.Subject subject = subjects.resolve(animalText, cageText);
        if (subject == null) {
            return true;
        }
        if (valueCells.isEmpty()) {
            counts.rowsWithoutValues++;
            return true;
        }
        Double hours = rowHours();
        if (hours != null && hours.isNaN()) {
            return true;
        }
        String session = cells.text(layout.column(ColumnRole.SESSION));
        LocalDateTime date = cells.dateTime(ColumnRole.DATE);
        values.row(subject, valueCells, session != null ? session : defaults.session(),
                hours != null ? hours : defaults.hours(), date);
        if (context.added > context.options.maxValues()) {
            context.overLimit = true;
            cells.problem(-1, String.format("more than %,d values in one import; split the file",
                    context.options.maxValues()));
            return false;
        }
        return true;
    }

    private boolean where(SheetRow row) {
        for (Map.Entry<Integer, List<String>> w : layout.where.entrySet()) {
            CellValue v = row.get(w.getKey());
            String t = v == null ? "" : v.asText().strip();
            if (w.getValue().stream().noneMatch(x -> x.strip().equalsIgnoreCase(t))) {
                return false;
            }
        }
        return true;
    }

    /** The value cells of a row (wide columns, or the long layout's measure and value), or null after a problem. */
    private List<ValueCell> valueCells(SheetRow row) {
        List<ValueCell> list = new ArrayList<>(measureColumns.size() + 1);
        AssayDefinition rowAssay = rowAssay();
        if (rowAssay == null && cells.failed(ColumnRole.ASSAY)) {
            return null;
        }
        for (ResolvedColumn c : measureColumns) {
            CellValue v = row.get(c.index);
            if (v == null || v.kind() == CellValue.Kind.TEXT && v.text().isBlank() && v.hasValue()) {
                continue;
            }
            List<MeasureDefinition> measures = measures(c, rowAssay);
            if (measures != null) {
                list.add(new ValueCell(c.index, v, measures, c.unit, c.hours, c.session));
            }
        }
        ResolvedColumn name = layout.column(ColumnRole.MEASURE_NAME);
        ResolvedColumn value = layout.column(ColumnRole.VALUE);
        if (name != null && value != null) {
            String measureText = cells.text(name);
            CellValue v = row.get(value.index);
            if (measureText != null && v != null) {
                List<MeasureDefinition> measures = context.vocabulary.measures(
                        org.vivarium.io.excel.internal.map.HeaderText.parse(measureText).key(), rowAssay);
                if (measures.isEmpty()) {
                    cells.problem(name.index, "unknown measure " + Names.quote(measureText)
                            + (rowAssay == null ? "" : " of " + rowAssay.getCode() + " (its measures: " + String.join(
                                    ", ", rowAssay.getMeasures().stream().map(MeasureDefinition::getName).toList())
                                    + ")"));
                } else {
                    list.add(new ValueCell(value.index, v, measures, cells.text(layout.column(ColumnRole.UNIT)), null,
                            null));
                }
            }
        }
        return list;
    }

    private List<MeasureDefinition> measures(ResolvedColumn c, AssayDefinition rowAssay) {
        if (!c.measures.isEmpty()) {
            AssayDefinition restrict = c.assay != null ? c.assay : rowAssay;
            if (restrict == null || c.measures.size() == 1) {
                return c.measures;
            }
            List<MeasureDefinition> in = c.measures.stream().filter(m -> m.eContainer() == restrict).toList();
            return in.isEmpty() ? c.measures : in;
        }
        MeasureDefinition made = createdMeasures.get(c);
        if (made != null) {
            return List.of(made);
        }
        String ref = c.measureRef;
        int dot = ref.indexOf('.');
        AssayDefinition assay = c.assay != null ? c.assay : rowAssay;
        if (assay == null) {
            cells.problem(c.index, "the mapping adds measure '" + ref + "' but names no assay for it (write it as "
                    + "ASSAY.name, e.g. FST." + ref + ")");
            return null;
        }
        if (!context.options.create()) {
            cells.problem(c.index, "measure " + assay.getCode() + "." + (dot > 0 ? ref.substring(dot + 1) : ref)
                    + " does not exist; the mapping defines it, use the create option to add it");
            return null;
        }
        made = context.creations.measure(assay, dot > 0 ? ref.substring(dot + 1) : ref, c.create);
        context.vocabulary.add(assay, made);
        createdMeasures.put(c, made);
        return List.of(made);
    }

    private AssayDefinition rowAssay() {
        String text = cells.text(layout.column(ColumnRole.ASSAY));
        if (text == null) {
            return defaults.assay();
        }
        AssayDefinition a = context.vocabulary.assay(Names.key(text));
        if (a == null) {
            cells.problem(ColumnRole.ASSAY, "unknown assay " + Names.quote(text) + " (the study's assays: "
                    + String.join(", ", context.study.getAssays().stream().map(AssayDefinition::getCode).toList())
                    + ")");
        }
        return a;
    }

    /** The row's time since dose, null if none, NaN after a problem. */
    private Double rowHours() {
        ResolvedColumn c = layout.column(ColumnRole.TIMEPOINT);
        CellValue v = cells.cell(c);
        if (v == null) {
            return null;
        }
        Double h = null;
        if (v.kind() == CellValue.Kind.NUMBER) {
            h = Timepoints.of(v.number(), c.unit);
        } else {
            String t = cells.text(c);
            h = Timepoints.parse(t);
            if (h == null) {
                Double n = context.cells.parse(t);
                h = n == null ? null : Timepoints.of(n, c.unit);
            }
        }
        if (h == null) {
            cells.problem(c.index, Names.quote(v.asText()) + " is not a time since dose (e.g. 24 h, 1 wk, or a "
                    + "number of hours)");
            return Double.NaN;
        }
        return h;
    }

    private boolean isSummary(SheetRow row, String animalText, String cageText, List<ValueCell> valueCells) {
        if (animalText != null && !context.index.animals(animalText, false).isEmpty()) {
            return false;
        }
        if (SummaryRows.isLabel(animalText) || SummaryRows.isLabel(cageText)) {
            return true;
        }
        if (animalText == null && cageText == null) {
            for (ValueCell v : valueCells) {
                if (SummaryRows.isAggregate(v.cell())) {
                    return true;
                }
            }
        }
        for (ResolvedColumn c : layout.columns) {
            if (c.role != ColumnRole.MEASURE && c.role != ColumnRole.VALUE) {
                CellValue v = row.get(c.index);
                if (v != null && v.kind() == CellValue.Kind.TEXT && SummaryRows.isLabel(v.text())
                        && (animalText == null || SummaryRows.isLabel(animalText))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Used by {@link Values} to know the unit a value belongs to. */
    static EObject unit(Subjects.Subject s) {
        return s.animal() != null ? s.animal() : s.cage();
    }

    /** Used when the sheet has a default session. */
    AssaySession hint() {
        return defaults.hint();
    }
}
