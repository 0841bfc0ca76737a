package org.vivarium.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidator.Report;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Rules of allocation and blinding: blind codes name one animal each, blinded sessions have them, coded treatments
 * carry codes, and an animal's arm is the one its cohort's newest randomisation gave it (or a new randomisation
 * records the change).
 */
final class BlindingRules {

    private BlindingRules() {
    }

    static void study(Study study, Report report) {
        Map<String, Animal> names = new HashMap<>();
        for (Animal a : Studies.animals(study)) {
            names.putIfAbsent(a.getId(), a);
        }
        Map<String, Animal> codes = new HashMap<>();
        for (Animal a : Studies.animals(study)) {
            String code = a.getBlindCode();
            if (code == null || code.isBlank()) {
                continue;
            }
            Animal other = codes.putIfAbsent(code, a);
            if (other != null) {
                report.error(a, "the blind code " + code + " is also animal " + other.getId() + "'s: a blind code "
                        + "must name one animal");
            }
            Animal named = names.get(code);
            if (named != null && named != a) {
                report.error(a, "the blind code " + code + " is the identifier of animal " + named.getId());
            }
        }
        if (study.isTreatmentsCoded()) {
            for (TreatmentArm arm : study.getArms()) {
                if (blank(arm.getBlindedCode())) {
                    report.error(arm, "has no code although the treatments are coded (Study > Code Treatments...)");
                }
            }
            for (Compound c : study.getCompounds()) {
                if (blank(c.getBlindedCode())) {
                    report.warning(c, "has no code although the treatments are coded: dosers would see its name");
                }
            }
        }
        for (Cohort cohort : study.getCohorts()) {
            allocation(study, cohort, report);
        }
    }

    /** Animals whose arm is not the one the cohort's newest randomisation gave them. */
    private static void allocation(Study study, Cohort cohort, Report report) {
        AllocationRecord newest = null;
        for (AllocationRecord r : study.getAllocations()) {
            if (r.getCohort() == cohort) {
                newest = r;
            }
        }
        if (newest == null) {
            return;
        }
        for (AllocationEntry e : newest.getEntries()) {
            Animal a = e.getAnimal();
            if (a != null && a.eContainer() == cohort && e.getArm() != null && a.getArm() != e.getArm()) {
                report.warning(a, "is in arm " + code(a.getArm()) + " but was randomised to " + code(e.getArm())
                        + (newest.getGeneratedAt() == null ? "" : " on " + newest.getGeneratedAt().toLocalDate())
                        + ": change arms only by randomising again (with a reason)");
            }
        }
    }

    static void session(AssaySession session, Report report) {
        if (!session.isBlinded()) {
            return;
        }
        List<Animal> animals = session.getAnimals().isEmpty() && session.getCohort() != null
                ? session.getCohort().getAnimals() : session.getAnimals();
        long without = animals.stream().filter(a -> blank(a.getBlindCode())).count();
        if (without > 0) {
            report.warning(session, "is blinded but " + without + " of its " + animals.size() + " animals have no "
                    + "blind code (Study > Blind Codes...): scorers would see their identifiers");
        }
    }

    private static String code(TreatmentArm arm) {
        return arm == null ? "(none)" : arm.getCode();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
