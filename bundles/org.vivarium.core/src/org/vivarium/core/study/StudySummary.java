package org.vivarium.core.study;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Counts that summarise a study: what {@code vivarium info} prints and dashboards start from.
 *
 * @param armsCoded        whether the study's treatments are coded and not unblinded: {@code animalsByArm} is then
 *                         by the arms' blinded codes, in code order (the order of the arms would tell the key)
 * @param animalsByArm     arm code (blinded code while {@code armsCoded}) to number of animals
 * @param animalsByCohort  cohort name to number of animals
 * @param animalsByStatus  status to number of animals
 * @param measurementsByAssay assay code to number of measurements
 * @param dosesDue         the doses the regimens plan for the animals dosed (each dose of a repeating regimen)
 * @param dosesMissed      planned doses not given whose dosing window has passed
 * @param dosesOutOfWindow doses given outside their dosing window
 */
public record StudySummary(int compounds, int arms, int cohorts, int cages, int animals, int activeAnimals,
        int assays, int sessions, int sessionsDone, int measurements, int excludedMeasurements, int dosingEvents,
        int dosesGiven, int bodyWeights, boolean armsCoded, Map<String, Integer> animalsByArm,
        Map<String, Integer> animalsByCohort, Map<String, Integer> animalsByStatus, Map<String, Integer> measurementsByAssay,
        int dosesDue, int dosesMissed, int dosesOutOfWindow) {

    /** The summary as of now (what is missed depends on the time). */
    public static StudySummary of(Study study) {
        return of(study, LocalDateTime.now());
    }

    /** The summary as of a time. */
    public static StudySummary of(Study study, LocalDateTime now) {
        int due = 0;
        int missed = 0;
        int outOfWindow = 0;
        for (Cohort c : study.getCohorts()) {
            for (DoseTask t : Schedule.doseTasks(c)) {
                due++;
                missed += t.isMissed(now) ? 1 : 0;
                outOfWindow += t.isOutOfWindow() ? 1 : 0;
            }
        }
        int cages = 0;
        int animals = 0;
        int active = 0;
        int dosing = 0;
        int given = 0;
        int weights = 0;
        boolean coded = !Coding.revealed(study, null);
        Map<String, Integer> byArm = coded ? new TreeMap<>() : new LinkedHashMap<>();
        for (TreatmentArm arm : study.getArms()) {
            byArm.put(Coding.armLabel(arm, !coded), 0);
        }
        Map<String, Integer> byCohort = new LinkedHashMap<>();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (AnimalStatus s : AnimalStatus.VALUES) {
            byStatus.put(s.getName(), 0);
        }
        for (Cohort c : study.getCohorts()) {
            cages += c.getCages().size();
            byCohort.put(c.getName(), c.getAnimals().size());
            for (Animal a : c.getAnimals()) {
                animals++;
                active += a.getStatus() == AnimalStatus.ACTIVE ? 1 : 0;
                byStatus.merge(a.getStatus().getName(), 1, Integer::sum);
                if (a.getArm() != null) {
                    byArm.merge(Coding.armLabel(a.getArm(), !coded), 1, Integer::sum);
                }
                weights += a.getBodyWeights().size();
                for (DosingEvent e : a.getDosingEvents()) {
                    dosing++;
                    given += e.getActualTime() != null ? 1 : 0;
                }
            }
        }
        int sessions = 0;
        int done = 0;
        int measurements = 0;
        int excluded = 0;
        Map<String, Integer> byAssay = new LinkedHashMap<>();
        for (AssayDefinition assay : study.getAssays()) {
            int n = 0;
            for (AssaySession s : assay.getSessions()) {
                sessions++;
                done += s.getCompletedAt() != null ? 1 : 0;
                n += s.getMeasurements().size();
                for (Measurement m : s.getMeasurements()) {
                    excluded += m.isExcluded() ? 1 : 0;
                }
            }
            measurements += n;
            if (!assay.getSessions().isEmpty()) {
                byAssay.put(assay.getCode(), n);
            }
        }
        return new StudySummary(study.getCompounds().size(), study.getArms().size(), study.getCohorts().size(), cages,
                animals, active, study.getAssays().size(), sessions, done, measurements, excluded, dosing, given,
                weights, coded, byArm, byCohort, byStatus, byAssay, due, missed, outOfWindow);
    }
}
