package org.vivarium.core.audit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * Which changes alter data recorded about the animals, for which a reason is required: a measurement's value,
 * censoring or exclusion; a dose given; a body weight; an animal's status; an allocation. Recording such data the
 * first time (a new measurement, a dose's time given where there was none, a first allocation) needs no reason;
 * changing or removing it does.
 */
final class RecordedData {

    private static final Set<EStructuralFeature> MEASURED = Set.of(Literals.MEASUREMENT__VALUE,
            Literals.MEASUREMENT__CENSORED, Literals.MEASUREMENT__EXCLUDED, Literals.MEASUREMENT__EXCLUSION_REASON,
            Literals.MEASUREMENT__ANIMAL, Literals.MEASUREMENT__CAGE, Literals.MEASUREMENT__MEASURE);
    private static final Set<EStructuralFeature> DOSED = Set.of(Literals.DOSING_EVENT__ACTUAL_TIME,
            Literals.DOSING_EVENT__BODY_WEIGHT_GRAMS, Literals.DOSING_EVENT__VOLUME_ML, Literals.DOSING_EVENT__ANIMAL,
            Literals.DOSING_EVENT__REGIMEN, Literals.DOSING_EVENT__OPERATOR);
    private static final Set<EStructuralFeature> WEIGHED = Set.of(Literals.BODY_WEIGHT__WEIGHT_GRAMS,
            Literals.BODY_WEIGHT__MEASURED_AT);
    private static final Set<EStructuralFeature> STATUS = Set.of(Literals.ANIMAL__STATUS,
            Literals.ANIMAL__STATUS_DATE, Literals.ANIMAL__STATUS_REASON);

    private RecordedData() {
    }

    /** A single value changed from {@code old}. */
    static void set(EObject o, EStructuralFeature f, Object old, List<String> out) {
        String label = ChangeWriter.label(o);
        if (o instanceof Measurement && MEASURED.contains(f)) {
            if (f == Literals.MEASUREMENT__EXCLUSION_REASON && isEmpty(old)) {
                return; // the reason written with an exclusion, which is itself the change
            }
            out.add(f.getName() + " of " + label);
        } else if (o instanceof DosingEvent e && DOSED.contains(f) && (!isEmpty(old) && given(e, f))) {
            out.add(f.getName() + " of " + label);
        } else if (o instanceof BodyWeight && WEIGHED.contains(f) && !isEmpty(old)) {
            out.add(f.getName() + " of " + label);
        } else if (o instanceof Animal && STATUS.contains(f) && (f == Literals.ANIMAL__STATUS || !isEmpty(old))) {
            out.add(f.getName() + " of " + label);
        } else if (o instanceof Animal && f == Literals.ANIMAL__ARM && old != null) {
            out.add("the allocation of " + label);
        } else if (o instanceof AllocationRecord || o instanceof AllocationEntry) {
            out.add("the allocation record " + label);
        }
    }

    /** A dose counts as given once it has its time; before that its fields are the plan. */
    private static boolean given(DosingEvent e, EStructuralFeature f) {
        return f == Literals.DOSING_EVENT__ACTUAL_TIME || e.getActualTime() != null;
    }

    /** Objects removed from a list of the owner. */
    static void removed(EObject owner, List<EObject> gone, List<String> out) {
        for (EObject o : gone) {
            boolean recorded = o instanceof Measurement || o instanceof BodyWeight || o instanceof AllocationRecord
                    || o instanceof AllocationEntry || o instanceof DosingEvent e && e.getActualTime() != null
                    || o instanceof Animal a && (!a.getBodyWeights().isEmpty() || a.getDosingEvents().stream()
                            .anyMatch(d -> d.getActualTime() != null));
            if (recorded) {
                out.add(gone.size() == 1 ? ChangeWriter.label(o) + " (removed)"
                        : gone.size() + " recorded objects removed from " + ChangeWriter.label(owner));
                return;
            }
        }
    }

    /** Objects added: only a new allocation of a cohort that had one already is a change of recorded data. */
    static void added(EObject owner, List<EObject> objects, List<String> out) {
        if (!(owner instanceof Study study)) {
            return;
        }
        for (EObject o : objects) {
            if (o instanceof AllocationRecord r && r.getCohort() != null && study.getAllocations().stream()
                    .anyMatch(x -> x != r && x.getCohort() == r.getCohort() && !objects.contains(x))) {
                out.add("the allocation of " + ChangeWriter.label(r.getCohort()) + " (allocated before)");
                return;
            }
        }
    }

    /** References added to or removed from a list (e.g. the arms of an allocation record). */
    static void linked(EObject owner, EReference r, List<String> out) {
        if (owner instanceof AllocationRecord) {
            out.add("the allocation record " + ChangeWriter.label(owner));
        }
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof String s && s.isEmpty() || v instanceof Double d && d == 0
                || v instanceof Integer i && i == 0;
    }
}
