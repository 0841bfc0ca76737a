package org.vivarium.analysis.stats.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kaplan-Meier estimate of a survival curve with Greenwood standard errors and log-transformed confidence limits,
 * as R's {@code survfit(Surv(time, event) ~ 1, conf.type = "log")}: one row per distinct time (events and censorings;
 * censorings at an event time are at risk at that time), {@code stdErr} is the standard error of -log S, and the
 * median is the first time the curve reaches 0.5 or below (the midpoint to the next event time when it equals 0.5
 * on a whole interval).
 */
public final class KaplanMeier {

    /** One row of the estimate. */
    public record Step(double time, int atRisk, int events, int censored, double survival, double stdErr,
            double lower, double upper) {
    }

    private final List<Step> steps;
    private final double median;
    private final double medianLower;
    private final double medianUpper;

    private KaplanMeier(List<Step> steps, double median, double medianLower, double medianUpper) {
        this.steps = steps;
        this.median = median;
        this.medianLower = medianLower;
        this.medianUpper = medianUpper;
    }

    /**
     * @param time the observed times
     * @param event true where the event was observed, false where the time is censored
     * @param level confidence level, e.g. 0.95
     */
    public static KaplanMeier of(double[] time, boolean[] event, double level) {
        int n = time.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(time[x], time[y]));
        double z = Probabilities.normalQuantile(1 - (1 - level) / 2);
        List<Step> steps = new ArrayList<>();
        double s = 1;
        double greenwood = 0;
        int atRisk = n;
        int i = 0;
        while (i < n) {
            double t = time[order[i]];
            int d = 0;
            int c = 0;
            while (i < n && time[order[i]] == t) {
                if (event[order[i]]) {
                    d++;
                } else {
                    c++;
                }
                i++;
            }
            if (d > 0) {
                s *= 1 - (double) d / atRisk;
                greenwood += atRisk == d ? Double.POSITIVE_INFINITY : d / ((double) atRisk * (atRisk - d));
            }
            double se = Math.sqrt(greenwood);
            double lo = s > 0 && Double.isFinite(se) ? Math.exp(Math.log(s) - z * se) : Double.NaN;
            double hi = s > 0 && Double.isFinite(se) ? Math.min(1, Math.exp(Math.log(s) + z * se)) : Double.NaN;
            steps.add(new Step(t, atRisk, d, c, s, se, lo, hi));
            atRisk -= d + c;
        }
        double median = quantileTime(steps, 0.5, Step::survival);
        double medLo = quantileTime(steps, 0.5, Step::lower);
        double medHi = quantileTime(steps, 0.5, Step::upper);
        return new KaplanMeier(List.copyOf(steps), median, medLo, medHi);
    }

    private interface Curve {
        double at(Step s);
    }

    /** First time the curve is at or below p (midpoint rule on a flat p), or NaN if never. */
    private static double quantileTime(List<Step> steps, double p, Curve curve) {
        final double tol = Math.sqrt(Math.ulp(1.0));
        for (int k = 0; k < steps.size(); k++) {
            double v = curve.at(steps.get(k));
            if (Double.isNaN(v)) {
                continue;
            }
            if (Math.abs(v - p) < tol) {
                for (int m = k + 1; m < steps.size(); m++) {
                    double next = curve.at(steps.get(m));
                    if (!Double.isNaN(next) && next < v - tol) {
                        return (steps.get(k).time() + steps.get(m).time()) / 2;
                    }
                }
                return steps.get(k).time();
            }
            if (v < p) {
                return steps.get(k).time();
            }
        }
        return Double.NaN;
    }

    public List<Step> steps() {
        return steps;
    }

    /** Median survival time, or NaN when the curve never reaches 0.5. */
    public double median() {
        return median;
    }

    /** Lower confidence limit of the median, or NaN. */
    public double medianLower() {
        return medianLower;
    }

    /** Upper confidence limit of the median, or NaN (not reached). */
    public double medianUpper() {
        return medianUpper;
    }
}
