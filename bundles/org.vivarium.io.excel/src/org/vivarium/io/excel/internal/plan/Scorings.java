package org.vivarium.io.excel.internal.plan;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.vivarium.model.AssaySession;
import org.vivarium.model.VivariumPackage;

/**
 * How the values an import adds to each session were computed from behaviour exports (the analysis window and the
 * parameters). Recorded on the session ({@code AssaySession.scoring}) when the plan is applied: each text once, after
 * what the session already says.
 */
final class Scorings {

    private final Map<AssaySession, Set<String>> texts = new IdentityHashMap<>();

    void note(AssaySession session, String scoring) {
        if (scoring != null && !scoring.isBlank()) {
            texts.computeIfAbsent(session, k -> new LinkedHashSet<>()).add(scoring);
        }
    }

    /** Plans the new scoring texts of existing sessions, and sets those of new ones. */
    void finish(Changes changes, Creations creations) {
        for (Map.Entry<AssaySession, Set<String>> e : texts.entrySet()) {
            AssaySession s = e.getKey();
            String old = s.getScoring();
            StringBuilder b = new StringBuilder(old == null ? "" : old.strip());
            for (String t : e.getValue()) {
                if (!b.toString().contains(t)) {
                    b.append(b.isEmpty() ? "" : "\n").append(t);
                }
            }
            String now = b.toString();
            if (now.equals(old == null ? "" : old.strip())) {
                continue;
            }
            if (creations.isNew(s)) {
                s.setScoring(now);
            } else {
                changes.assign(s, VivariumPackage.Literals.ASSAY_SESSION__SCORING, now);
            }
        }
    }
}
