package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.study.EarTags;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

class EarTagsTest {

    private final Study study = TestStudies.small(); // A1, A2, B1, B2
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);
    private final List<Animal> three = List.of(animal("A1"), animal("A2"), animal("B1"));

    private Animal animal(String id) {
        return Studies.findAnimal(study, id);
    }

    @Test
    void aPastedColumnSetsTheEarTagsInOrderAsOneUndoableCommand() {
        animal("B2").setEarTag("1300");
        EarTags.Plan plan = EarTags.assign(three, List.of("1201", " 1202 ", "1203", "", ""));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.summary()).isEqualTo("ear tags of 3 animals: 1201 ... 1203");
        var command = plan.toCommand(domain);
        assertThat(command.getLabel()).isEqualTo("Set ear tags of 3 animals");
        stack.execute(command);
        assertThat(three).extracting(Animal::getEarTag).containsExactly("1201", "1202", "1203");
        stack.undo();
        assertThat(three).extracting(Animal::getEarTag).containsOnlyNulls();
    }

    @Test
    void countMismatchDuplicatesAndClashesAreRefusedLineByLine() {
        assertThat(EarTags.assign(three, List.of("1201", "1202")).problems()).containsExactly(
                "3 animals but 2 ear tags: give one ear tag per animal, in the order of the animals");
        assertThat(EarTags.assign(three, List.of("1201", "1202", "1201")).problems()).containsExactly(
                "line 3: ear tag 1201 is on line 1 as well");
        animal("B2").setEarTag("1300");
        assertThat(EarTags.assign(three, List.of("1201", "1300", "b2")).problems()).containsExactly(
                "line 2: ear tag 1300 clashes with the ear tag of animal B2 (cohort C1)",
                "line 3: ear tag b2 clashes with animal B2 (cohort C1)");
        assertThat(EarTags.assign(three, List.of("1201", "", "1203")).problems()).containsExactly(
                "line 2: the ear tag is empty");
        assertThat(EarTags.assign(three, List.of("1201\tx", "1202", "1203")).problems()).containsExactly(
                "line 1: '1201\tx' holds several cells; paste one column");
        assertThat(animal("A1").getEarTag()).isNull();
    }

    @Test
    void identifiersCanBePastedTooAndStayUniqueInTheStudy() {
        assertThat(EarTags.assignIds(three, List.of("M1", "M2", "b2")).problems()).containsExactly(
                "line 3: identifier b2 clashes with animal B2 (cohort C1)");
        EarTags.Plan ok = EarTags.assignIds(three, List.of("B1", "A1", "A2")); // a permutation of their own ids
        assertThat(ok.problems()).isEmpty();
        stack.execute(ok.toCommand(domain));
        assertThat(three).extracting(Animal::getId).containsExactly("B1", "A1", "A2");
    }
}
