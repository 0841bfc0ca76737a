package org.vivarium.io.excel.internal.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Time;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;

/**
 * Finds the session a value belongs to: among the sessions of the measure's assay, those with the name and time since
 * dose the sheet gives (if it does), then those that test the animal or cage. With the create option, a session is
 * created for the unit's cohort when there is none.
 */
final class SessionFinder {

    /** The session, or why there is none. */
    record Found(AssaySession session, String problem) {
    }

    private record Key(AssayDefinition assay, EObject unit, String name, Double hours) {
    }

    private final StudyIndex index;
    private final Creations creations;
    private final boolean create;
    private final Map<Key, Found> cache = new HashMap<>();
    private Key lastKey;
    private Found lastFound;

    SessionFinder(StudyIndex index, Creations creations, boolean create) {
        this.index = index;
        this.creations = creations;
        this.create = create;
    }

    Found find(AssayDefinition assay, EObject unit, String name, Double hours, LocalDateTime date) {
        if (lastKey != null && lastKey.assay == assay && lastKey.unit == unit && java.util.Objects.equals(lastKey.name,
                name) && java.util.Objects.equals(lastKey.hours, hours)) {
            return lastFound;
        }
        Key key = new Key(assay, unit, name, hours);
        Found found = cache.get(key);
        if (found == null) {
            found = search(assay, unit, name, hours, date);
            cache.put(key, found);
        }
        lastKey = key;
        lastFound = found;
        return found;
    }

    private Found search(AssayDefinition assay, EObject unit, String name, Double hours, LocalDateTime date) {
        Cohort cohort = creations.cohortOf(unit);
        List<AssaySession> candidates = new ArrayList<>();
        if (name != null) {
            candidates.addAll(index.sessions(assay, name));
            for (AssaySession s : creations.sessions(assay)) {
                if (Names.key(s.getName()).equals(Names.key(name))) {
                    candidates.add(s);
                }
            }
            if (candidates.isEmpty()) {
                return create && cohort != null ? new Found(creations.session(assay, cohort, hours, name, date), null)
                        : new Found(null, "there is no " + assay.getCode() + " session named " + Names.quote(name)
                                + sessionList(assay) + (create ? "" : " (use the create option to add it)"));
            }
        } else {
            candidates.addAll(assay.getSessions());
            candidates.addAll(creations.sessions(assay));
        }
        if (hours != null) {
            candidates.removeIf(s -> Math.abs(s.getTimeFromDoseHours() - hours) > 1e-6);
        }
        List<AssaySession> testing = new ArrayList<>(1);
        for (AssaySession s : candidates) {
            if (tests(s, unit, cohort)) {
                testing.add(s);
            }
        }
        if (testing.size() == 1) {
            return new Found(testing.get(0), null);
        }
        String at = hours == null ? "" : " at " + Time.sinceDose(hours);
        if (testing.isEmpty()) {
            if (name != null && !candidates.isEmpty()) {
                AssaySession s = candidates.get(0);
                return new Found(null, Labels.of(unit) + " is not tested in session " + s.getName()
                        + (cohort == null || s.getCohort() == null ? "" : " (" + Labels.of(unit) + " is in cohort "
                                + cohort.getName() + "; the session tests cohort " + s.getCohort().getName() + ")"));
            }
            if (create && cohort != null && name == null) {
                return new Found(creations.session(assay, cohort, hours, null, date), null);
            }
            return new Found(null, Labels.of(unit) + " is not tested in any " + assay.getCode() + " session" + at
                    + (cohort == null ? "" : " (its cohort " + cohort.getName() + " has none" + at + ")"));
        }
        List<String> names = testing.stream().map(AssaySession::getName).toList();
        return new Found(null, Labels.of(unit) + " is tested in " + testing.size() + " " + assay.getCode()
                + " sessions" + at + " (" + String.join(", ", names) + "); add a Session or Time since dose column, or "
                + "a default session or timepoint in a mapping file");
    }

    private boolean tests(AssaySession s, EObject unit, Cohort cohort) {
        if (!creations.isNew(s) && !creations.isNew(unit)) {
            return index.members(s).contains(unit);
        }
        return s.getAnimals().isEmpty() && s.getCohort() != null && s.getCohort() == cohort;
    }

    private static String sessionList(AssayDefinition assay) {
        if (assay.getSessions().isEmpty()) {
            return " (it has no sessions)";
        }
        List<String> names = assay.getSessions().stream().map(AssaySession::getName).limit(8).toList();
        return " (sessions: " + String.join(", ", names) + (assay.getSessions().size() > 8 ? ", ..." : "") + ")";
    }
}
