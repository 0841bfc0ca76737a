package org.vivarium.io.excel.internal.plan;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.Timepoints;
import org.vivarium.io.excel.internal.read.CellRefs;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;

/**
 * The settings that hold for every row of a sheet (from the mapping, the "Label: value" rows above the header or the
 * sheet name), checked once: the assay, the session (and whether it is blinded, for blind codes) and the timepoint.
 */
final class SheetDefaults {

    private final PlanContext context;
    private final Layout layout;
    private final int order;
    private AssayDefinition assay;
    private Double hours;
    private String session;
    private AssaySession hint;
    private boolean usable = true;

    SheetDefaults(PlanContext context, Layout layout, int order) {
        this.context = context;
        this.layout = layout;
        this.order = order;
        for (java.util.Map.Entry<ColumnRole, String> d : layout.defaults.entrySet()) {
            String why = Cells.controlCharacter(d.getValue());
            if (why != null) {
                problem(d.getKey(), why);
                return;
            }
        }
        String a = layout.defaults.get(ColumnRole.ASSAY);
        if (a != null) {
            assay = context.vocabulary.assay(Names.key(a));
            if (assay == null) {
                problem(ColumnRole.ASSAY, "the study has no assay " + Names.quote(a));
            }
        }
        String t = layout.defaults.get(ColumnRole.TIMEPOINT);
        if (t != null) {
            hours = Timepoints.parse(t);
            if (hours == null) {
                Double n = context.cells.parse(t);
                hours = n == null ? null : n;
            }
            if (hours == null) {
                problem(ColumnRole.TIMEPOINT, Names.quote(t) + " is not a time since dose (e.g. 24 h or 1 wk)");
            }
        }
        session = layout.defaults.get(ColumnRole.SESSION);
        if (session != null) {
            for (AssayDefinition x : context.study.getAssays()) {
                if (assay == null || x == assay) {
                    for (AssaySession s : context.index.sessions(x, session)) {
                        hint = s;
                        assay = assay == null ? x : assay;
                    }
                }
            }
            if (hint == null && !context.options.create()) {
                problem(ColumnRole.SESSION, "the study has no session " + Names.quote(session)
                        + (assay == null ? "" : " in assay " + assay.getCode()));
            }
        }
    }

    private void problem(ColumnRole role, String message) {
        usable = false;
        String origin = layout.defaultOrigins.get(role);
        int row = origin == null ? -1 : CellRefs.rowOf(origin);
        int column = origin == null ? -1 : CellRefs.columnOf(origin);
        String from = origin == null || row >= 0 ? "" : " (" + origin + ")";
        context.problems.add(layout.origins != null ? null : layout.sheet.name(), order, row, column, message + from);
    }

    boolean usable() {
        return usable;
    }

    int order() {
        return order;
    }

    AssayDefinition assay() {
        return assay;
    }

    Double hours() {
        return hours;
    }

    String session() {
        return session;
    }

    /** The sheet's session when it exists (for blind codes and per-cage look-ups), or null. */
    AssaySession hint() {
        return hint;
    }
}
