package org.vivarium.analysis.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One tidy row of a {@link Dataset}: one value of one measure for one experimental unit.
 *
 * @param unit the experimental unit: an animal id, or a cage label when the assay's unit is the cage
 * @param measure the measure name, e.g. {@code immobility}
 * @param levels the unit's level of every factor of the dataset (e.g. arm, sex, cohort, time, Ketamine, BCI)
 * @param timeHours time since the anchor dose (h), or null when unknown
 * @param value the value in the measure's unit
 * @param censored whether the value is right-censored (e.g. NSF latency at the 600 s cutoff)
 */
public record Observation(String unit, String measure, Map<String, String> levels, Double timeHours, double value,
        boolean censored) {

    public Observation {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** The unit's level of a factor, or null when the dataset has no such factor. */
    public String level(String factor) {
        return levels.get(factor);
    }
}
