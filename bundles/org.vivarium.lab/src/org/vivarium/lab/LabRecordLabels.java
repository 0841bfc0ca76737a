package org.vivarium.lab;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.support.StudyResource;

/**
 * Records as people name them in messages: "the dose of animal A1 due 2026-03-02 09:00", "session FST 1 h", and what
 * the user was doing with one: "entering 25.5 g", "marking it done".
 */
final class LabRecordLabels {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LabRecordLabels() {
    }

    /** The record's name (without its regimen: a dose's compound would unblind). */
    static String of(EObject record) {
        if (record instanceof DosingEvent d) {
            return "the dose of " + animal(d.getAnimal()) + (d.getScheduledTime() == null ? ""
                    : " due " + time(d.getScheduledTime()));
        }
        if (record instanceof BodyWeight w) {
            return "the body weight of " + animal(w.eContainer()) + (w.getMeasuredAt() == null ? ""
                    : " measured " + time(w.getMeasuredAt()));
        }
        if (record instanceof AssaySession) {
            return Labels.of(record);
        }
        return "the status of " + animal(record);
    }

    /** The record named by a refusal: the study's object with that id, else its kind and animal. */
    static String of(StudyResource resource, String kind, String animalId, String objectId) {
        EObject o = resource.getEObject(objectId);
        LabRecordKind k = LabRecordKind.named(kind);
        if (k != null && k.eClass.isInstance(o)) {
            return of(o);
        }
        String animal = animal(animalId == null || animalId.isEmpty() ? null : resource.getEObject(animalId));
        return switch (kind) {
            case "dose" -> "a dose of " + animal;
            case "weight" -> "a body weight of " + animal;
            case "session" -> "a session no longer in the study";
            default -> "the status of " + animal;
        };
    }

    /**
     * What the user was doing with a record, for a refusal: "entering given 2026-03-02 09:07, 0.25 mL", "entering
     * 25.5 g", "entering EXCLUDED", "marking it done", "opening it again".
     */
    static String doing(EObject record) {
        if (record instanceof AssaySession s) {
            return s.getCompletedAt() == null ? "opening it again" : "marking it done";
        }
        return "entering " + entered(record);
    }

    /** What the user entered in a record: "given 2026-03-02 09:07, 0.25 mL", "25.5 g", "EXCLUDED". */
    private static String entered(EObject record) {
        if (record instanceof DosingEvent d) {
            return d.getActualTime() == null ? "not given" : "given " + time(d.getActualTime()) + ", "
                    + Labels.number(d.getVolumeMl()) + " mL";
        }
        if (record instanceof BodyWeight w) {
            return Labels.number(w.getWeightGrams()) + " g";
        }
        return record instanceof Animal a ? a.getStatus().getName() : "your change";
    }

    private static String animal(EObject animal) {
        return animal instanceof Animal ? Labels.of(animal) : "an animal no longer in the study";
    }

    private static String time(LocalDateTime t) {
        return MINUTE.format(t);
    }
}
