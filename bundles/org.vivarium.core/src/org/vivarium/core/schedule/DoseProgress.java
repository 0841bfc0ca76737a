package org.vivarium.core.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * Where each cohort's dosing stands: every planned dose of every regimen counted as given (and of those, out of
 * window), missed (not given, its window passed) or to come.
 *
 * @param cohort      the cohort's name
 * @param planned     its planned doses
 * @param given       doses given
 * @param outOfWindow doses given outside their window
 * @param missed      doses not given whose window has passed
 * @param toCome      doses not given whose window has not passed yet
 */
public record DoseProgress(String cohort, int planned, int given, int outOfWindow, int missed, int toCome) {

    /** Each cohort's dosing as of a time. */
    public static List<DoseProgress> byCohort(Study study, LocalDateTime now) {
        List<DoseProgress> rows = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            int planned = 0;
            int given = 0;
            int out = 0;
            int missed = 0;
            for (DoseTask t : Schedule.doseTasks(c)) {
                planned++;
                given += t.isGiven() ? 1 : 0;
                out += t.isOutOfWindow() ? 1 : 0;
                missed += t.isMissed(now) ? 1 : 0;
            }
            rows.add(new DoseProgress(c.getName(), planned, given, out, missed, planned - given - missed));
        }
        return rows;
    }
}
