package org.vivarium.core.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.model.Animal;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * Ear tags (or identifiers) pasted as a column, one line per animal in the order of the animals: checked (one per
 * animal, no duplicates in the list, none naming another animal of the study) before one undoable command sets them.
 */
public final class EarTags {

    /** What a pasted column comes to: the problems, or the value each animal gets. */
    public static final class Plan {

        private final String what;
        private final EAttribute attribute;
        private final List<String> problems;
        private final Map<Animal, String> values;

        Plan(String what, EAttribute attribute, List<String> problems, Map<Animal, String> values) {
            this.what = what;
            this.attribute = attribute;
            this.problems = List.copyOf(problems);
            this.values = values;
        }

        /** One line per problem, e.g. "line 4: ear tag 1207 is on line 2 as well"; empty if none. */
        public List<String> problems() {
            return problems;
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        /** The value each animal gets, in the order of the animals. */
        public Map<Animal, String> values() {
            return values;
        }

        /** e.g. "ear tags of 40 animals: 1201 ... 1240". */
        public String summary() {
            List<String> v = List.copyOf(values.values());
            return hasProblems() ? String.join("; ", problems) : what + "s of " + v.size() + " animals"
                    + (v.isEmpty() ? "" : ": " + v.get(0) + (v.size() > 1 ? " ... " + v.get(v.size() - 1) : ""));
        }

        /** One undoable command, e.g. "Set ear tags of 40 animals"; only for a plan without problems. */
        public Command toCommand(EditingDomain domain) {
            if (hasProblems()) {
                throw new IllegalStateException("the plan has problems: " + problems.get(0));
            }
            CompoundCommand command = new CompoundCommand("Set " + what + "s of " + values.size() + " animals");
            values.forEach((a, v) -> command.append(new SetCommand(domain, a, attribute, v)));
            return command;
        }
    }

    private EarTags() {
    }

    /** Ear tags for the animals, one line each (trailing empty lines, as spreadsheets copy them, are ignored). */
    public static Plan assign(List<Animal> animals, List<String> lines) {
        return plan("ear tag", Literals.ANIMAL__EAR_TAG, animals, lines);
    }

    /** New identifiers for the animals, one line each; they must be unique in the study. */
    public static Plan assignIds(List<Animal> animals, List<String> lines) {
        return plan("identifier", Literals.ANIMAL__ID, animals, lines);
    }

    private static Plan plan(String what, EAttribute attribute, List<Animal> animals, List<String> lines) {
        List<String> cells = new ArrayList<>(lines.stream().map(l -> l == null ? "" : l.strip()).toList());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        List<String> problems = new ArrayList<>();
        if (animals.isEmpty()) {
            problems.add("no animals selected");
        } else if (cells.size() != animals.size()) {
            problems.add(animals.size() + " animals but " + cells.size() + " " + what + (cells.size() == 1 ? "" : "s")
                    + ": give one " + what + " per animal, in the order of the animals");
        }
        Study study = Studies.studyOf(animals.isEmpty() ? null : animals.get(0));
        Identifiers taken = study == null ? null : Identifiers.of(study, animals);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            String line = "line " + (i + 1) + ": ";
            Integer first = seen.putIfAbsent(v.toLowerCase(Locale.ROOT), i + 1);
            if (v.isEmpty()) {
                problems.add(line + "the " + what + " is empty");
            } else if (v.indexOf('\t') >= 0) {
                problems.add(line + "'" + v + "' holds several cells; paste one column");
            } else if (first != null) {
                problems.add(line + what + " " + v + " is on line " + first + " as well");
            } else if (taken != null && !taken.isFree(v)) {
                problems.add(line + what + " " + v + " clashes with " + taken.owner(v));
            }
        }
        Map<Animal, String> values = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            for (int i = 0; i < animals.size(); i++) {
                values.put(animals.get(i), cells.get(i));
            }
        }
        return new Plan(what, attribute, problems, values);
    }
}
