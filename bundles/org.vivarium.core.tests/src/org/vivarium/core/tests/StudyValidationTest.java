package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.Problem.Severity;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

class StudyValidationTest {

    private final Study study = TestStudies.small();

    private List<String> errors() {
        return StudyValidation.validate(study).stream().filter(p -> p.severity() == Severity.ERROR)
                .map(p -> p.where() + ": " + p.message()).toList();
    }

    private AssaySession fst() {
        return Studies.sessions(study).get(0);
    }

    @Test
    void theTestStudyAndTheDemoAreValid() {
        assertThat(StudyValidation.validate(study)).isEmpty();
        assertThat(StudyValidation.validate(DemoStudy.generate(42, LocalDate.of(2026, 11, 27)))).isEmpty();
    }

    @Test
    void overLimitDoseVolumeNamesTheAnimal() {
        DosingEvent dose = Studies.findAnimal(study, "B2").getDosingEvents().get(0);
        dose.setVolumeMl(0.75); // 24 g -> 31.25 mL/kg
        assertThat(errors()).containsExactly("animal B2, dose of Ketamine 10 mg/kg i.p. at 0 h: dose volume 0.75 mL "
                + "is 31.25 mL/kg, above the i.p. limit of 20 mL/kg (0.48 mL for 24 g)");
    }

    @Test
    void regimenWhoseVolumeExceedsTheRouteLimitIsAnError() {
        study.getCompounds().get(1).setStockConcentrationMgPerMl(0.25); // 40 mL/kg
        assertThat(errors()).contains("arm KET, Ketamine 10 mg/kg i.p. at 0 h: 40 mL/kg exceeds the i.p. limit of "
                + "20 mL/kg (use a more concentrated stock or another route)");
    }

    @Test
    void everyAnimalIsInExactlyOneCageOfItsCohort() {
        Animal a1 = Studies.findAnimal(study, "A1");
        a1.setCage(null);
        Cohort other = VivariumFactory.eINSTANCE.createCohort();
        other.setName("C2");
        study.getCohorts().add(other);
        Cage foreign = TestStudies.cage(other, "K9");
        Studies.findAnimal(study, "A2").setCage(foreign);
        assertThat(errors()).containsExactly(
                "animal A1: is not housed in a cage (every animal must be in exactly one cage)",
                "animal A2: is in cage K9 of cohort C2, not a cage of its own cohort C1");
    }

    @Test
    void valuesOutsideTheMeasuresRangeAreErrors() {
        fst().getMeasurements().get(0).setValue(250);
        fst().getMeasurements().get(1).setValue(-1);
        assertThat(errors()).containsExactly(
                "session FST 24 h, animal A1, immobility: immobility 250 s is outside the valid range 0-240 s",
                "session FST 24 h, animal A2, immobility: immobility -1 s is outside the valid range 0-240 s");
    }

    @Test
    void censoringBeyondTheCutoffAndWithoutCutoffAreErrors() {
        AssaySession nsf = TestStudies.session(study, "NSF", "NSF 24 h", study.getCohorts().get(0), 24);
        TestStudies.measure(nsf, "A1", "latency", 600).setCensored(true);
        TestStudies.measure(nsf, "A2", "latency", 610);
        fst().getMeasurements().get(2).setCensored(true);
        assertThat(errors()).containsExactlyInAnyOrder(
                "session NSF 24 h, animal A2, latency: latency 610 s is beyond the censoring cutoff of 600 "
                        + "(record 600, censored)",
                "session FST 24 h, animal B1, immobility: is marked censored but immobility has no censoring cutoff");
    }

    @Test
    void duplicateMeasurementForAnimalSessionAndMeasureIsAnError() {
        TestStudies.measure(fst(), "A1", "immobility", 151);
        assertThat(errors()).containsExactly("session FST 24 h, animal A1, immobility: a second value for the same "
                + "animal and measure (150 and 151); keep one");
    }

    @Test
    void sessionBeforeTheDoseItIsTimedFromIsAnError() {
        fst().setDate(TestStudies.ANCHOR.minusHours(2));
        assertThat(errors()).containsExactly("session FST 24 h: is on 2026-03-02T07:00, before the dose it is timed "
                + "from (cohort C1 dosed 2026-03-02T09:00)");
    }

    @Test
    void exclusionsAndStatusChangesNeedReasons() {
        Measurement m = fst().getMeasurements().get(3);
        m.setExcluded(true);
        Animal b1 = Studies.findAnimal(study, "B1");
        b1.setStatus(AnimalStatus.FOUND_DEAD);
        b1.setStatusDate(LocalDate.of(2026, 3, 4));
        assertThat(errors()).containsExactly(
                "animal B1: status FOUND_DEAD needs a reason (ARRIVE: every exclusion with its reason)",
                "session FST 24 h, animal B2, immobility: is excluded without a reason");
    }

    @Test
    void valueForAnAnimalOutsideTheSessionsCohortIsAnError() {
        Cohort other = VivariumFactory.eINSTANCE.createCohort();
        other.setName("C2");
        study.getCohorts().add(other);
        Animal stranger = TestStudies.animal(other, "X1", org.vivarium.model.Sex.FEMALE, study.getArms().get(0),
                TestStudies.cage(other, "K9"), 20);
        Measurement m = TestStudies.measure(fst(), "A1", "latency", 30);
        m.setAnimal(stranger);
        assertThat(errors()).containsExactly("session FST 24 h, animal X1, latency: animal X1 is not tested in "
                + "session FST 24 h (cohort C1)");
    }

    @Test
    void duplicateIdentifiersAndCageLabelsAreErrors() {
        Studies.findAnimal(study, "B2").setId("B1");
        study.getCohorts().get(0).getCages().get(1).setLabel("K1");
        assertThat(errors()).containsExactly("animal B1: the identifier B1 is used twice (also in cohort C1)",
                "cage K1: the cage label K1 is used twice; every cage needs its own label");
    }

    @Test
    void problemsPrintWithSeverityPlaceAndMessage() {
        study.getArms().get(0).setControl(false);
        List<Problem> problems = StudyValidation.validate(study);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).hasToString("warning: study TEST-1: no arm is marked as the control arm that "
                + "treated arms are compared with");
    }

    @Test
    void valueRulesGiveOneMessagePerValueForEntryAndImport() {
        AssaySession nsf = TestStudies.session(study, "NSF", "NSF 24 h", study.getCohorts().get(0), 24);
        var latency = TestStudies.measure(nsf, "latency");
        var immobility = TestStudies.measure(fst(), "immobility");
        assertThat(org.vivarium.core.validation.ValueRules.check(latency, 420, false)).isNull();
        assertThat(org.vivarium.core.validation.ValueRules.check(latency, 600, true)).isNull();
        assertThat(org.vivarium.core.validation.ValueRules.check(latency, -3, false))
                .isEqualTo("latency -3 s is outside the valid range 0-600 s");
        assertThat(org.vivarium.core.validation.ValueRules.check(immobility, Double.NaN, false))
                .isEqualTo("the value is not a number");
        assertThat(org.vivarium.core.validation.ValueRules.reachesCutoff(latency, 600)).isTrue();
        assertThat(org.vivarium.core.validation.ValueRules.reachesCutoff(immobility, 240)).isFalse();
    }
}
