package org.vivarium.analysis.stats.math;

/**
 * Exact null distribution of the Wilcoxon rank-sum (Mann-Whitney) statistic W = (rank sum of the first sample) -
 * m(m+1)/2 for samples of sizes m and n without ties, by counting the subsets of ranks (as R's {@code pwilcox}).
 */
public final class RankSumDistribution extends CountedDistribution {

    /** The distribution for sample sizes m and n (m, n >= 1; m + n up to a few hundred). */
    public RankSumDistribution(int m, int n) {
        super(counts(m, n));
    }

    private static double[] counts(int m, int n) {
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
        return ways[m];
    }
}
