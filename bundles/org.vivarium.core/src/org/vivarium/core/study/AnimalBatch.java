package org.vivarium.core.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;

/**
 * Animals added to a cohort in bulk: how many, their sex (or a split), strain, date of birth, an identifier pattern
 * ({@link IdPattern}) and optionally new cages of at most N (one sex a cage unless mixed).
 * {@link #plan(Study, Settings)} checks everything first; a plan without problems becomes one undoable command
 * ({@link AnimalBatchPlan#toCommand}).
 */
public final class AnimalBatch {

    /** The most animals one batch adds. */
    public static final int MAX_COUNT = 10_000;
    /** The most animals a new cage takes. */
    public static final int MAX_CAGE_SIZE = 50;

    /** How many animals of one sex. */
    public record SexCount(Sex sex, int count) {
    }

    /**
     * What to add.
     *
     * @param cohort      the cohort the animals join
     * @param count       how many (1 to {@link #MAX_COUNT})
     * @param sexes       how many of each sex, in numbering order; empty: all of the cohort's sex
     * @param strain      the strain (set on the cohort when it has none; must agree with it otherwise), or null
     * @param dateOfBirth their date of birth, or null
     * @param idPattern   the identifier pattern, e.g. {@link IdPattern#DEFAULT}
     * @param cageSize    at most this many animals in each new cage; 0: no cages
     * @param mixedCages  whether a cage may take both sexes
     */
    public record Settings(Cohort cohort, int count, List<SexCount> sexes, String strain, LocalDate dateOfBirth,
            String idPattern, int cageSize, boolean mixedCages) {

        public static Settings of(Cohort cohort, int count) {
            return new Settings(cohort, count, List.of(), null, null, IdPattern.DEFAULT, 0, false);
        }

        public Settings withSexes(List<SexCount> split) {
            return new Settings(cohort, count, List.copyOf(split), strain, dateOfBirth, idPattern, cageSize,
                    mixedCages);
        }

        public Settings withStrain(String s) {
            return new Settings(cohort, count, sexes, s, dateOfBirth, idPattern, cageSize, mixedCages);
        }

        public Settings withDateOfBirth(LocalDate d) {
            return new Settings(cohort, count, sexes, strain, d, idPattern, cageSize, mixedCages);
        }

        public Settings withIdPattern(String p) {
            return new Settings(cohort, count, sexes, strain, dateOfBirth, p, cageSize, mixedCages);
        }

        public Settings withCages(int size, boolean mixed) {
            return new Settings(cohort, count, sexes, strain, dateOfBirth, idPattern, size, mixed);
        }
    }

    private static final Pattern SPLIT_PART = Pattern.compile("(\\d+)\\s*([a-z]+)");

    private AnimalBatch() {
    }

