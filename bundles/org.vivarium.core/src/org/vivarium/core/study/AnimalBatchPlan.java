package org.vivarium.core.study;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.study.AnimalBatch.SexCount;
import org.vivarium.core.study.AnimalBatch.Settings;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * What {@link AnimalBatch#plan} found: the problems (then nothing can be added), or the new animals and cages, not
 * part of the study until {@link #toCommand(EditingDomain)} is executed. A plan is applied at most once.
 */
public final class AnimalBatchPlan {

    private final Settings settings;
    private final List<String> problems;
    private final List<SexCount> sexes;
    private final List<Animal> animals;
    private final List<Cage> cages = new ArrayList<>();
    private final String strainToSet;
    private final Sex cohortSexToSet;

    AnimalBatchPlan(Settings settings, List<String> problems, List<SexCount> sexes, List<Animal> animals,
            List<Housing.NewCage> newCages, String strainToSet, Sex cohortSexToSet) {
        this.settings = settings;
        this.problems = List.copyOf(problems);
        this.sexes = sexes;
        this.animals = List.copyOf(animals);
        this.strainToSet = strainToSet;
        this.cohortSexToSet = cohortSexToSet;
        for (Housing.NewCage planned : newCages) {
            Cage cage = VivariumFactory.eINSTANCE.createCage();
            cage.setLabel(planned.label());
            cage.setCapacity(settings.cageSize());
            for (Animal a : planned.animals()) {
                a.setCage(cage);
            }
            cages.add(cage);
        }
    }

    static AnimalBatchPlan rejected(Settings settings, List<String> problems) {
        return new AnimalBatchPlan(settings, problems, List.of(), List.of(), List.of(), null, null);
    }

    /** Each problem on one line, e.g. "cohort 24 h: the sex split adds up to 39, not 40"; empty if none. */
    public List<String> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Cohort cohort() {
        return settings.cohort();
    }

    /** The new animals, in numbering order (with their new cages set). */
    public List<Animal> animals() {
        return animals;
    }

    /** The new cages, in label order. */
    public List<Cage> cages() {
        return List.copyOf(cages);
    }

    /** The strain the cohort gets (it had none), or null. */
    public String strainToSet() {
        return strainToSet;
    }

    /**
     * e.g. "40 animals to cohort 24 h (20 female, 20 male): 24H-01 ... 24H-40; 10 new cages (24H-C01 ... 24H-C10)".
     */
    public String summary() {
        if (hasProblems()) {
            return String.join("; ", problems);
        }
        StringBuilder b = new StringBuilder();
        b.append(animals.size()).append(animals.size() == 1 ? " animal" : " animals").append(" to cohort ")
                .append(cohort().getName()).append(" (");
        b.append(String.join(", ", sexes.stream().filter(s -> s.count() > 0).map(s -> s.count() + " "
                + AnimalBatch.lower(s.sex())).toList()));
        b.append("): ").append(range(animals.stream().map(Animal::getId).toList()));
        if (!cages.isEmpty()) {
            b.append("; ").append(cages.size()).append(cages.size() == 1 ? " new cage (" : " new cages (")
                    .append(range(cages.stream().map(Cage::getLabel).toList())).append(")");
        }
        if (strainToSet != null) {
            b.append("; the cohort's strain is now ").append(strainToSet);
        }
        return b.toString();
    }

    private static String range(List<String> names) {
        return names.size() == 1 ? names.get(0) : names.get(0) + " ... " + names.get(names.size() - 1);
    }

    /** One undoable command, e.g. "Add 40 animals to 24 h"; only for a plan without problems. */
    public Command toCommand(EditingDomain domain) {
        if (hasProblems()) {
            throw new IllegalStateException("the plan has problems: " + problems.get(0));
        }
        Cohort cohort = cohort();
        CompoundCommand command = new CompoundCommand("Add " + animals.size() + (animals.size() == 1 ? " animal"
                : " animals") + " to " + cohort.getName());
        if (!cages.isEmpty()) {
            command.append(new AddCommand(domain, cohort, Literals.COHORT__CAGES, cages));
        }
        command.append(new AddCommand(domain, cohort, Literals.COHORT__ANIMALS, animals));
        if (strainToSet != null) {
            command.append(new SetCommand(domain, cohort, Literals.COHORT__STRAIN, strainToSet));
        }
        if (cohortSexToSet != null) {
            command.append(new SetCommand(domain, cohort, Literals.COHORT__SEX, cohortSexToSet));
        }
        return command;
    }
}
