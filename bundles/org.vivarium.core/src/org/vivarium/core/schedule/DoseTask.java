package org.vivarium.core.schedule;

import java.time.Duration;
import java.time.LocalDateTime;

import org.vivarium.model.Animal;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;

/**
 * One administration due to one animal: its regimen, when it is due, and the dosing event recorded for it (null
 * until one is scheduled or given). A dose is in window when given within due +- the regimen's windowMinutes
 * (exactly at the edge included); missed when not given and the window has passed.
 */
public record DoseTask(Animal animal, DoseRegimen regimen, LocalDateTime due, DosingEvent event) {

    public boolean isGiven() {
        return event != null && event.getActualTime() != null;
    }

    /** The regimen's dosing window (either side of the due time). */
    public Duration window() {
        return window(regimen);
    }

    /** A regimen's dosing window (either side of the due time). */
    public static Duration window(DoseRegimen regimen) {
        return Duration.ofSeconds(Math.round(Math.max(0, regimen.getWindowMinutes()) * 60));
    }

    /** Whether a dose given at a time is within its window (always, when it has no due time). */
    public boolean inWindow(LocalDateTime at) {
        return due == null || at == null || Duration.between(due, at).abs().compareTo(window()) <= 0;
    }

    /** Given outside its window. */
    public boolean isOutOfWindow() {
        return isGiven() && !inWindow(event.getActualTime());
    }

    /** Not given and its window has passed. */
    public boolean isMissed(LocalDateTime now) {
        return !isGiven() && due != null && now.isAfter(due.plus(window()));
    }

    /** How far a time is from the due time: "4 h 30 min early", "45 min late", "on time". */
    public String offBy(LocalDateTime at) {
        if (due == null || at == null || at.equals(due)) {
            return "on time";
        }
        Duration d = Duration.between(due, at);
        return Agenda.duration(d.abs()) + (d.isNegative() ? " early" : " late");
    }
}
