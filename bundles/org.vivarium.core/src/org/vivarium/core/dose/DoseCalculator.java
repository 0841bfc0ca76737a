package org.vivarium.core.dose;

import org.vivarium.core.study.Labels;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Route;

/**
 * Dose volumes: volume (mL) = body weight (kg) x dose (mg/kg) / stock concentration (mg/mL); vehicles and fixed-volume
 * regimens use their volume per kg instead. Each volume is checked against the route's limit (mL/kg).
 */
public final class DoseCalculator {

    private DoseCalculator() {
    }

    /** Volume per kg body weight of a regimen (mL/kg), or NaN when the stock concentration is missing. */
    public static double volumePerKg(DoseRegimen regimen) {
        Compound c = regimen.getCompound();
        if (regimen.getVolumeMlPerKg() > 0) {
            return regimen.getVolumeMlPerKg();
        }
        if (c == null || c.isPlacebo()) {
            Route r = regimen.getRoute();
            return r == null || r.getTypicalVolumeMlPerKg() <= 0 ? Double.NaN : r.getTypicalVolumeMlPerKg();
        }
        if (c.getStockConcentrationMgPerMl() <= 0) {
            return Double.NaN;
        }
        return regimen.getDoseMgPerKg() / c.getStockConcentrationMgPerMl();
    }

    /** The volume of a regimen for an animal of the given body weight. */
    public static DoseVolume volume(DoseRegimen regimen, double bodyWeightGrams) {
        return volume(regimen, bodyWeightGrams, regimen.getCompound() == null ? "the compound"
                : regimen.getCompound().getName());
    }

    /**
     * As {@link #volume(DoseRegimen, double)}, naming the compound in a problem as given (e.g. by its code "Solution
     * A" while the treatments are coded).
     */
    public static DoseVolume volume(DoseRegimen regimen, double bodyWeightGrams, String compoundLabel) {
        Route route = regimen.getRoute();
        String routeCode = route == null ? "route" : route.getCode();
        double limitPerKg = route == null || route.getMaxVolumeMlPerKg() <= 0 ? Double.NaN : route.getMaxVolumeMlPerKg();
        double kg = bodyWeightGrams / 1000.0;
        if (!(bodyWeightGrams > 0)) {
            return new DoseVolume(Double.NaN, Double.NaN, Double.NaN, limitPerKg, routeCode,
                    "no body weight to compute the volume from");
        }
        double perKg = volumePerKg(regimen);
        if (Double.isNaN(perKg)) {
            return new DoseVolume(Double.NaN, Double.NaN, limitPerKg * kg, limitPerKg, routeCode,
                    "no stock concentration for " + compoundLabel + " (mg/mL)");
        }
        return new DoseVolume(perKg * kg, perKg, limitPerKg * kg, limitPerKg, routeCode, null);
    }

    /** Checks a volume actually given (or planned) against the route limit of its regimen. */
    public static DoseVolume given(DoseRegimen regimen, double volumeMl, double bodyWeightGrams) {
        Route route = regimen.getRoute();
        String routeCode = route == null ? "route" : route.getCode();
        double limitPerKg = route == null || route.getMaxVolumeMlPerKg() <= 0 ? Double.NaN : route.getMaxVolumeMlPerKg();
        if (!(bodyWeightGrams > 0)) {
            return new DoseVolume(volumeMl, Double.NaN, Double.NaN, limitPerKg, routeCode,
                    "no body weight recorded for this dose");
        }
        double kg = bodyWeightGrams / 1000.0;
        return new DoseVolume(volumeMl, volumeMl / kg, limitPerKg * kg, limitPerKg, routeCode, null);
    }

    /** The dose in mg actually delivered by a volume, e.g. for the controlled-substance usage log. */
    public static double milligrams(DoseRegimen regimen, double volumeMl) {
        Compound c = regimen.getCompound();
        return c == null || c.isPlacebo() ? 0 : volumeMl * c.getStockConcentrationMgPerMl();
    }

    /** e.g. "Ketamine 10 mg/kg i.p. at 0 h: 0.25 mL (10 mL/kg)". */
    public static String describe(DoseRegimen regimen, double bodyWeightGrams) {
        return Labels.regimen(regimen) + ": " + volume(regimen, bodyWeightGrams).describe();
    }
}
