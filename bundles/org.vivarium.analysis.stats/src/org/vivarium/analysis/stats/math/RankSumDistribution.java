package org.vivarium.analysis.stats.math;

/**
 * Exact null distribution of the Wilcoxon rank-sum (Mann-Whitney) statistic W = (rank sum of the first sample) -
 * m(m+1)/2 for samples of sizes m and n without ties, by counting the subsets of ranks (as R's {@code pwilcox}).
 */
public final class RankSumDistribution {

    private final double[] counts;
    private final double total;

    /** The distribution for sample sizes m and n (m, n >= 1; m + n up to a few hundred). */
    public RankSumDistribution(int m, int n) {
        int max = m * n;
        // ways[j][u]: number of j-subsets of the ranks seen so far with U-statistic u (shifted rank sum)
        double[][] ways = new double[m + 1][max + 1];
        ways[0][0] = 1;
        for (int k = 1; k <= m + n; k++) {
            for (int j = Math.min(k, m); j >= 1; j--) {
                // choosing rank k as the j-th smallest of the first sample adds k - j to U
                int shift = k - j;
                if (shift > n) {
                    continue;
                }
                double[] to = ways[j];
                double[] from = ways[j - 1];
                for (int u = max; u >= shift; u--) {
                    to[u] += from[u - shift];
                }
            }
        }
        counts = ways[m];
        double t = 0;
        for (double c : counts) {
            t += c;
        }
        total = t;
    }

    /** P(W <= w). */
    public double cdf(double w) {
        int k = (int) Math.floor(w + 1e-7);
        if (k < 0) {
            return 0;
        }
        double s = 0;
        for (int u = 0; u <= Math.min(k, counts.length - 1); u++) {
            s += counts[u];
        }
        return Math.min(1, s / total);
    }

    /** P(W >= w). */
    public double upper(double w) {
        int k = (int) Math.ceil(w - 1e-7);
        double s = 0;
        for (int u = Math.max(0, k); u < counts.length; u++) {
            s += counts[u];
        }
        return Math.min(1, s / total);
    }

    /** Two-sided p-value as R: 2 x the tail on the statistic's side of the centre m n / 2, at most 1. */
    public double twoSided(double w) {
        double centre = (counts.length - 1) / 2.0;
        double p = w > centre ? upper(w) : cdf(w);
        return Math.min(1, 2 * p);
    }
}