    /**
     * "female", "male" (or f, m) for all {@code count} animals, or a split such as "20f,20m" or "20 female, 20 male",
     * which must add up to {@code count}; the exception's message says what is wrong.
     */
    public static List<SexCount> parseSexes(String text, int count) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Sex single = sex(t);
        if (single != null) {
            return List.of(new SexCount(single, count));
        }
        List<SexCount> split = new ArrayList<>();
        int sum = 0;
        for (String part : t.split("[,;/+]")) {
            Matcher m = SPLIT_PART.matcher(part.strip());
            Sex sex = m.matches() ? sex(m.group(2)) : null;
            if (sex == null || m.group(1).length() > 6) {
                throw new IllegalArgumentException("sex '" + text + "' is not female, male or a split such as 20f,20m");
            }
            if (split.stream().anyMatch(s -> s.sex() == sex)) {
                throw new IllegalArgumentException("sex split '" + text + "' names " + sex.getLiteral().toLowerCase(
                        Locale.ROOT) + " twice");
            }
            int n = Integer.parseInt(m.group(1));
            sum += n;
            split.add(new SexCount(sex, n));
        }
        if (sum != count) {
            throw new IllegalArgumentException("sex split '" + text + "' adds up to " + sum + ", not " + count);
        }
        return List.copyOf(split);
    }

    private static Sex sex(String word) {
        return switch (word) {
            case "f", "female", "females" -> Sex.FEMALE;
            case "m", "male", "males" -> Sex.MALE;
            default -> null;
        };
    }

    /** Checks the settings and makes the animals (and cages) without adding them to the study yet. */
    public static AnimalBatchPlan plan(Study study, Settings settings) {
        return plan(study, settings, LocalDate.now());
    }

    /** As {@link #plan(Study, Settings)}, with the date a date of birth may not be after. */
    public static AnimalBatchPlan plan(Study study, Settings s, LocalDate today) {
        List<String> problems = new ArrayList<>();
        Cohort cohort = s.cohort();
        if (cohort == null || !study.getCohorts().contains(cohort)) {
            problems.add(cohort == null ? "no cohort given" : "cohort " + cohort.getName() + " is not in the study");
            return AnimalBatchPlan.rejected(s, problems);
        }
        String where = "cohort " + cohort.getName() + ": ";
        if (s.count() < 1 || s.count() > MAX_COUNT) {
            problems.add(where + "the number of animals to add must be 1 to " + MAX_COUNT + ", not " + s.count());
        }
        List<SexCount> sexes = sexes(s, cohort, where, problems);
        String strainToSet = null;
        if (s.strain() != null && !s.strain().isBlank()) {
            String have = cohort.getStrain();
            if (have == null || have.isBlank()) {
                strainToSet = s.strain().strip();
            } else if (!have.strip().equalsIgnoreCase(s.strain().strip())) {
                problems.add(where + "the cohort is of strain " + have + ", not " + s.strain().strip());
            }
        }
        if (s.dateOfBirth() != null && s.dateOfBirth().isAfter(today)) {
            problems.add(where + "date of birth " + s.dateOfBirth() + " is in the future");
        }
        if (s.cageSize() < 0 || s.cageSize() > MAX_CAGE_SIZE) {
            problems.add(where + "a new cage takes 1 to " + MAX_CAGE_SIZE + " animals, not " + s.cageSize());
        }
        IdPattern pattern = null;
        try {
            pattern = IdPattern.parse(s.idPattern());
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
        }
        if (!problems.isEmpty()) {
            return AnimalBatchPlan.rejected(s, problems);
        }
        List<Animal> animals = animals(study, s, sexes, pattern, where, problems);
        if (!problems.isEmpty()) {
            return AnimalBatchPlan.rejected(s, problems);
        }
        List<Sex> present = sexes.stream().filter(c -> c.count() > 0).map(SexCount::sex).distinct().toList();
        Sex cohortSex = cohort.getSex() == null || cohort.getSex() == Sex.UNKNOWN
                ? (present.size() == 1 ? present.get(0) : Sex.MIXED) : null;
        List<Housing.NewCage> cages = s.cageSize() == 0 ? List.of()
                : Housing.plan(cohort, animals, s.cageSize(), s.mixedCages());
        return new AnimalBatchPlan(s, List.of(), sexes, animals, cages, strainToSet, cohortSex);
    }

    private static List<SexCount> sexes(Settings s, Cohort cohort, String where, List<String> problems) {
        Sex cohortSex = cohort.getSex();
        List<SexCount> sexes = s.sexes();
        if (sexes.isEmpty()) {
            if (cohortSex == Sex.FEMALE || cohortSex == Sex.MALE) {
                return List.of(new SexCount(cohortSex, s.count()));
            }
            problems.add(where + "say which sex the animals are: female, male or a split such as "
                    + (s.count() / 2) + "f," + (s.count() - s.count() / 2) + "m");
            return List.of();
        }
        int sum = sexes.stream().mapToInt(SexCount::count).sum();
        if (sum != s.count()) {
            problems.add(where + "the sex split adds up to " + sum + ", not " + s.count());
        }
        for (SexCount c : sexes) {
            if (c.sex() != Sex.FEMALE && c.sex() != Sex.MALE) {
                problems.add(where + "new animals are female or male, not " + c.sex());
            } else if (c.count() > 0 && (cohortSex == Sex.FEMALE || cohortSex == Sex.MALE) && c.sex() != cohortSex) {
                problems.add(where + "the cohort is " + lower(cohortSex) + "; it takes no " + lower(c.sex())
                        + " animals");
            }
        }
        return sexes;
    }

    private static List<Animal> animals(Study study, Settings s, List<SexCount> sexes, IdPattern pattern, String where,
            List<String> problems) {
        Identifiers taken = Identifiers.of(study, List.of());
        int number = pattern.highestNumber(s.cohort());
        List<Animal> animals = new ArrayList<>(s.count());
        for (SexCount c : sexes) {
            for (int i = 0; i < c.count(); i++) {
                String id = pattern.format(s.cohort(), ++number, c.sex());
                String owner = taken.owner(id);
                if (owner != null) {
                    problems.add(where + "the new identifier " + id + " clashes with " + owner
                            + "; choose another identifier pattern");
                    return List.of();
                }
                taken.take(id, "new animal " + id);
                Animal a = VivariumFactory.eINSTANCE.createAnimal();
                a.setId(id);
                a.setSex(c.sex());
                a.setDateOfBirth(s.dateOfBirth());
                a.setStatus(AnimalStatus.ACTIVE);
                animals.add(a);
            }
        }
        return animals;
    }

    static String lower(Sex sex) {
        return sex.getLiteral().toLowerCase(Locale.ROOT);
    }
}
