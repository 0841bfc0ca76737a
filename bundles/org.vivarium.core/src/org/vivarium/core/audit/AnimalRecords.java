package org.vivarium.core.audit;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * What technicians record about animals, as opposed to the design: a dose given (when, the weight and volume used, who,
 * a note, why out of its window, the stock drawn from - its regimen and scheduled time are the plan), a body weight,
 * an animal's status (exclusion, death...); and about the work itself: that an assay session is done (when, by whom -
 * its name, date and everything else about it are the design). A shared store keeps these as records of their own,
 * like measurement values; everything else is the design.
 */
public final class AnimalRecords {

    /**
     * The fields of a dose that record its giving (a dose recorded as new carries its regimen and time too): since
     * model 1.3 also why it was given out of its window and the stock it was drawn from.
     */
    public static final Set<EStructuralFeature> DOSE = Set.of(Literals.DOSING_EVENT__ACTUAL_TIME,
            Literals.DOSING_EVENT__BODY_WEIGHT_GRAMS, Literals.DOSING_EVENT__VOLUME_ML,
            Literals.DOSING_EVENT__OPERATOR, Literals.DOSING_EVENT__NOTE, Literals.DOSING_EVENT__WINDOW_REASON,
            Literals.DOSING_EVENT__STOCK);
    /** The fields of a body weight. */
    public static final Set<EStructuralFeature> WEIGHT = Set.of(Literals.BODY_WEIGHT__MEASURED_AT,
            Literals.BODY_WEIGHT__WEIGHT_GRAMS, Literals.BODY_WEIGHT__OPERATOR);
    /** The fields of an animal that say whether it still contributes data. */
    public static final Set<EStructuralFeature> STATUS = Set.of(Literals.ANIMAL__STATUS, Literals.ANIMAL__STATUS_DATE,
            Literals.ANIMAL__STATUS_REASON);
    /** The fields of an assay session that say it is done (marked done, or open again when unset). */
    public static final Set<EStructuralFeature> SESSION = Set.of(Literals.ASSAY_SESSION__COMPLETED_AT,
            Literals.ASSAY_SESSION__COMPLETED_BY);

    private AnimalRecords() {
    }

    /** Whether setting the feature of the object records data rather than changing the design. */
    public static boolean isRecorded(EObject o, EStructuralFeature f) {
        return o instanceof DosingEvent && DOSE.contains(f) || o instanceof BodyWeight && WEIGHT.contains(f)
                || o instanceof Animal && STATUS.contains(f) || o instanceof AssaySession && SESSION.contains(f);
    }

    /** Whether an object added to or removed from this list of an animal is a record (a dose, a body weight). */
    static boolean isRecordList(EObject owner, EStructuralFeature f) {
        return owner instanceof Animal
                && (f == Literals.ANIMAL__DOSING_EVENTS || f == Literals.ANIMAL__BODY_WEIGHTS);
    }

    /**
     * Whether taking the object off its animal removes recorded data: a body weight, or a dose given (a dose not
     * given yet is the plan).
     */
    static boolean isRemovableRecord(Object o) {
        return o instanceof BodyWeight || o instanceof DosingEvent e && e.getActualTime() != null;
    }

    /**
     * Whether a record is in a study: a dose, a body weight or an animal status of an animal in a study, or a session
     * in a study.
     */
    public static boolean isInStudy(EObject record) {
        if (record instanceof AssaySession session) {
            return session.eContainer() != null && session.eResource() != null;
        }
        return animalOf(record) != null;
    }

    /** The animal a record is about, while it is in a study (null otherwise, and for a session). */
    public static Animal animalOf(EObject record) {
        EObject animal = record instanceof Animal ? record : record.eContainer();
        return animal instanceof Animal a && a.eContainer() != null && a.eResource() != null ? a : null;
    }
}
