package org.vivarium.ui.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Exclusion;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * The part of an assay's data an analysis is run on: the values with the chosen levels (e.g. time = 1 wk), and of
 * the values left out only those that would have been in that part, so that "Excluded, with reasons" names only
 * exclusions of what is analysed. The level of an excluded value is looked up in the study (its session, animal or
 * cage); one whose level cannot be known (a cage of several arms) is not in a part chosen by that factor.
 */
final class SubsetData {

    private SubsetData() {
    }

    /** The data with the chosen levels, or the data themselves when nothing is chosen. */
    static Dataset narrow(Study study, AssayDefinition assay, Dataset data, Map<String, String> subset) {
        if (subset.isEmpty()) {
            return data;
        }
        Map<String, Map<String, String>> compounds = StudyDatasets.compoundFactors(study);
        return filter(data, data.source() + ", " + SubsetChooser.describe(subset),
                o -> subset.entrySet().stream().allMatch(e -> e.getValue().equals(o.level(e.getKey()))),
                e -> {
                    Map<String, String> levels = levels(study, assay, compounds, e);
                    return subset.entrySet().stream().allMatch(s -> s.getValue().equals(levels.get(s.getKey())));
                });
    }

    /** The data with the observations and exclusions accepted (factors, their order and controls kept). */
    static Dataset filter(Dataset data, String source, Predicate<Observation> observations,
            Predicate<Exclusion> exclusions) {
        Dataset.Builder b = Dataset.builder().source(source).assayKind(data.assayKind()).unitKind(data.unitKind());
        data.measures().values().forEach(m -> b.measure(m, m.name().equals(data.primaryMeasure())));
        for (String factor : data.factors()) {
            b.factor(factor, data.levels(factor));
            if (data.control(factor) != null) {
                b.control(factor, data.control(factor));
            }
        }
        data.observations().stream().filter(observations).forEach(b::add);
        data.exclusions().stream().filter(exclusions).forEach(b::exclude);
        return b.build();
    }

    /** The factor levels an excluded value would have had (those that can be known). */
    static Map<String, String> levels(Study study, AssayDefinition assay, Map<String, Map<String, String>> compounds,
            Exclusion e) {
        Map<String, String> levels = new LinkedHashMap<>();
        AssaySession session = assay.getSessions().stream().filter(s -> e.where().equals(Labels.of(s))
                || e.where().startsWith(Labels.of(s) + ", ")).findFirst().orElse(null);
        List<Animal> animals = animals(study, e.unit());
        if (session != null) {
            levels.put(Dataset.TIME, Time.sinceDose(session.getTimeFromDoseHours()));
        }
        Cohort cohort = session != null && session.getCohort() != null ? session.getCohort()
                : animals.isEmpty() ? null : Studies.cohortOf(animals.get(0));
        if (cohort != null) {
            levels.put(Dataset.COHORT, cohort.getName());
        }
        String sex = animals.stream().map(a -> a.getSex().getName()).distinct().reduce((x, y) -> "MIXED")
                .orElse(null);
        if (sex != null) {
            levels.put(Dataset.SEX, sex);
        }
        List<TreatmentArm> arms = animals.stream().map(Animal::getArm).distinct().toList();
        if (arms.size() == 1 && arms.get(0) != null) {
            String arm = arms.get(0).getCode();
            levels.put(Dataset.ARM, arm);
            compounds.forEach((compound, byArm) -> levels.put(compound, byArm.get(arm)));
        }
        return levels;
    }

    /** The animal with this id, or the animals of the cage with this label. */
    private static List<Animal> animals(Study study, String unit) {
        Animal animal = Studies.findAnimal(study, unit);
        if (animal != null) {
            return List.of(animal);
        }
        for (Cage c : Studies.cages(study)) {
            if (unit.equals(c.getLabel())) {
                return c.getAnimals();
            }
        }
        return List.of();
    }
}
