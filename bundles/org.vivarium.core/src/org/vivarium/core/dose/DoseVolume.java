package org.vivarium.core.dose;

import java.util.Locale;

import org.vivarium.core.study.Labels;

/**
 * The volume of one administration and how it compares with the route's limit.
 *
 * @param volumeMl        volume to give (mL); NaN when it cannot be computed (see {@link #problem()})
 * @param volumePerKg     volume per kg body weight (mL/kg)
 * @param limitMl         the largest volume the route allows for this body weight (mL); NaN without a limit
 * @param limitPerKg      the route's limit (mL/kg); NaN without a limit
 * @param route           the route's code, e.g. i.p.
 * @param problem         why the volume cannot be computed, or null
 */
public record DoseVolume(double volumeMl, double volumePerKg, double limitMl, double limitPerKg, String route,
        String problem) {

    /** Whether the volume could be computed. */
    public boolean isComputed() {
        return problem == null;
    }

    /** Whether the volume is within the route's limit (true when the route sets no limit). */
    public boolean withinLimit() {
        return isComputed() && (Double.isNaN(limitPerKg) || volumePerKg <= limitPerKg + 1e-9);
    }

    /** e.g. "0.25 mL (10 mL/kg)". */
    public String describe() {
        if (!isComputed()) {
            return problem;
        }
        return String.format(Locale.ROOT, "%.2f mL (%s mL/kg)", volumeMl, Labels.number(round(volumePerKg)));
    }

    /** e.g. "0.75 mL is 30 mL/kg, above the i.p. limit of 20 mL/kg (0.50 mL for 25 g)"; null when within. */
    public String limitViolation(double bodyWeightGrams) {
        if (withinLimit()) {
            return null;
        }
        return String.format(Locale.ROOT, "%.2f mL is %s mL/kg, above the %s limit of %s mL/kg (%.2f mL for %s g)",
                volumeMl, Labels.number(round(volumePerKg)), route, Labels.number(limitPerKg), limitMl,
                Labels.number(bodyWeightGrams));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
