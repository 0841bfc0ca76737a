package org.vivarium.core.validation;

import java.util.HashMap;
import java.util.Map;

import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseVolume;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidator.Report;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/** Rules of the study design, housing and dosing. */
final class DesignRules {

    /** A given volume may differ this much (relative) from the calculated one before it is worth a warning. */
    private static final double VOLUME_TOLERANCE = 0.10;

    private DesignRules() {
    }

    static void study(Study study, Report report) {
        Map<String, Animal> animals = new HashMap<>();
        for (Animal a : Studies.animals(study)) {
            if (a.getId() == null || a.getId().isBlank()) {
                report.error(a, "has no identifier");
            } else {
                Animal other = animals.putIfAbsent(a.getId(), a);
                if (other != null) {
                    report.error(a, "the identifier " + a.getId() + " is used twice (also in "
                            + Labels.of(Studies.cohortOf(other)) + ")");
                }
            }
        }
        Map<String, Cage> cages = new HashMap<>();
        for (Cage c : Studies.cages(study)) {
            if (c.getLabel() != null && cages.putIfAbsent(c.getLabel(), c) != null) {
                report.error(c, "the cage label " + c.getLabel() + " is used twice; every cage needs its own label");
            }
        }
        Map<String, TreatmentArm> arms = new HashMap<>();
        for (TreatmentArm arm : study.getArms()) {
            if (arm.getCode() != null && arms.putIfAbsent(arm.getCode(), arm) != null) {
                report.error(arm, "the arm code " + arm.getCode() + " is used twice");
            }
        }
        if (study.getArms().isEmpty()) {
            report.warning(study, "has no treatment arms yet (one of them the control arm)");
        }
        if (study.getCohorts().isEmpty()) {
            report.warning(study, "has no cohorts of animals yet");
        }
        if (!study.getAssays().isEmpty() && Studies.sessions(study).isEmpty()) {
            report.warning(study, "has no assay sessions planned yet");
        }
        if (!study.getArms().isEmpty() && Studies.controlArm(study) == null) {
            report.warning(study, "no arm is marked as the control arm that treated arms are compared with");
        }
    }

    static void arm(TreatmentArm arm, Report report) {
        if (arm.getRegimens().isEmpty()) {
            report.warning(arm, "has no dose regimen");
        }
    }

    static void regimen(DoseRegimen regimen, Report report) {
        if (regimen.getCompound() == null || regimen.getRoute() == null) {
            return; // reported by the structural check (required features)
        }
        DoseVolume perKg = DoseCalculator.volume(regimen, 1000);
        if (!perKg.isComputed()) {
            report.error(regimen, "cannot compute the volume: " + perKg.problem());
        } else if (!perKg.withinLimit()) {
            report.error(regimen, Labels.number(Math.round(perKg.volumePerKg() * 100) / 100.0)
                    + " mL/kg exceeds the " + perKg.route() + " limit of " + Labels.number(perKg.limitPerKg())
                    + " mL/kg (use a more concentrated stock or another route)");
        }
    }

    static void cohort(Cohort cohort, Report report) {
        if (cohort.getAnchorDoseTime() == null && !cohort.getAnimals().isEmpty()) {
            report.warning(cohort, "has no anchor dose time, so its doses and sessions cannot be scheduled");
        }
    }

    static void cage(Cage cage, Report report) {
        if (cage.getCapacity() > 0 && cage.getAnimals().size() > cage.getCapacity()) {
            report.warning(cage, "houses " + cage.getAnimals().size() + " animals, more than its capacity of "
                    + cage.getCapacity());
        }
    }

    static void animal(Animal animal, Report report) {
        Cohort cohort = Studies.cohortOf(animal);
        if (animal.getCage() == null) {
            if (Studies.isActive(animal)) {
                report.error(animal, "is not housed in a cage (every animal must be in exactly one cage)");
            }
        } else if (cohort != null && animal.getCage().eContainer() != cohort) {
            report.error(animal, "is in " + Labels.of(animal.getCage()) + " of "
                    + Labels.of(animal.getCage().eContainer()) + ", not a cage of its own " + Labels.of(cohort));
        }
        if (animal.getStatus() != AnimalStatus.ACTIVE) {
            if (animal.getStatusReason() == null || animal.getStatusReason().isBlank()) {
                report.error(animal, "status " + animal.getStatus() + " needs a reason (ARRIVE: every exclusion "
                        + "with its reason)");
            }
            if (animal.getStatusDate() == null) {
                report.warning(animal, "status " + animal.getStatus() + " has no date");
            }
        }
        if (animal.getArm() == null) {
            report.warning(animal, "is not allocated to a treatment arm");
        }
        if (animal.getSex() == Sex.MIXED) {
            report.error(animal, "an animal's sex cannot be MIXED");
        } else if (cohort != null && (cohort.getSex() == Sex.FEMALE || cohort.getSex() == Sex.MALE)
                && animal.getSex() != cohort.getSex()) {
            report.error(animal, "is " + animal.getSex() + " but " + Labels.of(cohort) + " is " + cohort.getSex());
        }
    }

    static void dosingEvent(DosingEvent event, Report report) {
        DoseRegimen regimen = event.getRegimen();
        Animal animal = event.getAnimal();
        if (regimen == null || animal == null) {
            return;
        }
        if (animal.getArm() != null && regimen.eContainer() != animal.getArm()) {
            report.error(event, "the regimen belongs to " + Labels.of(regimen.eContainer()) + " but the animal is in "
                    + Labels.of(animal.getArm()));
        }
        if (event.getVolumeMl() <= 0) {
            if (event.getActualTime() != null) {
                report.warning(event, "given at " + event.getActualTime() + " but no volume is recorded");
            }
            return;
        }
        DoseVolume given = DoseCalculator.given(regimen, event.getVolumeMl(), event.getBodyWeightGrams());
        if (!given.isComputed()) {
            report.warning(event, given.problem());
            return;
        }
        if (!given.withinLimit()) {
            report.error(event, "dose volume " + given.limitViolation(event.getBodyWeightGrams()));
            return;
        }
        DoseVolume planned = DoseCalculator.volume(regimen, event.getBodyWeightGrams());
        if (planned.isComputed()
                && Math.abs(event.getVolumeMl() - planned.volumeMl()) > VOLUME_TOLERANCE * planned.volumeMl()) {
            report.warning(event, String.format(java.util.Locale.ROOT,
                    "volume %.2f mL differs from the calculated %.2f mL for %s g", event.getVolumeMl(),
                    planned.volumeMl(), Labels.number(event.getBodyWeightGrams())));
        }
    }
}
