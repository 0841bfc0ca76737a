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
 */
public record ScheduledItem(Kind kind, LocalDateTime due, Cohort cohort, String title, List<? extends EObject> subjects,
        boolean done, LocalDateTime doneAt, String doneBy) {

    /** What kind of work an item is. */
    public enum Kind {
        DOSING, SESSION
    }

    /** Not done and due before the given time. */
    public boolean isOverdue(LocalDateTime now) {
        return !done && due != null && due.isBefore(now);
    }
}
