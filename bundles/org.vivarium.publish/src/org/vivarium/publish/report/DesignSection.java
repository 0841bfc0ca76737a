package org.vivarium.publish.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Run;
import org.vivarium.publish.document.Table;

/** Section 1: the question, the arms with their compounds and doses, the compounds, the cohorts with n and times. */
final class DesignSection {

    private DesignSection() {
    }

    static void add(Study study, Document.Builder d, Captions captions) {
        d.heading(1, "1 Design");
        if (present(study.getHypothesis())) {
            d.add(Paragraph.of(Run.bold("Hypothesis. "), Run.plain(study.getHypothesis().strip())));
        }
        d.add(Paragraph.of(Run.bold("Design. "), Run.plain(design(study))));
        List<List<String>> arms = new ArrayList<>();
        for (TreatmentArm arm : study.getArms()) {
            List<String> doses = arm.getRegimens().stream().map(Labels::regimen).toList();
            long allocated = Studies.animals(study).stream().filter(a -> a.getArm() == arm).count();
            arms.add(List.of(arm.getCode(), text(arm.getLabel()) + (arm.isControl() ? " (control)" : ""),
                    doses.isEmpty() ? "no dose" : String.join("; ", doses),
                    arm.getPlannedN() > 0 ? Numbers.count(arm.getPlannedN()) : "\u2013", Numbers.count(allocated)));
        }
        d.add(new Table(captions.table("Treatment arms"), List.of("Arm", "Label", "Doses (compound, dose, route, time)",
                "Planned n", "Animals"), arms, List.of(1.1, 2.2, 3.6, 0.9, 0.9)));
        List<List<String>> compounds = new ArrayList<>();
        for (Compound c : study.getCompounds()) {
            compounds.add(List.of(c.getName(), text(c.getVehicle()), c.getStockConcentrationMgPerMl() > 0
                    ? Labels.number(c.getStockConcentrationMgPerMl()) + " mg/mL" : "\u2013",
                    c.isPlacebo() ? "vehicle / placebo" : c.isControlledSubstance() ? "controlled substance" : "",
                    usedBy(study, c)));
        }
        if (!compounds.isEmpty()) {
            d.add(new Table(captions.table("Compounds"), List.of("Compound", "Vehicle", "Stock", "Kind", "Given in arms"),
                    compounds, List.of(1.5, 1.5, 1.0, 1.5, 2.0)));
        }
        List<List<String>> cohorts = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            long active = c.getAnimals().stream().filter(Studies::isActive).count();
            cohorts.add(List.of(c.getName(), c.getTimepointHours() == null ? "\u2013"
                    : Time.sinceDose(c.getTimepointHours()), text(c.getStrain()), sex(c),
                    Numbers.count(c.getAnimals().size()), Numbers.count(active), sessions(study, c)));
        }
        if (!cohorts.isEmpty()) {
            d.add(new Table(captions.table("Cohorts"), List.of("Cohort", "Time since dose", "Strain", "Sex", "n",
                    "Active", "Sessions (time since dose)"), cohorts, List.of(1.0, 1.1, 1.4, 0.8, 0.6, 0.7, 3.0)));
        }
    }

    private static String design(Study study) {
        List<String> parts = new ArrayList<>();
        parts.add(text(study.getSpecies()).isEmpty() ? "species not recorded" : study.getSpecies());
        parts.add(study.getArms().size() + " arms");
        parts.add(study.getCohorts().size() + " cohorts");
        if (study.getTimeDesign() != null) {
            parts.add(switch (study.getTimeDesign()) {
                case SEPARATE_COHORTS -> "one cohort per time since dose (between subjects)";
                case REPEATED_MEASURES -> "the same animals tested at each time (repeated measures)";
            });
        }
        if (study.getExperimentalUnit() != null) {
            parts.add("experimental unit: " + study.getExperimentalUnit().getName().toLowerCase(Locale.ROOT));
        }
        String s = String.join("; ", parts) + ".";
        return present(study.getSampleSizeRationale()) ? s + " Sample size: " + study.getSampleSizeRationale().strip()
                : s;
    }

    private static String usedBy(Study study, Compound c) {
        Set<String> arms = new LinkedHashSet<>();
        for (TreatmentArm a : study.getArms()) {
            for (DoseRegimen r : a.getRegimens()) {
                if (r.getCompound() == c) {
                    arms.add(a.getCode());
                }
            }
        }
        return arms.isEmpty() ? "none" : String.join(", ", arms);
    }

    private static String sex(Cohort c) {
        long f = c.getAnimals().stream().filter(a -> a.getSex() == org.vivarium.model.Sex.FEMALE).count();
        long m = c.getAnimals().stream().filter(a -> a.getSex() == org.vivarium.model.Sex.MALE).count();
        if (f + m == 0) {
            return c.getSex() == null ? "\u2013" : c.getSex().getName().toLowerCase(Locale.ROOT);
        }
        return f == 0 ? "male" : m == 0 ? "female" : f + " f, " + m + " m";
    }

    private static String sessions(Study study, Cohort c) {
        List<String> s = new ArrayList<>();
        for (AssayDefinition a : study.getAssays()) {
            for (AssaySession session : a.getSessions()) {
                if (session.getCohort() == c || session.getCohort() == null && session.getAnimals().stream()
                        .map(Animal::eContainer).anyMatch(x -> x == c)) {
                    s.add(a.getCode() + " " + Time.sinceDose(session.getTimeFromDoseHours())
                            + (session.getCompletedAt() == null ? " (to do)" : ""));
                }
            }
        }
        return s.isEmpty() ? "none" : String.join(", ", s);
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
