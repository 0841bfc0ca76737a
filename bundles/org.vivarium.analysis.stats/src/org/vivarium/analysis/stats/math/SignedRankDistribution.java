package org.vivarium.analysis.stats.math;

/**
 * Exact null distribution of the Wilcoxon signed-rank statistic V (sum of the ranks of the positive differences)
 * for n differences without ties or zeros, by counting subsets of 1..n (as R's {@code psignrank}).
 */
public final class SignedRankDistribution extends CountedDistribution {

    public SignedRankDistribution(int n) {
        super(counts(n));
    }

    private static double[] counts(int n) {
        int max = n * (n + 1) / 2;
        double[] counts = new double[max + 1];
        counts[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int s = max; s >= k; s--) {
                counts[s] += counts[s - k];
            }
        }
        return counts;
    }
}
