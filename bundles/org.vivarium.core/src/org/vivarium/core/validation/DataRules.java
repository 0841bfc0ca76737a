package org.vivarium.core.validation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidator.Report;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;

/** Rules of assay sessions and measurements. */
final class DataRules {

    private DataRules() {
    }

    static void session(AssaySession session, Report report, boolean measurements) {
        Cohort cohort = session.getCohort();
        if (cohort == null && session.getAnimals().isEmpty()) {
            report.error(session, "tests no cohort and no animals");
        }
        LocalDateTime anchor = cohort == null ? null : cohort.getAnchorDoseTime();
        if (anchor != null && session.getDate() != null) {
            if (session.getTimeFromDoseHours() >= 0 && session.getDate().isBefore(anchor)) {
                report.error(session, "is on " + session.getDate() + ", before the dose it is timed from ("
                        + Labels.of(cohort) + " dosed " + anchor + ")");
            } else {
                LocalDateTime planned = anchor.plusSeconds(Math.round(session.getTimeFromDoseHours() * 3600));
                double offBy = Math.abs(Duration.between(planned, session.getDate()).toMinutes()) / 60.0;
                double tolerance = Math.max(4, 0.1 * Math.abs(session.getTimeFromDoseHours()));
                if (offBy > tolerance) {
                    report.warning(session, "is on " + session.getDate() + " but " + Labels.number(
                            session.getTimeFromDoseHours()) + " h after the dose is " + planned);
                }
            }
        }
        if (cohort != null && cohort.getTimepointHours() != null
                && Math.abs(cohort.getTimepointHours() - session.getTimeFromDoseHours()) > 1e-6) {
            report.warning(session, "is at " + Labels.number(session.getTimeFromDoseHours()) + " h but "
                    + Labels.of(cohort) + " serves the " + Labels.number(cohort.getTimepointHours()) + " h timepoint");
        }
        if (measurements) {
            duplicates(session, report);
        }
        if (session.getCompletedAt() != null && Schedule.due(session) != null
                && session.getCompletedAt().isBefore(Schedule.due(session).minusDays(1))) {
            report.warning(session, "was marked done on " + session.getCompletedAt() + ", before it was due");
        }
    }

    /** No two values of the same measure for the same animal (or cage) in one session. */
    private static void duplicates(AssaySession session, Report report) {
        Map<MeasureDefinition, Map<EObject, Measurement>> seen = new IdentityHashMap<>();
        Map<EObject, Integer> reported = new HashMap<>();
        for (Measurement m : session.getMeasurements()) {
            EObject unit = m.getAnimal() != null ? m.getAnimal() : m.getCage();
            if (unit == null || m.getMeasure() == null) {
                continue;
            }
            Measurement first = seen.computeIfAbsent(m.getMeasure(), k -> new IdentityHashMap<>()).putIfAbsent(unit, m);
            if (first != null && reported.merge(m, 1, Integer::sum) == 1) {
                report.error(m, "a second value for the same " + (m.getAnimal() != null ? "animal" : "cage")
                        + " and measure (" + Labels.number(first.getValue()) + " and " + Labels.number(m.getValue())
                        + "); keep one");
            }
        }
    }

    static void measurement(Measurement m, Report report, Set<EObject> sessionUnits) {
        MeasureDefinition measure = m.getMeasure();
        if (measure == null) {
            return; // structural check reports the missing measure
        }
        AssaySession session = m.eContainer() instanceof AssaySession s ? s : null;
        String problem = ValueRules.check(measure, m.getValue(), m.isCensored());
        if (problem != null) {
            report.error(m, problem);
            if (problem.equals("the value is not a number")) {
                return;
            }
        }
        if (m.isExcluded() && (m.getExclusionReason() == null || m.getExclusionReason().isBlank())) {
            report.error(m, "is excluded without a reason");
        }
        if (session == null) {
            return;
        }
        AssayDefinition assay = Studies.assayOf(session);
        if (assay != null && measure.eContainer() != assay) {
            report.error(m, "measure " + measure.getName() + " belongs to " + Labels.of(measure.eContainer())
                    + ", not to " + Labels.of(assay));
        }
        boolean perCage = Studies.unitOf(session) == ExperimentalUnit.CAGE;
        if (m.getAnimal() == null && m.getCage() == null) {
            report.error(m, "names neither an animal nor a cage");
        } else if (perCage && m.getCage() == null && m.getAnimal() != null && m.getAnimal().getCage() == null) {
            report.error(m, "the assay is measured per cage but the value has no cage");
        }
        EObject unit = m.getAnimal() != null ? m.getAnimal() : m.getCage();
        if (unit != null && !sessionUnits.contains(unit)) {
            report.error(m, Labels.of(unit) + " is not tested in " + Labels.of(session)
                    + (session.getCohort() == null ? "" : " (" + Labels.of(session.getCohort()) + ")"));
        }
    }
}
