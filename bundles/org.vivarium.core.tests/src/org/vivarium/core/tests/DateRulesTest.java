package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.Animal;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

/** Dates of birth that cannot be right are errors of validate. */
class DateRulesTest {

    private final Study study = TestStudies.small(); // cohort C1 first dosed 2026-03-02

    private String errorOf(Animal a) {
        return StudyValidation.validate(study).stream().filter(p -> p.severity() == Problem.Severity.ERROR
                && p.target() == a).map(Problem::message).findFirst().orElse(null);
    }

    @Test
    void bornAfterTheCohortsFirstDoseOrLongBeforeItIsAnError() {
        Animal a = Studies.animals(study).get(0);
        a.setDateOfBirth(LocalDate.of(2025, 12, 1));
        assertThat(errorOf(a)).isNull();
        a.setDateOfBirth(LocalDate.of(2026, 4, 1));
        assertThat(errorOf(a)).isEqualTo("was born on 2026-04-01, after its cohort's first dose (2026-03-02)");
        a.setDateOfBirth(LocalDate.of(1900, 3, 1));
        assertThat(errorOf(a)).isEqualTo("was born on 1900-03-01, more than 5 years before its cohort's first dose "
                + "(2026-03-02): a mouse lives about 2 to 3 years; check the date");
    }
}
