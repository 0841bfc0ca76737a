package org.vivarium.io.excel.internal.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.study.Labels;
import org.vivarium.core.validation.ValueRules;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Describe;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.ResolvedColumn;
import org.vivarium.io.excel.internal.read.CellRefs;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage;

/**
 * Checks and plans the values of one row: the measure and session of each, its number (converted to the measure's
 * unit), the valid range and censoring cutoff, censoring and exclusion flags, duplicates within the import and values
 * the study already has (equal: counted as present; different: a problem, never overwritten).
 */
final class Values {

    private record Duplicate(int column, long first, String what) {
    }

    private final PlanContext context;
    private final Layout layout;
    private final RowCells cells;
    private final SheetCounts counts;
    private final List<ResolvedColumn> censoredColumns;
    /** "file!sheet!" and the column letters, for measurement sources. */
    private final String sourcePrefix;
    private final String[] letters;

    Values(PlanContext context, Layout layout, RowCells cells, SheetCounts counts) {
        this.context = context;
        this.layout = layout;
        this.cells = cells;
        this.counts = counts;
        this.censoredColumns = layout.columns(ColumnRole.CENSORED);
        this.sourcePrefix = context.fileName + "!" + layout.sheet.name() + "!";
        this.letters = new String[layout.columns.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = CellRefs.column(i);
        }
    }

    void row(Subjects.Subject subject, List<SheetPass.ValueCell> valueCells, String session, Double hours,
            LocalDateTime date) {
        Boolean excluded = flag(layout.column(ColumnRole.EXCLUDED));
        String reason = cells.text(layout.column(ColumnRole.EXCLUSION_REASON));
        if (Boolean.TRUE.equals(excluded) && reason == null) {
            cells.problem(ColumnRole.EXCLUDED, "the value is excluded without a reason (add an Exclusion reason "
                    + "column; ARRIVE asks for every exclusion's reason)");
            return;
        }
        List<Duplicate> duplicates = new ArrayList<>();
        int planned = 0;
        for (SheetPass.ValueCell v : valueCells) {
            Target target = target(subject, v, session != null ? session : v.session(),
                    v.hours() != null ? v.hours() : hours, date);
            if (target == null) {
                continue;
            }
            MeasureDefinition m = target.measure();
            Cells.Num num = context.cells.number(v.cell(), v.unit(), m);
            if (num.missing()) {
                counts.missingValues++;
                continue;
            }
            if (num.problem() != null) {
                cells.problem(v.column(), num.problem());
                continue;
            }
            Boolean flag = censoredFlag(m);
            if (flag == null && cells.failed(ColumnRole.CENSORED)) {
                continue;
            }
            boolean censored = flag != null ? flag : num.censored() || ValueRules.reachesCutoff(m, num.value())
                    && num.value() == m.getCensoringCutoff();
            if (!check(v.column(), m, num.value(), censored)) {
                continue;
            }
            long first = context.mark(target.session(), target.unit(), m, cells.row().index(), v.column());
            planned++;
            if (first >= 0) {
                duplicates.add(new Duplicate(v.column(), first, Labels.of(target.unit()) + ", " + m.getName()
                        + " in session " + target.session().getName()));
                continue;
            }
            boolean stated = flag != null || num.censored();
            plan(target, v.column(), num.value(), censored, stated, Boolean.TRUE.equals(excluded) ? reason : null);
        }
        report(duplicates, planned);
    }

    private record Target(MeasureDefinition measure, AssaySession session, EObject unit) {
    }

