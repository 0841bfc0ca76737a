package org.vivarium.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.study.LookAlikes;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidator.Report;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Names people read and type must be what they look like: no invisible characters in identifiers of animals, cages,
 * cohorts and arms, and no two of a kind that differ only by look-alike characters ({@link LookAlikes}).
 */
final class IdentifierRules {

    private IdentifierRules() {
    }

    static void study(Study study, Report report) {
        names(Studies.animals(study), Animal::getId, "animal", report);
        names(Studies.cages(study), Cage::getLabel, "cage", report);
        names(study.getCohorts(), Cohort::getName, "cohort", report);
        names(study.getArms(), TreatmentArm::getCode, "arm", report);
    }

    private static <T extends EObject> void names(List<T> objects, Function<T, String> nameOf, String kind,
            Report report) {
        Map<String, T> seen = new HashMap<>();
        for (T o : objects) {
            String name = nameOf.apply(o);
            if (name == null || name.isBlank()) {
                continue;
            }
            String problem = LookAlikes.problem(name);
            if (problem != null) {
                report.error(o, "the " + kind + " name '" + LookAlikes.visible(name) + "' " + problem);
            }
            T other = seen.putIfAbsent(LookAlikes.skeleton(name), o);
            String confusion = other == null ? null : LookAlikes.confusion(nameOf.apply(other), name);
            if (confusion != null) {
                report.error(o, kind + " '" + LookAlikes.visible(name) + "' looks the same as " + kind + " '"
                        + LookAlikes.visible(nameOf.apply(other)) + "' (they differ in " + confusion + ")");
            }
        }
    }
}
