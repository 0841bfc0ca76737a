package org.vivarium.core.tests;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.vivarium.core.allocation.AllocationException;
import org.vivarium.core.allocation.AllocationPlan;
import org.vivarium.core.allocation.AllocationSettings;
import org.vivarium.core.allocation.Randomiser;
import org.vivarium.core.study.StandardAssays;
import org.vivarium.core.study.StandardRoutes;
import org.vivarium.model.Animal;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

/** Studies with cohorts not allocated yet, and an editing domain to apply allocations to them. */
final class AllocationFixture {

    static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 8, 30);
    static final String USER = "jdoe@lab-pc";
    private static final VivariumFactory F = VivariumFactory.eINSTANCE;

    final Study study = F.createStudy();
    final BasicCommandStack stack = new BasicCommandStack();
    final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

    /** A study with the given arms (the first is the control) and no cohorts. */
    AllocationFixture(String... arms) {
        study.setId("ALLOC-1");
        study.setTitle("Allocation test");
        StandardRoutes.addTo(study);
        StandardAssays.addTo(study);
        var saline = TestStudies.compound(study, "Saline", true, 0);
        for (int i = 0; i < arms.length; i++) {
            TestStudies.arm(study, arms[i], i == 0, saline, 0, 10);
        }
    }

    /**
     * A cohort of {@code perSex} females then {@code perSex} males, ids {@code <name>-1}.. in natural order, housed
     * {@code perCage} to a cage of one sex, weighed the day before {@link #AT} (females 18 g + i/10, males 23 g + i/10).
     */
    Cohort cohort(String name, int perSex, int perCage) {
        Cohort c = F.createCohort();
        c.setName(name);
        c.setSex(Sex.MIXED);
        study.getCohorts().add(c);
        int n = 1;
        int cageNumber = 1;
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
            Cage cage = null;
            for (int i = 0; i < perSex; i++) {
                if (cage == null || cage.getAnimals().size() == perCage) {
                    cage = TestStudies.cage(c, name + "-K" + cageNumber++);
                }
                Animal a = animal(c, name + "-" + n++, sex, (sex == Sex.FEMALE ? 18 : 23) + i / 10.0);
                a.setCage(cage);
            }
        }
        return c;
    }

    static Animal animal(Cohort c, String id, Sex sex, double grams) {
        Animal a = F.createAnimal();
        a.setId(id);
        a.setSex(sex);
        c.getAnimals().add(a);
        BodyWeight w = F.createBodyWeight();
        w.setMeasuredAt(AT.minusDays(1));
        w.setWeightGrams(grams);
        a.getBodyWeights().add(w);
        return a;
    }

    TreatmentArm arm(String code) {
        return study.getArms().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    AllocationSettings settings(Cohort cohort) {
        return AllocationSettings.defaults(study, cohort).withSeed(20261206).withUser(USER);
    }

    /** Plans with fixed blind codes (C0001, C0002, ...) at {@link #AT}. */
    AllocationPlan plan(AllocationSettings settings) throws AllocationException {
        return Randomiser.plan(study, settings, (s, n) -> java.util.stream.IntStream.range(0, n).mapToObj(
                i -> String.format("C%04d", study.getAllocations().size() * 1000 + i + 1)).toList(), AT);
    }

    /** Plans and applies an allocation on the command stack. */
    AllocationPlan apply(AllocationSettings settings) throws AllocationException {
        AllocationPlan plan = plan(settings);
        Command command = plan.toCommand(domain);
        if (!command.canExecute()) {
            throw new AssertionError("cannot execute " + command.getLabel());
        }
        stack.execute(command);
        return plan;
    }
}
