package org.vivarium.io.excel.internal.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;

/** Checks a detected layout: one column per role, no measure twice, units that convert, an identifying column. */
final class LayoutChecks {

    private static final EnumSet<ColumnRole> SINGLE = EnumSet.complementOf(EnumSet.of(ColumnRole.MEASURE,
            ColumnRole.CENSORED, ColumnRole.IGNORE));

    private final Layout layout;
    private final Study study;

    LayoutChecks(Layout layout, Study study) {
        this.layout = layout;
        this.study = study;
    }

    void run() {
        for (ColumnRole role : SINGLE) {
            oneColumn(role);
        }
        measures();
        units();
        if (layout.column(ColumnRole.ANIMAL) == null && layout.column(ColumnRole.CAGE) == null) {
            layout.issue(layout.headerRow, -1, "no column names the animal or the cage (a header such as 'Animal', "
                    + "'Animal ID', 'Mouse' or 'Cage', or a mapping with role animal)");
        }
        ResolvedColumn name = layout.column(ColumnRole.MEASURE_NAME);
        ResolvedColumn value = layout.column(ColumnRole.VALUE);
        if (name != null && value == null) {
            layout.issue(layout.headerRow, name.index, name.describe() + " names measures but no column holds their "
                    + "values (a header such as 'Value')");
        } else if (value != null && name == null) {
            layout.issue(layout.headerRow, value.index, value.describe() + " holds values but no column names their "
                    + "measure (a header such as 'Measure'), and the mapping gives none");
        }
        if (layout.study != null && !matchesStudy(layout.study)) {
            layout.issue(-1, -1, "this sheet is for study '" + layout.study + "', not for study '"
                    + (study.getId() == null ? study.getTitle() : study.getId()) + "'");
        }
    }

    private boolean matchesStudy(String named) {
        String key = Names.key(named);
        return key.equals(Names.key(study.getId())) || key.equals(Names.key(study.getTitle()))
                || key.equals(Names.key(study.getId() + " " + study.getTitle()));
    }

    private void oneColumn(ColumnRole role) {
        List<ResolvedColumn> all = layout.columns(role);
        if (all.size() < 2) {
            return;
        }
        int strongest = 0;
        for (ResolvedColumn c : all) {
            strongest = Math.max(strongest, c.strength);
        }
        ResolvedColumn kept = null;
        for (ResolvedColumn c : all) {
            if (c.strength < strongest) {
                c.role = ColumnRole.IGNORE;
                c.note = "not imported: another column holds the " + role.label().toLowerCase(java.util.Locale.ROOT);
            } else if (kept == null) {
                kept = c;
            } else {
                layout.issue(layout.headerRow, c.index, c.describe() + " and " + kept.describe()
                        + " both look like the " + role.label().toLowerCase(java.util.Locale.ROOT)
                        + " column; give one of them role ignore in a mapping file");
                c.role = ColumnRole.IGNORE;
            }
        }
    }

    private void measures() {
        List<ResolvedColumn> seen = new ArrayList<>();
        for (ResolvedColumn c : layout.columns(ColumnRole.MEASURE)) {
            for (ResolvedColumn s : seen) {
                if (s.measures.equals(c.measures) && Objects.equals(s.hours, c.hours)
                        && Objects.equals(s.session, c.session) && Objects.equals(s.measureRef, c.measureRef)) {
                    layout.issue(layout.headerRow, c.index, c.describe() + " and " + s.describe() + " both hold "
                            + c.target() + "; give one of them role ignore, or a timepoint or session, in a mapping "
                            + "file");
                    break;
                }
            }
            seen.add(c);
        }
    }

    private void units() {
        for (ResolvedColumn c : layout.columns(ColumnRole.MEASURE)) {
            if (c.unit == null || c.measures.isEmpty()) {
                continue;
            }
            List<MeasureDefinition> fit = new ArrayList<>();
            for (MeasureDefinition m : c.measures) {
                if (!Double.isNaN(Units.factor(c.unit, m.getUnit()))) {
                    fit.add(m);
                }
            }
            if (fit.isEmpty()) {
                MeasureDefinition m = c.measures.get(0);
                layout.issue(layout.headerRow, c.index, c.describe() + " is written in " + c.unit + " but "
                        + Describe.measure(m) + " is measured in " + m.getUnit() + "; map the column to a measure in "
                        + c.unit + " in a mapping file");
                c.role = ColumnRole.IGNORE;
            } else {
                c.measures.retainAll(fit);
            }
        }
        ResolvedColumn time = layout.column(ColumnRole.TIMEPOINT);
        if (time != null && time.unit != null && !Units.isTime(time.unit)) {
            layout.issue(layout.headerRow, time.index, time.describe() + " is in " + time.unit
                    + ", which is not a unit of time");
        }
    }
}
