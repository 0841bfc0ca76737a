package org.vivarium.core.study;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vivarium.model.Animal;
import org.vivarium.model.Study;

/**
 * The texts that name animals in a study - identifiers, ear tags and blind codes - compared ignoring case (the
 * importer finds an animal by any of them, in any case), with what each already names ("animal 1H-03", "the ear tag
 * of animal 1H-03"). New identifiers, ear tags and blind codes are checked against it so that every text names one
 * animal.
 */
public final class Identifiers {

    private final Map<String, String> taken = new HashMap<>();

    private Identifiers() {
    }

    /** The names of every animal in the study except those given (their names are about to be replaced). */
    public static Identifiers of(Study study, Collection<Animal> except) {
        Set<Animal> skip = Set.copyOf(except);
        Identifiers ids = new Identifiers();
        for (Animal a : Studies.animals(study)) {
            if (skip.contains(a)) {
                continue;
            }
            String who = "animal " + a.getId() + inCohort(a);
            ids.put(a.getId(), who);
            ids.put(a.getEarTag(), "the ear tag of " + who);
            ids.put(a.getBlindCode(), "the blind code of " + who);
        }
        return ids;
    }

    private void put(String text, String what) {
        if (text != null && !text.isBlank()) {
            taken.putIfAbsent(key(text), what);
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** What the text names already ("animal 24H-01 (cohort 24 h)"), or null if it is free. */
    public String owner(String text) {
        return text == null ? null : taken.get(key(text));
    }

    /** Whether the text is free. */
    public boolean isFree(String text) {
        return owner(text) == null;
    }

    /** Takes a text for a new name (it is no longer free); {@code what} says whose it is. */
    public void take(String text, String what) {
        put(text, what);
    }

    /** " (cohort 24 h)" for messages. */
    private static String inCohort(Animal a) {
        var c = Studies.cohortOf(a);
        return c == null ? "" : " (cohort " + c.getName() + ")";
    }
}
