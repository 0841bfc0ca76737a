package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * What one audit entry's change touched, as a shared store needs to know it: the measurements set or added (as they
 * are now), the measurements removed (with the session they were in), the records set or added - doses given, body
 * weights, an animal's status, a session marked done or open again (see {@link AnimalRecords}) - and those removed, and
 * whether anything else - the design: arms, animals, sessions, the plan of doses, allocations... - changed.
 *
 * @param measurements the measurements set or added, each once, still in their session
 * @param removed the measurements taken out of a session
 * @param records the records set or added, each once, still in the study: {@link DosingEvent}s, {@link BodyWeight}s,
 *        {@link Animal}s (their status) and {@link AssaySession}s (done or not)
 * @param removedRecords the body weights and given doses taken off their animal
 * @param design whether anything other than measurements and records changed
 */
public record StudyChange(List<Measurement> measurements, List<Removed> removed, List<EObject> records,
        List<RemovedRecord> removedRecords, boolean design) {

    /** Nothing (an entry that changes no data, e.g. acknowledging a broken trail). */
    public static final StudyChange NONE = new StudyChange(List.of(), List.of(), List.of(), List.of(), false);
    /** A change of the design (and nothing else, or nothing known). */
    public static final StudyChange DESIGN = new StudyChange(List.of(), List.of(), List.of(), List.of(), true);

    /** A measurement taken out of its session. */
    public record Removed(AssaySession session, Measurement measurement) {
    }

    /** A record (a body weight, a dose given) taken off its animal. */
    public record RemovedRecord(Animal animal, EObject record) {
    }

    /** Whether the change touches nothing. */
    public boolean isEmpty() {
        return measurements.isEmpty() && removed.isEmpty() && records.isEmpty() && removedRecords.isEmpty() && !design;
    }

    static StudyChange of(Delta delta) {
        Set<Measurement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Measurement> changed = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        Set<EObject> seenRecords = Collections.newSetFromMap(new IdentityHashMap<>());
        List<EObject> records = new ArrayList<>();
        List<RemovedRecord> removedRecords = new ArrayList<>();
        boolean design = false;
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
            } else if (AnimalRecords.isRecordList(key.owner(), key.feature())) {
                for (Object o : e.getValue().added) {
                    if (o instanceof EObject r && r.eContainer() == key.owner() && AnimalRecords.animalOf(r) != null
                            && seenRecords.add(r)) {
                        records.add(r); // new: its fields (a dose's plan too) come with it
                    }
                }
                for (Object o : e.getValue().removed) {
                    if (AnimalRecords.isRemovableRecord(o)) {
                        removedRecords.add(new RemovedRecord((Animal) key.owner(), (EObject) o));
                    } else {
                        design = true; // a dose not given yet: the plan
                    }
                }
            } else if (!e.getValue().added.isEmpty() || !e.getValue().removed.isEmpty()) {
                design = true;
            }
        }
        Set<EObject> added = Set.copyOf(seenRecords);
        for (Map.Entry<EObject, Map<EStructuralFeature, Object>> e : delta.firstOld.entrySet()) {
            EObject o = e.getKey();
            if (o instanceof Measurement m) {
                if (m.eContainer() instanceof AssaySession && seen.add(m)) {
                    changed.add(m); // one taken out in the same change is among the removed
                }
                continue;
            }
            if (added.contains(o)) {
                continue; // recorded as new, with all its fields
            }
            boolean recorded = false;
            for (EStructuralFeature f : e.getValue().keySet()) {
                if (AnimalRecords.isRecorded(o, f)) {
                    recorded = true;
                } else {
                    design = true;
                }
            }
            if (recorded && AnimalRecords.isInStudy(o) && seenRecords.add(o)) {
                records.add(o); // one taken off its animal in the same change is among the removed
            }
        }
        for (Delta.ListKey key : delta.moved.keySet()) {
            if (!(key.owner() instanceof AssaySession && key.feature() == Literals.ASSAY_SESSION__MEASUREMENTS)) {
                design = true; // the order of a session's measurements means nothing; any other order does
            }
        }
        return new StudyChange(List.copyOf(changed), List.copyOf(removed), List.copyOf(records),
                List.copyOf(removedRecords), design);
    }
}
