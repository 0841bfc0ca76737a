package org.vivarium.core.validation;

import org.vivarium.core.study.Labels;
import org.vivarium.model.MeasureDefinition;

/**
 * The checks of a single value against its measure - valid range, censoring cutoff - as used by validation, data
 * entry (as a technician types) and import (per cell). Each check returns a message, or null when the value is fine.
 */
public final class ValueRules {

    private ValueRules() {
    }

    /** The first problem of a value: not a number, beyond the censoring cutoff, outside the valid range; or null. */
    public static String check(MeasureDefinition measure, double value, boolean censored) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "the value is not a number";
        }
        String shown = Labels.number(value) + unit(measure);
        Double cutoff = measure.getCensoringCutoff();
        if (censored && cutoff == null) {
            return "is marked censored but " + measure.getName() + " has no censoring cutoff";
        }
        if (cutoff != null && value > cutoff) {
            return measure.getName() + " " + shown + " is beyond the censoring cutoff of " + Labels.number(cutoff)
                    + " (record " + Labels.number(cutoff) + ", censored)";
        }
        if (measure.getMinimum() != null && value < measure.getMinimum()
                || measure.getMaximum() != null && value > measure.getMaximum()) {
            return measure.getName() + " " + shown + " is outside the valid range " + range(measure);
        }
        return null;
    }

    /** Whether a value at the cutoff should be recorded as censored (the event did not happen within the cutoff). */
    public static boolean reachesCutoff(MeasureDefinition measure, double value) {
        return measure.getCensoringCutoff() != null && value >= measure.getCensoringCutoff();
    }

    /** e.g. "0-240 s", "-inf-100 %". */
    public static String range(MeasureDefinition m) {
        String lo = m.getMinimum() == null ? "-inf" : Labels.number(m.getMinimum());
        String hi = m.getMaximum() == null ? "+inf" : Labels.number(m.getMaximum());
        return lo + "-" + hi + unit(m);
    }

    private static String unit(MeasureDefinition m) {
        return m.getUnit() == null || m.getUnit().isBlank() ? "" : " " + m.getUnit();
    }
}
