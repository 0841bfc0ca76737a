package org.vivarium.io.excel.internal.plan;

import java.util.HashMap;
import java.util.Map;

import org.vivarium.core.study.LookAlikes;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Study;

/**
 * Names an import with the create option is about to give new animals, cages, cohorts and arms: refused when they
 * hold invisible characters or look like another name of their kind but are different text ("A1", Cyrillic "А1",
 * "A1" with a zero-width space), which would otherwise become separate objects that nobody can tell apart.
 */
final class NewNames {

    private final Map<String, Map<String, String>> byKind = new HashMap<>();

    NewNames(Study study) {
        Studies.animals(study).forEach(a -> add("animal", a.getId()));
        Studies.cages(study).forEach(c -> add("cage", c.getLabel()));
        study.getCohorts().forEach(c -> add("cohort", c.getName()));
        study.getArms().forEach(a -> add("arm", a.getCode()));
    }

    /** Why a new object of this kind may not take the name, or null (and then the name is taken). */
    String problem(String kind, String name) {
        String bad = LookAlikes.problem(name);
        if (bad != null) {
            return "the new " + kind + " name '" + LookAlikes.visible(name) + "' " + bad
                    + "; retype it without that character";
        }
        String other = byKind.computeIfAbsent(kind, k -> new HashMap<>()).get(LookAlikes.skeleton(name));
        String confusion = other == null ? null : LookAlikes.confusion(other, name.strip());
        if (confusion != null) {
            return "'" + name.strip() + "' looks the same as " + kind + " '" + other + "' but is different text (it "
                    + "differs in " + confusion + "); use the same spelling";
        }
        add(kind, name.strip());
        return null;
    }

    private void add(String kind, String name) {
        if (name != null && !name.isBlank()) {
            byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(LookAlikes.skeleton(name), name.strip());
        }
    }
}
