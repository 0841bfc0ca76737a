package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Exclusion;
import org.vivarium.analysis.data.Observation;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.arrive.Outcomes.Outcome;
import org.vivarium.publish.document.Table;

/** ARRIVE item 3: criteria, every animal and value left out with its reason and date, n analysed. */
final class ArriveExclusions {

    private final Study study;
    private final Naming naming;
    private final Checklist out;

    ArriveExclusions(Study study, Naming naming, Checklist out) {
        this.study = study;
        this.naming = naming;
        this.out = out;
    }

    void write(Outcomes outcomes) {
        out.item(3, "Inclusion and exclusion criteria");
        out.reported("3a", "Vivarium records every animal that leaves the study (found dead, humane endpoint, "
                + "excluded) and every value excluded from analysis, each with its reason; values of such animals and "
                + "excluded values enter no analysis. Cage-level values enter an analysis only when the cage houses "
                + "one arm.");
        out.toComplete("3a", "the inclusion and exclusion criteria (for animals during the experiment and for data "
                + "points in the analysis) and whether they were set before the study, or that none were set",
                "in the manuscript (Vivarium records each exclusion and its reason, not the criteria)");
        excluded(outcomes);
        analysed(outcomes);
    }

    private void excluded(Outcomes outcomes) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Integer> perArm = new LinkedHashMap<>();
        for (Cohort c : study.getCohorts()) {
            for (Animal a : c.getAnimals()) {
                if (a.getStatus() != AnimalStatus.ACTIVE) {
                    rows.add(List.of(Formats.text(a.getId()), Formats.text(c.getName()), naming.arm(a.getArm()),
                            status(a.getStatus())
                            + " (all values)", a.getStatusDate() == null ? "not recorded" : a.getStatusDate()
                                    .toString(), reason(a.getStatusReason())));
                    perArm.merge(naming.arm(a.getArm()), 1, Integer::sum);
                }
            }
        }
        int values = 0;
        for (AssaySession s : Studies.sessions(study)) {
            for (Measurement m : s.getMeasurements()) {
                if (m.isExcluded()) {
                    values++;
                    Animal a = m.getAnimal();
                    String unit = a != null ? Formats.text(a.getId()) : m.getCage() != null ? "cage " + m.getCage()
                            .getLabel() : "?";
                    TreatmentArm arm = a != null ? a.getArm() : m.getCage() != null && !m.getCage().getAnimals()
                            .isEmpty() ? m.getCage().getAnimals().get(0).getArm() : null;
                    Cohort c = s.getCohort();
                    String what = "value excluded: " + Formats.text(s.getName()) + ", " + (m.getMeasure() == null
                            ? "?" : ArriveMeasures.label(m.getMeasure()));
                    rows.add(List.of(unit, c == null ? "" : Formats.text(c.getName()), naming.arm(arm), what, s
                            .getDate() == null ? "not recorded" : s.getDate().toLocalDate().toString(), reason(m
                                    .getExclusionReason())));
                    perArm.merge(naming.arm(arm), 1, Integer::sum);
                }
            }
        }
        List<String> mixedCages = new ArrayList<>();
        for (Outcome o : outcomes.all()) {
            for (Exclusion e : o.data().exclusions()) {
                if (e.category().equals("no single arm") || e.category().equals("no experimental unit")) {
                    mixedCages.add(e.describe());
                }
            }
        }
        if (rows.isEmpty() && mixedCages.isEmpty()) {
            out.reported("3b", "No animals, experimental units or data points were excluded.");
            return;
        }
        long animals = rows.stream().filter(r -> r.get(3).endsWith("(all values)")).count();
        List<String> parts = new ArrayList<>();
        perArm.forEach((arm, n) -> parts.add(arm + " " + n));
        out.reported("3b", Formats.count(animals, "animal") + " left the study and " + Formats.count(values, "value")
                + " " + (values == 1 ? "was" : "were") + " excluded, each listed below with its reason (per arm: "
                + String.join(", ", parts) + "; arms without an entry had no exclusion). Animals that left the "
                + "study contribute no value to any analysis, including values measured before they left.");
        out.table(new Table("Animals and values not included in the analysis", List.of("Animal", "Cohort", "Arm",
                "What", "Date", "Reason"), rows, List.of(1.0, 0.8, 0.9, 2.0, 1.1, 3.2)));
        if (!mixedCages.isEmpty()) {
            out.paragraph("Cage values not analysed: " + String.join("; ", mixedCages) + ".");
        }
    }

    /** n per arm and timepoint of each outcome as analysed. */
    private void analysed(Outcomes outcomes) {
        if (outcomes.all().isEmpty()) {
            out.toComplete("3c", "the exact n in each group of each analysis", "enter the measurements (the Bench "
                    + "data-entry grid, or vivarium import), then make this report again");
            return;
        }
        List<TreatmentArm> arms = naming.arms();
        List<String> headers = new ArrayList<>(List.of("Outcome", "Time"));
        arms.forEach(a -> headers.add(naming.arm(a)));
        // measures of one assay with the same n everywhere share their rows
        Map<String, Map<List<List<String>>, List<String>>> byAssay = new LinkedHashMap<>();
        for (Outcome o : outcomes.all()) {
            byAssay.computeIfAbsent(o.assay().getCode(), k -> new LinkedHashMap<>()).computeIfAbsent(counts(o, arms),
                    k -> new ArrayList<>()).add(ArriveMeasures.label(o.measure()));
        }
        List<List<String>> rows = new ArrayList<>();
        byAssay.forEach((assay, groups) -> groups.forEach((counts, measures) -> {
            for (List<String> c : counts) {
                List<String> row = new ArrayList<>();
                row.add(assay + " " + String.join(", ", measures));
                row.addAll(c);
                rows.add(row);
            }
        }));
        out.reported("3c", "The n of every analysis below, per arm and timepoint (animals, or cages for cage-level "
                + "assays), after the exclusions above:");
        out.table(new Table("n analysed per outcome, timepoint and arm", headers, rows));
    }

    /** Per timepoint: the time, then the number of units per arm. */
    private static List<List<String>> counts(Outcome o, List<TreatmentArm> arms) {
        Dataset d = o.data();
        List<String> times = d.hasFactor(Dataset.TIME) ? d.levels(Dataset.TIME) : List.of("");
        List<List<String>> rows = new ArrayList<>();
        for (String t : times) {
            List<String> row = new ArrayList<>(List.of(t));
            for (TreatmentArm a : arms) {
                row.add(String.valueOf(d.observations().stream().filter(x -> a.getCode().equals(x.level(Dataset.ARM))
                        && (t.isEmpty() || t.equals(x.level(Dataset.TIME)))).map(Observation::unit).distinct()
                        .count()));
            }
            rows.add(row);
        }
        return rows;
    }

    static String status(AnimalStatus s) {
        return switch (s) {
            case FOUND_DEAD -> "found dead";
            case HUMANE_ENDPOINT -> "humane endpoint";
            case EXCLUDED -> "animal excluded";
            default -> s.getName().toLowerCase();
        };
    }

    private static String reason(String r) {
        return r == null || r.isBlank() ? "no reason recorded" : r.strip();
    }
}
