package org.vivarium.core.validation;

import java.time.LocalDate;

import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidator.Report;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;

/**
 * Dates that cannot be right: an animal born after its cohort arrived or was first dosed or tested, or so long before
 * it that no mouse would still be alive (a typed year, an Excel date read as 1900).
 */
final class DateRules {

    /** Mice live about 2 to 3 years; 5 years before the study is certainly a wrong date. */
    static final int MAX_AGE_YEARS = 5;

    private DateRules() {
    }

    static void animal(Animal animal, Report report) {
        LocalDate born = animal.getDateOfBirth();
        Cohort cohort = Studies.cohortOf(animal);
        if (born == null || cohort == null) {
            return;
        }
        Reference ref = reference(cohort);
        if (ref == null) {
            return;
        }
        if (born.isAfter(ref.date())) {
            report.error(animal, "was born on " + born + ", after " + ref.what() + " (" + ref.date() + ")");
        } else if (born.isBefore(ref.date().minusYears(MAX_AGE_YEARS))) {
            report.error(animal, "was born on " + born + ", more than " + MAX_AGE_YEARS + " years before " + ref.what()
                    + " (" + ref.date() + "): a mouse lives about 2 to 3 years; check the date");
        }
    }

    private record Reference(LocalDate date, String what) {
    }

    /** The first day the cohort is known to be in the study: arrival, its anchor dose or its first session. */
    private static Reference reference(Cohort cohort) {
        Reference first = null;
        if (cohort.getArrivalDate() != null) {
            first = new Reference(cohort.getArrivalDate(), "its cohort arrived");
        }
        if (cohort.getAnchorDoseTime() != null) {
            first = earlier(first, new Reference(cohort.getAnchorDoseTime().toLocalDate(), "its cohort's first dose"));
        }
        for (AssaySession s : Studies.sessions(Studies.studyOf(cohort))) {
            if (s.getCohort() == cohort && s.getDate() != null) {
                first = earlier(first, new Reference(s.getDate().toLocalDate(), "its first session " + s.getName()));
            }
        }
        return first;
    }

    private static Reference earlier(Reference a, Reference b) {
        return a == null || b.date().isBefore(a.date()) ? b : a;
    }
}
