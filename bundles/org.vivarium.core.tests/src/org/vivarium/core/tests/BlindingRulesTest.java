package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

/** Validation of blind codes, coded treatments and allocations. */
class BlindingRulesTest {

    private final Study study = TestStudies.small();

    private List<String> problems() {
        return StudyValidation.validate(study).stream().map(p -> (p.severity() == Problem.Severity.ERROR ? "E " : "W ")
                + p.where() + ": " + p.message()).toList();
    }

    private List<Animal> animals() {
        return Studies.animals(study);
    }

    @Test
    void aBlindCodeOfTwoAnimalsOrEqualToAnotherAnimalsIdIsAnError() {
        animals().get(0).setBlindCode("K7RM");
        animals().get(1).setBlindCode("K7RM");
        animals().get(2).setBlindCode(animals().get(3).getId());
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("E ").contains("blind code K7RM is also animal "
                + animals().get(0).getId())).anySatisfy(p -> assertThat(p).startsWith("E ").contains(
                        "is the identifier of animal " + animals().get(3).getId()));
    }

    @Test
    void codedTreatmentsNeedACodeOnEveryArm() {
        study.setTreatmentsCoded(true);
        study.getArms().forEach(a -> a.setBlindedCode("A"));
        study.getCompounds().forEach(c -> c.setBlindedCode("Solution A"));
        assertThat(problems()).noneMatch(p -> p.contains("no code"));
        study.getArms().get(1).setBlindedCode(" ");
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("E ").contains(study.getArms().get(1)
                .getCode()).contains("has no code although the treatments are coded"));
    }

    @Test
    void anArmChangedAfterRandomisationIsReportedUntilRandomisedAgain() {
        Animal a = animals().get(0);
        AllocationRecord record = VivariumFactory.eINSTANCE.createAllocationRecord();
        record.setCohort(study.getCohorts().get(0));
        record.setGeneratedAt(LocalDateTime.of(2026, 12, 6, 9, 0));
        for (Animal each : study.getCohorts().get(0).getAnimals()) {
            AllocationEntry e = VivariumFactory.eINSTANCE.createAllocationEntry();
            e.setAnimal(each);
            e.setArm(each.getArm());
            record.getEntries().add(e);
        }
        study.getAllocations().add(record);
        assertThat(problems()).noneMatch(p -> p.contains("randomised"));
        var allocated = a.getArm();
        a.setArm(study.getArms().stream().filter(x -> x != allocated).findFirst().orElseThrow());
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("W ").contains(a.getId()).contains(
                "was randomised to " + allocated.getCode() + " on 2026-12-06"));
    }

    @Test
    void aBlindedSessionWhoseAnimalsHaveNoCodesIsWarnedAbout() {
        AssaySession fst = Studies.sessions(study).get(0);
        fst.setBlinded(true);
        animals().forEach(x -> x.setBlindCode(null));
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("W ").contains("is blinded but").contains(
                "have no blind code"));
        animals().forEach(x -> x.setBlindCode("C" + x.getId().hashCode()));
        assertThat(problems()).noneMatch(p -> p.contains("is blinded but"));
    }
}
