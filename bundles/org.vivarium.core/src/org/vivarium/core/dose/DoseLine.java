package org.vivarium.core.dose;

import java.time.LocalDateTime;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.schedule.DoseTask;
import org.vivarium.model.Animal;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;

/**
 * One administration of a dosing round as the person dosing sees it: the animal, what it gets, the body weight the
 * volume is computed from, the volume, and whether (when, by whom) it was given.
 *
 * @param task        the dose task of the schedule (its event may be null until the dose is recorded)
 * @param weightGrams the body weight the volume is based on: the latest weighing before the dose is given, the
 *                    weight recorded with the dose after; NaN when the animal was never weighed
 * @param weighedAt   when that weight was measured (null if unknown)
 * @param volume      the volume to give (or given) and how it compares with the route's limit
 * @param revealed    whether the treatments may be shown: not coded, or unblinded (see {@link Coding})
 */
public record DoseLine(DoseTask task, double weightGrams, LocalDateTime weighedAt, DoseVolume volume,
        boolean revealed) {

    public Animal animal() {
        return task.animal();
    }

    public DoseRegimen regimen() {
        return task.regimen();
    }

    /**
     * What the animal gets as the person dosing may see it: "Ketamine 10 mg/kg i.p. at 0 h", or while the treatments
     * are coded "Solution A 10 mL/kg i.p. at 0 h" ({@link Coding#regimen}).
     */
    public String dose() {
        return Coding.regimen(task.regimen(), revealed);
    }

    /** The recorded event, or null. */
    public DosingEvent event() {
        return task.event();
    }

    public boolean isGiven() {
        return task.isGiven();
    }

    /** Why this dose needs attention (volume above the route limit, no weight, no concentration), or null. */
    public String warning() {
        if (!volume.isComputed()) {
            return volume.problem();
        }
        return volume.limitViolation(weightGrams);
    }
}
