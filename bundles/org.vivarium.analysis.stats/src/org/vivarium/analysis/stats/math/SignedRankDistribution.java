package org.vivarium.analysis.stats.math;

/**
 * Exact null distribution of the Wilcoxon signed-rank statistic V (sum of the ranks of the positive differences)
 * for n differences without ties or zeros, by counting subsets of 1..n (as R's {@code psignrank}).
 */
public final class SignedRankDistribution {

    private final double[] counts;
    private final double total;

    public SignedRankDistribution(int n) {
        int max = n * (n + 1) / 2;
        counts = new double[max + 1];
        counts[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int s = max; s >= k; s--) {
                counts[s] += counts[s - k];
            }
        }
        total = Math.pow(2, n);
    }

    /** P(V <= v). */
    public double cdf(double v) {
        int k = (int) Math.floor(v + 1e-7);
        double s = 0;
        for (int i = 0; i <= Math.min(k, counts.length - 1); i++) {
            s += counts[i];
        }
        return Math.min(1, s / total);
    }

    /** P(V >= v). */
    public double upper(double v) {
        int k = (int) Math.ceil(v - 1e-7);
        double s = 0;
        for (int i = Math.max(0, k); i < counts.length; i++) {
            s += counts[i];
        }
        return Math.min(1, s / total);
    }

    /** Two-sided p-value as R: 2 x the tail on the statistic's side of n(n+1)/4, at most 1. */
    public double twoSided(double v) {
        double centre = (counts.length - 1) / 2.0;
        return Math.min(1, 2 * (v > centre ? upper(v) : cdf(v)));
    }
}
