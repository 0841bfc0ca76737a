package org.vivarium.core.schedule;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.model.Cohort;

/**
 * Something due in a study: the doses of a cohort at one time, or an assay session.
 *
 * @param kind     dosing or assay session
 * @param due      when it is due (null when the cohort has no anchor dose time yet)
 * @param cohort   the cohort concerned
 * @param title    e.g. "Dosing cohort 1 h at 0 h (80 animals)" or "FST 1 h"
 * @param subjects the dose tasks' events or the session
 * @param done     whether it has been done
 * @param doneAt   when it was done (null if not)
 * @param doneBy   who did it (null if not recorded)
 * @param doses    a dosing round's dose tasks (empty for a session)
 */
public record ScheduledItem(Kind kind, LocalDateTime due, Cohort cohort, String title, List<? extends EObject> subjects,
        boolean done, LocalDateTime doneAt, String doneBy, List<DoseTask> doses) {

    /** What kind of work an item is. */
    public enum Kind {
        DOSING, SESSION
    }

    /** A dosing round's doses not given whose window has passed by the given time. */
    public int missed(LocalDateTime now) {
        return (int) doses.stream().filter(t -> t.isMissed(now)).count();
    }

    /** A dosing round's doses given out of their window. */
    public int outOfWindow() {
        return (int) doses.stream().filter(DoseTask::isOutOfWindow).count();
    }

    /** Not done and due before the given time. */
    public boolean isOverdue(LocalDateTime now) {
        return !done && due != null && due.isBefore(now);
    }
}
