package org.vivarium.core.demo;

import java.util.Random;

import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.TreatmentArm;

/**
 * The demo's forced swim model (simulated, illustrative): immobility in the last 4 of 6 minutes and latency to the
 * first immobility by arm, sex and timepoint - ketamine alone shortens immobility for about a week, ketamine + BCI to
 * 8 weeks. {@link DemoData} draws the demo's values from it; the behaviour-room example draws its tracks from it.
 */
public final class DemoFst {

    /** Immobility change (s) by timepoint index (1 h, 24 h, 1 wk, 2 wk, 4 wk, 8 wk). */
    private static final double[] KET = { -45, -55, -38, -12, -3, 0 };
    private static final double[] BCI = { -3, -5, -4, -3, -2, -2 };
    private static final double[] COMBO = { -48, -60, -56, -52, -48, -42 };

    /** A drawn result: immobility (s, 0-240) and latency to immobility (s, 5-360), not rounded. */
    public record Scores(double immobility, double latency) {
    }

    private DemoFst() {
    }

    /** The immobility change of an arm (by its demo code, e.g. KET+VEH) at a timepoint index; 0 for the vehicle. */
    static double effect(TreatmentArm arm, int index) {
        String code = arm == null ? "" : arm.getCode();
        return switch (code) {
            case "KET+VEH" -> KET[index];
            case "VEH+BCI" -> BCI[index];
            case "KET+BCI" -> COMBO[index];
            default -> 0;
        };
    }

    /** Draws one result (two Gaussians, immobility first) for a given effect and sex. */
    static Scores draw(double effect, Sex sex, Random random) {
        double base = sex == Sex.FEMALE ? 145 : 155;
        double immobility = clamp(base + effect + 22 * random.nextGaussian(), 0, 240);
        double latency = clamp(75 - 0.5 * effect + 20 * random.nextGaussian(), 5, 360);
        return new Scores(immobility, latency);
    }

    /**
     * Draws one result for an animal of a demo study, by its arm, sex and cohort's timepoint (a timepoint the demo
     * does not have counts as the nearest earlier one).
     */
    public static Scores draw(Animal animal, Random random) {
        Cohort cohort = (Cohort) animal.eContainer();
        int index = 0;
        for (int i = 0; i < DemoStudy.TIMEPOINTS.length; i++) {
            if (cohort != null && cohort.getTimepointHours() >= DemoStudy.TIMEPOINTS[i]) {
                index = i;
            }
        }
        return draw(effect(animal.getArm(), index), animal.getSex(), random);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
