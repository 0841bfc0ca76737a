package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.Problem.Severity;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.Animal;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

/** Validation of repeated regimens, dosing windows and cumulative limits. */
class RegimenValidationTest {

    private final Study study = TestStudies.small(); // C1 anchored 2 Mar 2026 09:00, FST 24 h after
    private final DoseRegimen ketamine = study.getArms().get(1).getRegimens().get(0);

    private List<String> problems(Severity severity) {
        return StudyValidation.validate(study).stream().filter(p -> p.severity() == severity)
                .map(Problem::toString).toList();
    }

    @Test
    void badRegimenFieldsAreErrorsSayingWhatIsWrong() {
        ketamine.setEveryHours(-1);
        ketamine.setDoses(-2);
        ketamine.getDays().add(0);
        ketamine.getTimesOfDay().add("9h");
        ketamine.setWindowMinutes(0);
        assertThat(problems(Severity.ERROR)).anySatisfy(p -> assertThat(p).endsWith(
                "repeats every -1 h: the interval must be 0 (a single dose) or more"))
                .anySatisfy(p -> assertThat(p).contains("-2 doses: the number of doses must be 0"))
                .anySatisfy(p -> assertThat(p).endsWith("day 0 is not a study day: day 1 is the day of the anchor dose"))
                .anySatisfy(p -> assertThat(p).endsWith("time of day '9h' is not a clock time: write it as HH:mm, "
                        + "e.g. 09:00"))
                .anySatisfy(p -> assertThat(p).endsWith("dosing window of 0 min: it must be above 0 min (e.g. 30)"));
    }

    @Test
    void aRepeatingRegimenWithoutAnyEndIsAnErrorForTheCohort() {
        ketamine.setEveryHours(24);
        assertThat(problems(Severity.ERROR)).isEmpty(); // until the day of the cohort's last session (FST 24 h)
        study.getAssays().forEach(a -> a.getSessions().clear());
        assertThat(problems(Severity.ERROR)).anySatisfy(p -> assertThat(p).endsWith("for cohort C1: repeats every "
                + "24 h with no end: set a number of doses or an until date, or give the cohort a session"));
        ketamine.setEveryHours(0.01);
        ketamine.setDoses(5000);
        assertThat(problems(Severity.ERROR)).anySatisfy(p -> assertThat(p).endsWith(
                "for cohort C1: gives more than 2000 doses per animal"));
    }

    @Test
    void plannedDosesAboveTheCumulativeLimitAreADesignErrorOfTheArm() {
        Compound k = ketamine.getCompound();
        k.setCumulativeLimitMgPerKg(100);
        ketamine.setEveryHours(24);
        ketamine.setDoses(10);
        assertThat(problems(Severity.ERROR)).isEmpty(); // 10 x 10 mg/kg = the limit
        ketamine.setDoses(11);
        assertThat(problems(Severity.ERROR)).contains("error: arm KET: in cohort C1 plans 110 mg/kg of Ketamine per "
                + "animal (11 doses), above its cumulative limit of 100 mg/kg");
    }

    @Test
    void dosesGivenAboveTheCumulativeLimitAreADataErrorNamingTheAnimal() {
        ketamine.getCompound().setCumulativeLimitMgPerKg(15);
        Animal b2 = Studies.findAnimal(study, "B2");
        DosingEvent first = b2.getDosingEvents().get(0);
        DosingEvent second = VivariumFactory.eINSTANCE.createDosingEvent();
        second.setRegimen(ketamine);
        second.setScheduledTime(first.getScheduledTime().plusDays(1));
        second.setActualTime(second.getScheduledTime());
        second.setBodyWeightGrams(24);
        second.setVolumeMl(0.24);
        b2.getDosingEvents().add(second);
        assertThat(problems(Severity.ERROR)).contains("error: animal B2: was given 20 mg/kg of Ketamine in 2 doses, "
                + "above its cumulative limit of 15 mg/kg");
    }

    @Test
    void aDoseGivenOutOfWindowWithoutAReasonIsAWarningAndWithOneIsFine() {
        DosingEvent dose = Studies.findAnimal(study, "A1").getDosingEvents().get(0);
        dose.setActualTime(dose.getScheduledTime().plusHours(2));
        assertThat(problems(Severity.WARNING)).anySatisfy(p -> assertThat(p).contains("animal A1").endsWith(
                "given 2 h late, outside its window of \u00b1 30 min, with no reason recorded"));
        dose.setWindowReason("the cage was in the procedure room until 11:00");
        assertThat(StudyValidation.validate(study)).isEmpty();
    }
}
