package org.vivarium.core.schedule;

import java.time.LocalDateTime;

import org.vivarium.model.Animal;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;

/**
 * One administration due to one animal: its regimen, when it is due, and the dosing event recorded for it (null
 * until one is scheduled or given).
 */
public record DoseTask(Animal animal, DoseRegimen regimen, LocalDateTime due, DosingEvent event) {

    public boolean isGiven() {
        return event != null && event.getActualTime() != null;
    }
}