    /** The measure, session and experimental unit of a value; null after reporting why there is none. */
    private Target target(Subjects.Subject subject, SheetPass.ValueCell v, String session, Double hours,
            LocalDateTime date) {
        List<Target> found = new ArrayList<>(1);
        String why = null;
        for (MeasureDefinition m : v.measures()) {
            AssayDefinition assay = context.creations.assayOf(m);
            EObject unit = unit(subject, assay);
            if (unit == null) {
                why = subject.animal() == null ? "the row names a cage, but " + Describe.measure(m)
                        + " is measured per animal" : Labels.of(subject.animal()) + " has no cage, but "
                                + assay.getCode() + " is measured per cage";
                continue;
            }
            SessionFinder.Found f = context.sessions.find(assay, unit, session, hours, date);
            if (f.session() != null) {
                found.add(new Target(m, f.session(), unit));
            } else if (why == null) {
                why = f.problem();
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        ColumnRole id = subject.animal() != null ? ColumnRole.ANIMAL : ColumnRole.CAGE;
        if (found.isEmpty()) {
            cells.problem(id, why);
        } else {
            cells.problem(v.column(), "the column could be " + String.join(" or ", found.stream()
                    .map(t -> Describe.measure(t.measure()) + " (session " + t.session().getName() + ")").toList())
                    + "; name the assay in the header (e.g. 'FST immobility') or in a mapping file");
        }
        return null;
    }

    private EObject unit(Subjects.Subject subject, AssayDefinition assay) {
        if (assay.getUnit() == ExperimentalUnit.CAGE) {
            return subject.cage() != null ? subject.cage() : subject.animal() == null ? null
                    : context.creations.housing(subject.animal());
        }
        return subject.animal();
    }

    /** The censored flag for a measure's value: from a censored column for it (or for all), else null. */
    private Boolean censoredFlag(MeasureDefinition m) {
        for (ResolvedColumn c : censoredColumns) {
            if (c.measures.isEmpty() || c.measures.contains(m)) {
                return flag(c);
            }
        }
        return null;
    }

    private Boolean flag(ResolvedColumn c) {
        CellValue v = cells.cell(c);
        if (v == null) {
            return null;
        }
        Boolean b = Cells.flag(v);
        if (b == null) {
            cells.problem(c.index, Names.quote(v.asText()) + " is not yes or no");
        }
        return b;
    }

    /** The checks shared with validation and data entry (valid range, censoring cutoff). */
    private boolean check(int column, MeasureDefinition m, double value, boolean censored) {
        Double min = m.getMinimum();
        Double max = m.getMaximum();
        Double cutoff = m.getCensoringCutoff();
        if (!Double.isNaN(value) && !Double.isInfinite(value) && (min == null || value >= min)
                && (max == null || value <= max) && (cutoff == null ? !censored : value <= cutoff)) {
            return true; // fine: skip building ValueRules' messages
        }
        String problem = ValueRules.check(m, value, censored);
        if (problem != null) {
            cells.problem(column, problem);
            return false;
        }
        return true;
    }

    /**
     * Plans a new measurement, or counts an equal one as present. Censoring and exclusion are compared only when the
     * sheet states them (a censored column or mark; an excluded column).
     */
    private void plan(Target t, int column, double value, boolean censored, boolean censoredStated, String reason) {
        if (layout.origins != null && !sameWindow(t.session(), layout.origins.window(cells.row().index()))) {
            return;
        }
        if (!context.creations.isNew(t.session()) && !context.creations.isNew(t.unit())) {
            Measurement old = context.index.existing(t.session(), t.unit(), t.measure());
            if (old != null) {
                boolean excludedStated = layout.column(ColumnRole.EXCLUDED) != null;
                if (same(old.getValue(), value) && (!censoredStated && !censored || old.isCensored() == censored)
                        && (!excludedStated || old.isExcluded() == (reason != null))) {
                    counts.present++;
                    context.present++;
                } else {
                    cells.problem(column, "would change the recorded " + t.measure().getName() + " of "
                            + Labels.of(t.unit()) + " in session " + t.session().getName() + " from "
                            + shown(old.getValue(), old.isCensored(), old.isExcluded(), t.measure()) + " to "
                            + shown(value, censored, reason != null, t.measure()) + "; an import never overwrites "
                            + "recorded values (correct them in the workbench)");
                }
                return;
            }
        }
        Measurement x = VivariumFactory.eINSTANCE.createMeasurement();
        if (t.unit() instanceof org.vivarium.model.Animal a) {
            x.setAnimal(a);
        } else {
            x.setCage((org.vivarium.model.Cage) t.unit());
        }
        x.setMeasure(t.measure());
        x.setValue(value);
        x.setCensored(censored);
        x.setExcluded(reason != null);
        x.setExclusionReason(reason);
        if (layout.origins != null) {
            x.setSource(layout.origins.source(cells.row().index()));
            context.scorings.note(t.session(), layout.origins.scoring(cells.row().index()));
        } else {
            x.setSource(sourcePrefix + (column < letters.length ? letters[column] : CellRefs.column(column))
                    + (cells.row().index() + 1));
        }
        if (context.creations.isNew(t.session())) {
            t.session().getMeasurements().add(x);
        } else {
            context.changes.append(t.session(), VivariumPackage.Literals.ASSAY_SESSION__MEASUREMENTS, x);
        }
        counts.added++;
        context.added++;
    }

    /**
     * Whether a value computed over a window (behaviour exports) was computed over the session's own window, when the
     * session sets one; reports it when not (the session was found only after the track was read).
     */
    private boolean sameWindow(AssaySession s, double[] w) {
        Double from = s.getAnalysisStartSeconds();
        Double to = s.getAnalysisEndSeconds();
        if (w == null || (from == null || same(from, w[0])) && (to == null || same(to, w[1]))) {
            return true;
        }
        String own = (from == null ? "" : n(from)) + "-" + (to == null ? "" : n(to));
        String used = n(w[0]) + "-" + (Double.isInfinite(w[1]) ? "end" : n(w[1]));
        cells.problem(-1, "session " + s.getName() + " is scored over its own window (" + own + " s of trial time), "
                + "but this export was read with " + used + " s because the session was not known while reading: "
                + "name it in the mapping's defaults (\"session\": \"" + s.getName() + "\") or in the export");
        return false;
    }

    private static String n(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String shown(double v, boolean censored, boolean excluded, MeasureDefinition m) {
        return Describe.value(v, m) + (censored ? " (censored)" : "") + (excluded ? " (excluded)" : "");
    }

    private void report(List<Duplicate> duplicates, int planned) {
        if (duplicates.isEmpty()) {
            return;
        }
        long firstRow = duplicates.get(0).first() >> 16;
        boolean wholeRow = duplicates.size() == planned
                && duplicates.stream().allMatch(d -> d.first() >> 16 == firstRow);
        if (layout.origins != null) {
            for (Duplicate d : duplicates) {
                cells.problem(-1, "a second value for " + d.what() + " (the first is from "
                        + layout.origins.describe((int) (d.first() >> 16)) + ")");
            }
            return;
        }
        if (wholeRow) {
            cells.problem(-1, "the same animal, session and measure" + (duplicates.size() > 1 ? "s" : "") + " as row "
                    + (firstRow + 1) + " (" + duplicates.get(0).what() + ")");
            return;
        }
        for (Duplicate d : duplicates) {
            cells.problem(d.column(), "a second value for " + d.what() + " (the first is in "
                    + CellRefs.cell((int) (d.first() >> 16), (int) (d.first() & 0xFFFF)) + ")");
        }
    }
}
