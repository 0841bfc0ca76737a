package org.vivarium.publish.arrive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;

/** ARRIVE item 8: species, strain, sex, age and weight at the first dose, source. */
final class ArriveAnimals {

    private final Study study;
    private final Checklist out;

    ArriveAnimals(Study study, Checklist out) {
        this.study = study;
        this.out = out;
    }

    void write() {
        out.item(8, "Experimental animals");
        List<Animal> animals = Studies.animals(study);
        List<String> facts = new ArrayList<>();
        String species = Formats.given(study.getSpecies());
        Set<String> strains = distinct(study.getCohorts().stream().map(Cohort::getStrain).toList());
        if (species != null) {
            facts.add("Species: " + species + (strains.isEmpty() ? "" : ", strain " + Formats.and(new ArrayList<>(
                    strains))) + ".");
        }
        if (!animals.isEmpty()) {
            facts.add("Sex: " + ArriveDesign.sexCounts(animals) + ".");
            Set<String> genotypes = distinct(animals.stream().map(Animal::getGenotype).toList());
            if (!genotypes.isEmpty()) {
                facts.add("Genotype: " + Formats.and(new ArrayList<>(genotypes)) + ".");
            }
        }
        String age = age();
        if (age != null) {
            facts.add(age);
        }
        String weight = weights(animals);
        if (weight != null) {
            facts.add(weight);
        }
        if (!facts.isEmpty()) {
            out.reported("8a", String.join(" ", facts));
        }
        if (species == null) {
            out.toComplete("8a", "the species", "enter it in " + ArriveDesign.WHERE_STUDY + " > Species");
        }
        if (strains.isEmpty()) {
            out.toComplete("8a", "the strain and substrain", "enter it in Study design editor > Animals > Cohorts > "
                    + "Strain");
        }
        if (age == null) {
            out.toComplete("8a", "the age of the animals", "enter the dates of birth in Study design editor > Animals "
                    + "(or the cohort's Birth date)");
        }
        source();
    }

    /** Age in weeks at the cohort's anchor dose, from each animal's date of birth (else the cohort's). */
    private String age() {
        double min = Double.MAX_VALUE;
        double max = -1;
        for (Cohort c : study.getCohorts()) {
            LocalDateTime dose = c.getAnchorDoseTime();
            if (dose == null) {
                continue;
            }
            for (Animal a : c.getAnimals()) {
                LocalDate born = a.getDateOfBirth() != null ? a.getDateOfBirth() : c.getBirthDate();
                if (born != null) {
                    double weeks = ChronoUnit.DAYS.between(born, dose.toLocalDate()) / 7.0;
                    min = Math.min(min, weeks);
                    max = Math.max(max, weeks);
                }
            }
        }
        if (max < 0) {
            return null;
        }
        return "Age at the anchor dose: " + Formats.range(Math.floor(min), Math.floor(max), 0) + " weeks (from the "
                + "dates of birth).";
    }

    /** Body weight at dosing (the last weighing before the anchor dose), per sex. */
    private String weights(List<Animal> animals) {
        List<String> parts = new ArrayList<>();
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE, Sex.UNKNOWN)) {
            List<Double> w = new ArrayList<>();
            for (Animal a : animals) {
                Cohort c = Studies.cohortOf(a);
                if (a.getSex() != sex || c == null || c.getAnchorDoseTime() == null) {
                    continue;
                }
                BodyWeight bw = Studies.latestBodyWeight(a, c.getAnchorDoseTime());
                if (bw != null) {
                    w.add(bw.getWeightGrams());
                }
            }
            if (!w.isEmpty()) {
                double mean = w.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                double ss = w.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
                double sd = w.size() > 1 ? Math.sqrt(ss / (w.size() - 1)) : 0;
                String who = sex == Sex.UNKNOWN ? "animals of unrecorded sex" : sex.getName().toLowerCase() + "s";
                parts.add(who + " " + Formats.range(min(w), max(w), 1) + " g (mean " + Formats.number(mean, 1)
                        + " \u00b1 " + Formats.number(sd, 1) + " g SD, n = " + w.size() + ")");
            }
        }
        return parts.isEmpty() ? null : "Body weight before the anchor dose: " + String.join("; ", parts) + ".";
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private void source() {
        Set<String> vendors = distinct(study.getCohorts().stream().map(Cohort::getVendor).toList());
        boolean oneVendor = vendors.size() == 1 && study.getCohorts().stream().allMatch(c -> Formats.given(c
                .getVendor()) != null);
        Set<Long> days = new LinkedHashSet<>();
        for (Cohort c : study.getCohorts()) {
            days.add(c.getArrivalDate() == null || c.getAnchorDoseTime() == null ? -1 : ChronoUnit.DAYS.between(c
                    .getArrivalDate(), c.getAnchorDoseTime().toLocalDate()));
        }
        boolean sameDays = days.size() == 1 && days.iterator().next() >= 0 && (oneVendor || vendors.isEmpty());
        List<String> lines = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            List<String> facts = new ArrayList<>();
            if (sameDays) {
                lines.add(c.getName() + " " + c.getArrivalDate());
                continue;
            }
            if (!oneVendor) {
                facts.add(Formats.given(c.getVendor()) == null ? "source not recorded" : c.getVendor().strip());
            }
            if (c.getArrivalDate() != null) {
                facts.add("arrived " + c.getArrivalDate() + (c.getAnchorDoseTime() == null ? "" : ", "
                        + ChronoUnit.DAYS.between(c.getArrivalDate(), c.getAnchorDoseTime().toLocalDate())
                        + " days before the anchor dose"));
            }
            if (!facts.isEmpty()) {
                lines.add("cohort " + c.getName() + " " + String.join(", ", facts));
            }
        }
        if (vendors.isEmpty()) {
            out.toComplete("8b", "where the animals came from (supplier or colony)", "enter it in Study design editor "
                    + "> Animals > Cohorts > Vendor");
        }
        if (oneVendor || !lines.isEmpty()) {
            String arrival = lines.isEmpty() ? "" : sameDays ? "Each cohort arrived in the facility " + days.iterator()
                    .next() + " days before its anchor dose (" + String.join(", ", lines) + ")." : "By cohort: "
                            + String.join("; ", lines) + ".";
            out.reported("8b", (oneVendor ? "Source: " + vendors.iterator().next() + ". " : "") + arrival);
        }
        out.toComplete("8b", "the health and immune status (e.g. specific-pathogen-free) and any previous procedures "
                + "or use of the animals", "in the manuscript");
    }

    private static Set<String> distinct(List<String> values) {
        Set<String> s = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(s::add);
        return s;
    }
}
