package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * What one audit entry's change touched, as a shared store needs to know it: the measurements set or added (as they
 * are now), the measurements removed (with the session they were in), and whether anything else - the design: arms,
 * animals, sessions, doses, allocations... - changed.
 *
 * @param measurements the measurements set or added, each once, still in their session
 * @param removed the measurements taken out of a session
 * @param design whether anything other than measurements changed
 */
public record StudyChange(List<Measurement> measurements, List<Removed> removed, boolean design) {

    /** Nothing (an entry that changes no data, e.g. acknowledging a broken trail). */
    public static final StudyChange NONE = new StudyChange(List.of(), List.of(), false);

    /** A measurement taken out of its session. */
    public record Removed(AssaySession session, Measurement measurement) {
    }

    /** Whether the change touches nothing. */
    public boolean isEmpty() {
        return measurements.isEmpty() && removed.isEmpty() && !design;
    }

    static StudyChange of(Delta delta) {
        Set<Measurement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Measurement> changed = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        boolean design = false;
        for (Map.Entry<EObject, Map<EStructuralFeature, Object>> e : delta.firstOld.entrySet()) {
            if (e.getKey() instanceof Measurement m) {
                if (m.eContainer() instanceof AssaySession && seen.add(m)) {
                    changed.add(m); // one taken out in the same change is among the removed
                }
            } else {
                design = true;
            }
        }
        for (Map.Entry<Delta.ListKey, Delta.ListDelta> e : delta.lists.entrySet()) {
            Delta.ListKey key = e.getKey();
            if (key.owner() instanceof AssaySession session && key.feature() == Literals.ASSAY_SESSION__MEASUREMENTS) {
                for (Object o : e.getValue().added) {
                    if (o instanceof Measurement m && m.eContainer() == session && seen.add(m)) {
                        changed.add(m);
                    }
                }
                for (Object o : e.getValue().removed) {
                    removed.add(new Removed(session, (Measurement) o));
                }
            } else if (!e.getValue().added.isEmpty() || !e.getValue().removed.isEmpty()) {
                design = true;
            }
        }
        for (Delta.ListKey key : delta.moved.keySet()) {
            if (!(key.owner() instanceof AssaySession && key.feature() == Literals.ASSAY_SESSION__MEASUREMENTS)) {
                design = true; // the order of a session's measurements means nothing; any other order does
            }
        }
        return new StudyChange(List.copyOf(changed), List.copyOf(removed), design);
    }
}
