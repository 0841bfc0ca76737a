package org.vivarium.analysis.stats.math;

import java.util.Arrays;

/**
 * The Mantel-Cox log-rank test of equal survival in k groups, as R's {@code survival::survdiff(rho = 0)}: observed
 * and expected events per group, the hypergeometric variance matrix, and the chi-square statistic U' V^- U on
 * k - 1 degrees of freedom (a generalised inverse: one group dropped).
 *
 * @param observed events per group
 * @param expected expected events per group under the null hypothesis
 * @param chiSquare the test statistic
 * @param df degrees of freedom (groups with expected events, minus one)
 */
public record LogRank(double[] observed, double[] expected, double chiSquare, int df) {

    /**
     * @param time observed times
     * @param event true where the event happened, false where censored
     * @param group group index (0..k-1) per observation
     * @param k number of groups
     */
    public static LogRank of(double[] time, boolean[] event, int[] group, int k) {
        int n = time.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(time[x], time[y]));
        double[] atRisk = new double[k];
        for (int g : group) {
            atRisk[g]++;
        }
        double[] obs = new double[k];
        double[] exp = new double[k];
        double[][] var = new double[k][k];
        int i = 0;
        while (i < n) {
            double t = time[order[i]];
            double[] deaths = new double[k];
            double[] leaving = new double[k];
            int j = i;
            while (j < n && time[order[j]] == t) {
                int g = group[order[j]];
                if (event[order[j]]) {
                    deaths[g]++;
                }
                leaving[g]++;
                j++;
            }
            double d = 0;
            double r = 0;
            for (int g = 0; g < k; g++) {
                d += deaths[g];
                r += atRisk[g];
            }
            if (d > 0) {
                double factor = r > 1 ? d * (r - d) / (r * r * (r - 1)) : 0;
                for (int g = 0; g < k; g++) {
                    obs[g] += deaths[g];
                    exp[g] += d * atRisk[g] / r;
                    for (int h = 0; h < k; h++) {
                        var[g][h] += factor * ((g == h ? r * atRisk[g] : 0) - atRisk[g] * atRisk[h]);
                    }
                }
            }
            for (int g = 0; g < k; g++) {
                atRisk[g] -= leaving[g];
            }
            i = j;
        }
        int[] keep = java.util.stream.IntStream.range(0, k).filter(g -> exp[g] > 0).toArray();
        int m = keep.length - 1;
        double chi = 0;
        if (m >= 1) {
            double[] u = new double[m];
            double[][] v = new double[m][m];
            for (int a = 0; a < m; a++) {
                u[a] = obs[keep[a + 1]] - exp[keep[a + 1]];
                for (int b = 0; b < m; b++) {
                    v[a][b] = var[keep[a + 1]][keep[b + 1]];
                }
            }
            chi = Matrices.quadraticFormInverse(v, u);
        }
        return new LogRank(obs, exp, chi, Math.max(m, 0));
    }

    public double p() {
        return df == 0 ? 1 : Probabilities.chiSquaredUpper(chiSquare, df);
    }

    /** Hazard ratio estimate of group g against group ref: (O_g / E_g) / (O_ref / E_ref). */
    public double hazardRatio(int g, int ref) {
        return (observed[g] / expected[g]) / (observed[ref] / expected[ref]);
    }
}
