package org.vivarium.core.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Houses the animals of a cohort that have no cage yet (e.g. created by an import of a sheet without a cage column):
 * new cages of at most N animals, never mixing sexes or treatment arms, so the plan also suits studies with the cage
 * as experimental unit. Only plans; the caller applies it (in the workbench as one undoable command).
 */
public final class Housing {

    /** A new cage: its label and the animals it will house. */
    public record NewCage(String label, List<Animal> animals) {
    }

    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private Housing() {
    }

    /** The active animals of the cohort without a cage. */
    public static List<Animal> unhoused(Cohort cohort) {
        return cohort.getAnimals().stream().filter(a -> a.getCage() == null && Studies.isActive(a)).toList();
    }

    /**
     * New cages for the cohort's unhoused active animals: grouped by sex, then arm (in the study's order), animals in
     * their cohort order, at most {@code perCage} a cage; labels continue the cohort's cage numbering and its zero
     * padding ("1W-C17" after "1W-C16") or start at {@code <cohort>-C01}, skipping labels used in the study.
     */
    public static List<NewCage> plan(Cohort cohort, int perCage) {
        return plan(cohort, unhoused(cohort), perCage, false);
    }

    /**
     * New cages for the given animals (e.g. new ones not added to the cohort yet), as {@link #plan(Cohort, int)}
     * makes them; with {@code mixedSexes} a cage may take both sexes (arms are still never mixed).
     */
    public static List<NewCage> plan(Cohort cohort, List<Animal> animals, int perCage, boolean mixedSexes) {
        if (perCage < 1) {
            throw new IllegalArgumentException("a cage houses at least one animal, not " + perCage);
        }
        Study study = Studies.studyOf(cohort);
        List<TreatmentArm> arms = study == null ? List.of() : study.getArms();
        Map<String, List<Animal>> groups = new LinkedHashMap<>();
        Comparator<Animal> bySex = mixedSexes ? (a, b) -> 0
                : Comparator.comparing((Animal a) -> a.getSex() == null ? Sex.MIXED : a.getSex());
        animals.stream()
                .sorted(bySex.thenComparingInt(a -> a.getArm() == null ? Integer.MAX_VALUE : arms.indexOf(a.getArm())))
                .forEach(a -> groups.computeIfAbsent((mixedSexes ? "" : a.getSex()) + "/" + (a.getArm() == null ? ""
                        : a.getArm().getCode()), k -> new ArrayList<>()).add(a));
        Set<String> taken = new HashSet<>();
        (study == null ? cohort.getCages() : Studies.cages(study)).forEach(c -> taken.add(c.getLabel()));
        String prefix = prefix(cohort);
        int[] last = lastNumber(cohort, prefix);
        int number = last[0];
        String format = "%0" + last[1] + "d";
        List<NewCage> cages = new ArrayList<>();
        for (List<Animal> group : groups.values()) {
            for (int from = 0; from < group.size(); from += perCage) {
                String label;
                do {
                    label = prefix + String.format(format, ++number);
                } while (!taken.add(label));
                cages.add(new NewCage(label, List.copyOf(group.subList(from, Math.min(group.size(),
                        from + perCage)))));
            }
        }
        return cages;
    }

    /** "1W-C" from the cohort's last cage "1W-C16", else the cohort's name as identifiers write it ("24H") and "-C". */
    private static String prefix(Cohort cohort) {
        List<Cage> own = cohort.getCages();
        String last = own.isEmpty() ? null : own.get(own.size() - 1).getLabel();
        Matcher m = last == null ? null : NUMBERED.matcher(last);
        return m != null && m.matches() ? m.group(1) : IdPattern.cohortToken(cohort) + "-C";
    }

    /** The highest number after the prefix in the cohort's cage labels and its digits (zero padding); 0 and 2. */
    private static int[] lastNumber(Cohort cohort, String prefix) {
        int max = 0;
        int width = 2;
        for (Cage c : cohort.getCages()) {
            Matcher m = c.getLabel() == null ? null : NUMBERED.matcher(c.getLabel());
            if (m != null && m.matches() && m.group(1).equals(prefix)) {
                max = Math.max(max, Integer.parseInt(m.group(2)));
                width = m.group(2).length();
            }
        }
        return new int[] { max, width };
    }
}
