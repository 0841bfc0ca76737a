package org.vivarium.analysis.stats.math;

/**
 * A discrete null distribution on 0..max given by the number of arrangements with each value (the exact
 * distributions of the rank tests): tail probabilities and R's two-sided p-value.
 */
abstract class CountedDistribution {

    private final double[] counts;
    private final double total;

    CountedDistribution(double[] counts) {
        this.counts = counts;
        double t = 0;
        for (double c : counts) {
            t += c;
        }
        this.total = t;
    }

    /** P(X <= x). */
    public double cdf(double x) {
        int k = (int) Math.floor(x + 1e-7);
        double s = 0;
        for (int i = 0; i <= Math.min(k, counts.length - 1); i++) {
            s += counts[i];
        }
        return Math.min(1, s / total);
    }

    /** P(X >= x). */
    public double upper(double x) {
        int k = (int) Math.ceil(x - 1e-7);
        double s = 0;
        for (int i = Math.max(0, k); i < counts.length; i++) {
            s += counts[i];
        }
        return Math.min(1, s / total);
    }

    /** Two-sided p-value as R computes it: twice the tail on the statistic's side of the centre, at most 1. */
    public double twoSided(double x) {
        double centre = (counts.length - 1) / 2.0;
        return Math.min(1, 2 * (x > centre ? upper(x) : cdf(x)));
    }
}
