package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.study.AnimalBatch;
import org.vivarium.core.study.AnimalBatch.SexCount;
import org.vivarium.core.study.AnimalBatch.Settings;
import org.vivarium.core.study.AnimalBatchPlan;
import org.vivarium.core.study.IdPattern;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

class AnimalBatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private final Study study = TestStudies.small();
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);
    private final Cohort h24 = cohort("24 h");

    private Cohort cohort(String name) {
        Cohort c = VivariumFactory.eINSTANCE.createCohort();
        c.setName(name);
        study.getCohorts().add(c);
        return c;
    }

    private AnimalBatchPlan plan(Settings s) {
        return AnimalBatch.plan(study, s, TODAY);
    }

    private static Settings split(Cohort c, int count, String sexes) {
        return Settings.of(c, count).withSexes(AnimalBatch.parseSexes(sexes, count));
    }

    @Test
    void fortyAnimalsOfBothSexesGetNumberedIdsAndCagesOfOneSexInOneUndoableCommand() {
        AnimalBatchPlan plan = plan(split(h24, 40, "20f,20m").withStrain("C57BL/6J").withDateOfBirth(LocalDate.of(
                2026, 10, 1)).withCages(4, false));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.summary()).isEqualTo("40 animals to cohort 24 h (20 female, 20 male): 24H-01 ... 24H-40; "
                + "10 new cages (24H-C01 ... 24H-C10); the cohort's strain is now C57BL/6J");
        Command command = plan.toCommand(domain);
        assertThat(command.getLabel()).isEqualTo("Add 40 animals to 24 h");
        stack.execute(command);
        assertThat(h24.getAnimals()).hasSize(40);
        assertThat(h24.getAnimals().get(0).getId()).isEqualTo("24H-01");
        assertThat(h24.getAnimals().get(19).getSex()).isEqualTo(Sex.FEMALE);
        assertThat(h24.getAnimals().get(20).getSex()).isEqualTo(Sex.MALE);
        assertThat(h24.getAnimals()).allMatch(a -> a.getDateOfBirth().equals(LocalDate.of(2026, 10, 1))
                && a.getCage() != null && Studies.isActive(a));
        assertThat(h24.getCages()).hasSize(10).allMatch(c -> c.getAnimals().size() == 4 && c.getAnimals().stream()
                .map(Animal::getSex).distinct().count() == 1 && c.getCapacity() == 4);
        assertThat(h24.getStrain()).isEqualTo("C57BL/6J");
        assertThat(h24.getSex()).isEqualTo(Sex.MIXED);
        stack.undo();
        assertThat(h24.getAnimals()).isEmpty();
        assertThat(h24.getCages()).isEmpty();
        assertThat(h24.getStrain()).isNull();
        stack.redo();
        assertThat(h24.getAnimals()).hasSize(40);
    }

    @Test
    void numbersContinueAfterTheHighestOfTheCohortAndPatternsTakeSexAndWidth() {
        stack.execute(plan(Settings.of(h24, 3).withSexes(List.of(new SexCount(Sex.FEMALE, 3)))).toCommand(domain));
        h24.getAnimals().get(1).setId("24h-07"); // another case still counts
        AnimalBatchPlan next = plan(Settings.of(h24, 2));
        assertThat(next.problems()).isEmpty(); // the cohort is female now: no sex needed
        assertThat(next.animals()).extracting(Animal::getId).containsExactly("24H-08", "24H-09");
        AnimalBatchPlan custom = plan(split(cohort("1 wk"), 3, "1f,2m").withIdPattern("W{sex}{n:03}"));
        assertThat(custom.animals()).extracting(Animal::getId).containsExactly("Wf001", "Wm002", "Wm003");
        assertThat(custom.cages()).isEmpty();
        assertThat(IdPattern.parse("{cohort}_{n}").format(h24, 123, Sex.MALE)).isEqualTo("24H_123");
        Cohort wk2 = cohort("2 wk");
        stack.execute(plan(split(wk2, 2, "2f,0m")).toCommand(domain));
        assertThat(wk2.getSex()).isEqualTo(Sex.FEMALE); // no male was added
    }

    @Test
    void mixedCagesTakeBothSexes() {
        AnimalBatchPlan plan = plan(split(h24, 6, "3f,3m").withCages(5, true));
        assertThat(plan.cages()).extracting(Cage::getLabel).containsExactly("24H-C01", "24H-C02");
        assertThat(plan.cages().get(0).getAnimals()).extracting(Animal::getSex).contains(Sex.FEMALE, Sex.MALE);
    }

    @Test
    void badInputGivesOneClearLineAndNothingToApply() {
        assertThat(plan(split(h24, 0, "female")).problems()).containsExactly(
                "cohort 24 h: the number of animals to add must be 1 to 10000, not 0");
        assertThat(plan(split(h24, 10001, "female")).problems()).containsExactly(
                "cohort 24 h: the number of animals to add must be 1 to 10000, not 10001");
        assertThat(plan(Settings.of(h24, 4)).problems()).containsExactly(
                "cohort 24 h: say which sex the animals are: female, male or a split such as 2f,2m");
        assertThat(plan(Settings.of(h24, 4).withSexes(List.of(new SexCount(Sex.FEMALE, 3)))).problems())
                .containsExactly("cohort 24 h: the sex split adds up to 3, not 4");
        assertThat(plan(split(h24, 4, "female").withIdPattern("{cohort}-x")).problems()).containsExactly(
                "cohort 24 h: the identifier pattern '{cohort}-x' must contain {n} (the running number) once, "
                        + "e.g. {cohort}-{n:02}");
        assertThat(plan(split(h24, 4, "female").withIdPattern("{cohort}-{num}")).problems()).containsExactly(
                "cohort 24 h: unknown placeholder {num} in the identifier pattern '{cohort}-{num}' (use {cohort}, "
                        + "{n}, {n:02}, {sex})");
        assertThat(plan(split(h24, 4, "female").withDateOfBirth(TODAY.plusDays(1))).problems()).containsExactly(
                "cohort 24 h: date of birth 2026-12-07 is in the future");
        Cohort c1 = study.getCohorts().get(0); // strain C57BL/6J, animals A1, A2, B1, B2
        assertThat(plan(split(c1, 2, "male").withStrain("BALB/c")).problems()).containsExactly(
                "cohort C1: the cohort is of strain C57BL/6J, not BALB/c");
        assertThat(plan(split(c1, 2, "male").withStrain("c57bl/6j")).problems()).isEmpty();
        // "A{n}" gives A1 first: taken by an animal of the other cohort
        assertThat(plan(split(h24, 3, "female").withIdPattern("A{n}")).problems()).containsExactly(
                "cohort 24 h: the new identifier A1 clashes with animal A1 (cohort C1); choose another identifier "
                        + "pattern");
        Cohort other = VivariumFactory.eINSTANCE.createCohort();
        other.setName("elsewhere");
        assertThat(plan(split(other, 3, "female")).problems()).containsExactly(
                "cohort elsewhere is not in the study");
        h24.setSex(Sex.FEMALE);
        assertThat(plan(split(h24, 4, "2f,2m")).problems()).containsExactly(
                "cohort 24 h: the cohort is female; it takes no male animals");
        AnimalBatchPlan rejected = plan(split(h24, 0, "female"));
        assertThatThrownBy(() -> rejected.toCommand(domain)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sexesAreParsedOrRefusedWithTheReason() {
        assertThat(AnimalBatch.parseSexes("female", 5)).containsExactly(new SexCount(Sex.FEMALE, 5));
        assertThat(AnimalBatch.parseSexes(" M ", 5)).containsExactly(new SexCount(Sex.MALE, 5));
        assertThat(AnimalBatch.parseSexes("20 male, 20 female", 40)).containsExactly(new SexCount(Sex.MALE, 20),
                new SexCount(Sex.FEMALE, 20));
        assertThatThrownBy(() -> AnimalBatch.parseSexes("20f,19m", 40)).hasMessage(
                "sex split '20f,19m' adds up to 39, not 40");
        assertThatThrownBy(() -> AnimalBatch.parseSexes("dog", 4)).hasMessage(
                "sex 'dog' is not female, male or a split such as 20f,20m");
        assertThatThrownBy(() -> AnimalBatch.parseSexes("2f,2f", 4)).hasMessageContaining("names female twice");
    }
}
