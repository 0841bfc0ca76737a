package org.vivarium.io.excel.internal.behaviour;

import java.util.Map;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/**
 * The assay and session an export is scored for, known before its tracks are read (so that the analysis window is
 * known while streaming): from the mapping's defaults, else from what the export names (a Session or Assay
 * variable). Either may stay unknown; then the session is found for each animal as for lab sheets.
 *
 * @param assay   the assay, or null
 * @param session the session, or null
 * @param named   the session name to pass on (the mapping's or the export's), or null
 */
record Target(AssayDefinition assay, AssaySession session, String named) {

    /** The analysis window over trial time, in seconds ({@code to} may be infinite), and why it is this one. */
    public record Window(double from, double to, String why) {

        boolean contains(double t) {
            return t >= from && t < to;
        }

        /** "120-360 s of trial time (the convention: the last 4 of 6 minutes)". */
        String describe() {
            return (Double.isInfinite(to) ? "from " + Num.text(from) + " s to the end" : Num.text(from) + "-"
                    + Num.text(to) + " s") + " of trial time (" + why + ")";
        }
    }

    static Target of(Study study, Map<ColumnRole, String> defaults, String sessionHint, String assayHint) {
        String named = defaults.get(ColumnRole.SESSION) != null ? defaults.get(ColumnRole.SESSION) : sessionHint;
        String assayText = defaults.get(ColumnRole.ASSAY) != null ? defaults.get(ColumnRole.ASSAY) : assayHint;
        AssayDefinition assay = null;
        if (assayText != null) {
            for (AssayDefinition a : study.getAssays()) {
                if (Names.key(a.getCode()).equals(Names.key(assayText)) || a.getName() != null && Names.key(a
                        .getName()).equals(Names.key(assayText))) {
                    assay = a;
                }
            }
        }
        AssaySession session = null;
        if (named != null) {
            for (AssayDefinition a : study.getAssays()) {
                for (AssaySession s : a.getSessions()) {
                    if ((assay == null || a == assay) && s.getName() != null && Names.key(s.getName()).equals(Names
                            .key(named))) {
                        session = s;
                    }
                }
            }
        }
        if (session != null) {
            assay = (AssayDefinition) session.eContainer();
        } else if (defaults.get(ColumnRole.SESSION) == null && sessionHint != null) {
            named = null; // a variable that names no session of the study is no session hint
        }
        return new Target(assay, session, named);
    }

    AssayKind kind() {
        return assay == null ? null : assay.getKind();
    }

    /** Whether the assay scores immobility in a window (forced swim, tail suspension), or may (unknown assay). */
    boolean immobilityWindow() {
        return kind() == null || kind() == AssayKind.FST || kind() == AssayKind.TST;
    }

    /**
     * The window: the session's own (analysisStartSeconds / analysisEndSeconds), else the convention of its assay -
     * the last 4 of 6 minutes for forced swim and tail suspension, the whole trial otherwise.
     */
    Window window(boolean immobility) {
        Double from = session == null ? null : session.getAnalysisStartSeconds();
        Double to = session == null ? null : session.getAnalysisEndSeconds();
        boolean conventional = immobility && immobilityWindow();
        if (from != null || to != null) {
            return new Window(from != null ? from : conventional ? 120 : 0, to != null ? to
                    : conventional ? 360 : Double.POSITIVE_INFINITY, "set on session " + session.getName());
        }
        if (conventional) {
            return new Window(120, 360, "the convention: the last 4 of 6 minutes");
        }
        return new Window(0, Double.POSITIVE_INFINITY, "the whole trial");
    }
}
