package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TimeDesign;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.document.Table;

/** ARRIVE items 1 (study design) and 2 (sample size). */
final class ArriveDesign {

    static final String WHERE_STUDY = "Study design editor > Study";

    private final Study study;
    private final Naming naming;
    private final Checklist out;

    ArriveDesign(Study study, Naming naming, Checklist out) {
        this.study = study;
        this.naming = naming;
        this.out = out;
    }

    void write(List<String> factors) {
        out.item(1, "Study design");
        groups(factors);
        unit();
        out.item(2, "Sample size");
        sampleSize();
        rationale();
    }

    private void groups(List<String> factors) {
        List<TreatmentArm> arms = naming.arms();
        if (arms.isEmpty()) {
            out.toComplete("1a", "the groups being compared, including the control group", "add the arms in "
                    + "Study design editor > Treatments > Arms");
            return;
        }
        StringBuilder b = new StringBuilder();
        if (factors.size() == 2 && !naming.blinded()) {
            b.append("A ").append(levels(factors.get(0))).append(" \u00d7 ").append(levels(factors.get(1)))
                    .append(" factorial design (").append(factors.get(0)).append(" \u00d7 ").append(factors.get(1))
                    .append(") with ").append(arms.size()).append(" arms: ");
        } else {
            b.append(Formats.count(arms.size(), "arm")).append(" were compared: ");
        }
        List<String> names = new ArrayList<>();
        TreatmentArm control = Studies.controlArm(study);
        for (TreatmentArm a : arms) {
            names.add(naming.armWithLabel(a) + (a == control && !naming.blinded() ? ", the vehicle control" : ""));
        }
        b.append(String.join("; ", names)).append(". ");
        if (naming.blinded()) {
            b.append("The treatments are coded and the code has not been broken, so the arms are reported by their "
                    + "codes and the control arm is not named. ");
        }
        b.append(timeDesign());
        out.reported("1a", b.toString().strip());
        out.bullets(sessions());
        if (control == null) {
            out.toComplete("1a", "the control group, or why there is none", "mark the control arm in Study design "
                    + "editor > Treatments > Arms > Control arm");
        }
    }

    private String levels(String compound) {
        return String.valueOf(org.vivarium.analysis.data.StudyDatasets.compoundFactors(study).get(compound).values()
                .stream().distinct().count());
    }

    private String timeDesign() {
        List<String> timepoints = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            if (c.getTimepointHours() != null) {
                timepoints.add(Time.sinceDose(c.getTimepointHours()));
            }
        }
        int cohorts = study.getCohorts().size();
        if (study.getTimeDesign() == TimeDesign.SEPARATE_COHORTS && !timepoints.isEmpty()) {
            return "Time since the anchor dose was studied between subjects: each timepoint (" + String.join(", ",
                    timepoints) + ") had its own cohort of animals, each tested once per assay (" + Formats.count(
                            cohorts, "cohort") + ").";
        }
        if (study.getTimeDesign() == TimeDesign.REPEATED_MEASURES) {
            return "The same animals were retested at each timepoint (repeated measures; " + Formats.count(cohorts,
                    "cohort") + ").";
        }
        return "The study has " + Formats.count(cohorts, "cohort") + ".";
    }

    /** One line per assay: its sessions by time since dose, and which are not done yet. */
    private List<String> sessions() {
        List<String> lines = new ArrayList<>();
        for (AssayDefinition a : study.getAssays()) {
            if (a.getSessions().isEmpty()) {
                continue;
            }
            TreeMap<Double, String> times = new TreeMap<>();
            List<String> open = new ArrayList<>();
            for (AssaySession s : a.getSessions()) {
                times.put(s.getTimeFromDoseHours(), Time.sinceDose(s.getTimeFromDoseHours()));
                if (s.getMeasurements().isEmpty()) {
                    open.add(s.getName());
                }
            }
            lines.add(a.getName() + " (" + a.getCode() + "): " + Formats.count(a.getSessions().size(), "session")
                    + " at " + String.join(", ", times.values()) + " after the anchor dose" + (open.isEmpty() ? ""
                            : "; without values yet: " + String.join(", ", open)) + ".");
        }
        return lines;
    }

    private void unit() {
        String unit = study.getExperimentalUnit() == ExperimentalUnit.CAGE ? "the cage" : "the single animal";
        List<String> byCage = study.getAssays().stream().filter(a -> a.getUnit() == ExperimentalUnit.CAGE
                && !a.getSessions().isEmpty()).map(a -> "the " + lowerFirst(a.getName()) + " (" + a.getCode() + ")")
                .toList();
        String text = "The experimental unit is " + unit + ".";
        if (!byCage.isEmpty() && study.getExperimentalUnit() != ExperimentalUnit.CAGE) {
            text += " For " + Formats.and(byCage) + " the unit is the cage: the values are measured per cage (e.g. "
                    + "bottles shared by its animals), and only cages housing one arm are analysed.";
        }
        out.reported("1b", text);
    }

    private void sampleSize() {
        List<TreatmentArm> arms = naming.arms();
        List<Animal> animals = Studies.animals(study);
        if (animals.isEmpty()) {
            out.toComplete("2a", "the number of animals per group and in total", "add the animals in Study design "
                    + "editor > Animals (or: vivarium animals add)");
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add("Cohort");
        arms.forEach(a -> headers.add(naming.arm(a)));
        headers.add("No arm");
        headers.add("Total");
        List<List<String>> rows = new ArrayList<>();
        Map<TreatmentArm, Integer> perArm = new LinkedHashMap<>();
        int noArm = 0;
        for (Cohort c : study.getCohorts()) {
            List<String> row = new ArrayList<>();
            row.add(Formats.text(c.getName()));
            for (TreatmentArm a : arms) {
                int n = (int) c.getAnimals().stream().filter(x -> x.getArm() == a).count();
                perArm.merge(a, n, Integer::sum);
                row.add(sexSplit(c.getAnimals().stream().filter(x -> x.getArm() == a).toList()));
            }
            List<Animal> none = c.getAnimals().stream().filter(x -> x.getArm() == null).toList();
            noArm += none.size();
            row.add(none.isEmpty() ? "0" : sexSplit(none));
            row.add(sexSplit(c.getAnimals()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add("Total");
        for (TreatmentArm a : arms) {
            total.add(sexSplit(animals.stream().filter(x -> x.getArm() == a).toList()));
        }
        total.add(String.valueOf(noArm));
        total.add(sexSplit(animals));
        rows.add(total);
        if (noArm == 0) {
            headers.remove("No arm");
            rows.forEach(r -> r.remove(r.size() - 2));
        }
        List<String> parts = new ArrayList<>();
        perArm.forEach((a, n) -> parts.add(naming.arm(a) + " " + n));
        out.reported("2a", "Animals allocated per arm: " + String.join(", ", parts) + "; " + Formats.count(
                animals.size(), "animal") + " in total (" + sexCounts(animals) + ")" + (noArm == 0 ? ""
                        : ", of which " + noArm + " not allocated to an arm") + ". The table gives n per cohort "
                                + "(female/male); each cohort is a separate experiment at its timepoint." + cages());
        out.table(new Table("Animals allocated per arm and cohort (n, female/male in brackets)", headers, rows));
        planned();
    }

    /** For cage-unit assays: the number of single-arm cages per arm. */
    private String cages() {
        boolean byCage = study.getAssays().stream().anyMatch(a -> a.getUnit() == ExperimentalUnit.CAGE
                && !a.getSessions().isEmpty());
        if (!byCage) {
            return "";
        }
        Map<String, Integer> perArm = new LinkedHashMap<>();
        naming.arms().forEach(a -> perArm.put(naming.arm(a), 0));
        int mixed = 0;
        for (Cage c : Studies.cages(study)) {
            List<TreatmentArm> arms = c.getAnimals().stream().map(Animal::getArm).distinct().toList();
            if (arms.size() == 1 && arms.get(0) != null) {
                perArm.merge(naming.arm(arms.get(0)), 1, Integer::sum);
            } else if (!c.getAnimals().isEmpty()) {
                mixed++;
            }
        }
        List<String> parts = new ArrayList<>();
        perArm.forEach((a, n) -> parts.add(a + " " + n));
        return " Cages (the unit of cage-level assays): " + String.join(", ", parts) + (mixed == 0 ? ""
                : "; " + mixed + " cages house several arms and are not analysed") + ".";
    }

    private void planned() {
        List<String> planned = new ArrayList<>();
        for (TreatmentArm a : naming.arms()) {
            if (a.getPlannedN() > 0) {
                planned.add(naming.arm(a) + " " + a.getPlannedN());
            }
        }
        if (!planned.isEmpty()) {
            out.paragraph("Planned: " + String.join(", ", planned) + " animals per sex in each cohort.");
        }
    }

    private void rationale() {
        String r = Formats.given(study.getSampleSizeRationale());
        if (r != null) {
            out.reported("2b", Formats.sentence(r));
            if (r.toLowerCase().contains("illustrative") || !r.toLowerCase().contains("power")) {
                out.toComplete("2b", "the a priori sample size calculation, if one was done (effect size, variability, "
                        + "significance level and power, and the software used)", "enter it in " + WHERE_STUDY
                                + " > Sample size rationale");
            }
        } else {
            out.toComplete("2b", "how the sample size was decided, with the a priori calculation if one was done "
                    + "(effect size, variability, significance level, power)", "enter it in " + WHERE_STUDY
                            + " > Sample size rationale");
        }
    }

    /** "Sucrose preference test" as "sucrose preference test"; "FST-like" or "OFT" stay as they are. */
    static String lowerFirst(String name) {
        if (name == null || name.length() < 2 || !Character.isLowerCase(name.charAt(1))) {
            return Formats.text(name);
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** "20 (10/10)" for female/male, or just "20" when no animal's sex is known. */
    static String sexSplit(List<Animal> animals) {
        long f = animals.stream().filter(a -> a.getSex() == Sex.FEMALE).count();
        long m = animals.stream().filter(a -> a.getSex() == Sex.MALE).count();
        return f + m == 0 ? String.valueOf(animals.size()) : animals.size() + " (" + f + "/" + m + ")";
    }

    /** "240 female, 240 male". */
    static String sexCounts(List<Animal> animals) {
        List<String> parts = new ArrayList<>();
        for (Sex s : List.of(Sex.FEMALE, Sex.MALE, Sex.UNKNOWN, Sex.MIXED)) {
            long n = animals.stream().filter(a -> a.getSex() == s).count();
            if (n > 0) {
                parts.add(n + " " + (s == Sex.UNKNOWN || s == Sex.MIXED ? "of unrecorded sex" : s.getName()
                        .toLowerCase()));
            }
        }
        return String.join(", ", parts);
    }
}
