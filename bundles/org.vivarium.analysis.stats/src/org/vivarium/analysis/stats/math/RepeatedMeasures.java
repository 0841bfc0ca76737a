package org.vivarium.analysis.stats.math;

/**
 * Mixed (split-plot) analysis of variance: one between-subjects factor (groups) and one within-subjects factor
 * (p repeated conditions, e.g. timepoints), complete data. Matches R's univariate repeated-measures analysis
 * ({@code aov(y ~ group * time + Error(subject / time))}, sequential sums of squares) and its sphericity output
 * ({@code mauchly.test} and {@code anova.mlm(test = "Spherical")} on {@code lm(Y ~ group)}):
 * <ul>
 * <li>between: F of the group effect on the subject means;</li>
 * <li>within: F of the condition effect and of the condition x group interaction, computed on the data transformed
 * by orthonormal contrasts (Z = Y C);</li>
 * <li>Mauchly's W with R's approximation of its p-value, and the Greenhouse-Geisser and Huynh-Feldt epsilons
 * (R's Huynh-Feldt formula with the Lecoutre correction, used uncapped in the epsilon and capped at 1 for the
 * p-value).</li>
 * </ul>
 */
public final class RepeatedMeasures {

    /** Between-subjects results. */
    public record Between(double ss, double df, double ssError, double dfError) {
        public double f() {
            return (ss / df) / (ssError / dfError);
        }

        public double p() {
            return Probabilities.fUpper(f(), df, dfError);
        }
    }

    /** A within-subjects effect with its sphericity corrections. */
    public record Within(double ss, double df, double ssError, double dfError, double ggEpsilon, double hfEpsilon) {
        public double f() {
            return (ss / df) / (ssError / dfError);
        }

        public double p() {
            return Probabilities.fUpper(f(), df, dfError);
        }

        public double pGreenhouseGeisser() {
            return Probabilities.fUpper(f(), df * ggEpsilon, dfError * ggEpsilon);
        }

        public double pHuynhFeldt() {
            double e = Math.min(1, hfEpsilon);
            return Probabilities.fUpper(f(), df * e, dfError * e);
        }
    }

    /** Mauchly's test of sphericity. */
    public record Mauchly(double w, double p) {
    }

    private final Between group;
    private final Within condition;
    private final Within interaction;
    private final Mauchly mauchly;

    private RepeatedMeasures(Between group, Within condition, Within interaction, Mauchly mauchly) {
        this.group = group;
        this.condition = condition;
        this.interaction = interaction;
        this.mauchly = mauchly;
    }

    /**
     * @param y y[i][t]: subject i's value in condition t (complete)
     * @param groupOf group index (0..g-1) of each subject
     * @param g number of groups (1 for a one-way repeated-measures design)
     */
    public static RepeatedMeasures of(double[][] y, int[] groupOf, int g) {
        int n = y.length;
        int p = y[0].length;
        int[] ng = new int[g];
        for (int k : groupOf) {
            ng[k]++;
        }
        double[] subjectMean = new double[n];
        for (int i = 0; i < n; i++) {
            subjectMean[i] = Moments.mean(y[i]);
        }
        double[][] byGroup = new double[g][];
        int[] fill = new int[g];
        for (int k = 0; k < g; k++) {
            byGroup[k] = new double[ng[k]];
        }
        for (int i = 0; i < n; i++) {
            byGroup[groupOf[i]][fill[groupOf[i]]++] = subjectMean[i];
        }
        Between between = null;
        if (g > 1) {
            OneWay oneWay = OneWay.of(byGroup);
            between = new Between(p * oneWay.ssBetween(), g - 1, p * oneWay.ssWithin(), n - g);
        }
        double[][] c = Matrices.helmert(p);
        int q = p - 1;
        double[][] z = new double[n][q];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < q; j++) {
                double s = 0;
                for (int t = 0; t < p; t++) {
                    s += y[i][t] * c[t][j];
                }
                z[i][j] = s;
            }
        }
        double[][] groupMean = new double[g][q];
        double[] mean = new double[q];
        for (int j = 0; j < q; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = z[i][j];
            }
            mean[j] = Moments.mean(col);
            for (int k = 0; k < g; k++) {
                double[] colK = new double[ng[k]];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    if (groupOf[i] == k) {
                        colK[m++] = z[i][j];
                    }
                }
                groupMean[k][j] = Moments.mean(colK);
            }
        }
        double[][] error = new double[q][q];
        for (int i = 0; i < n; i++) {
            double[] gm = groupMean[groupOf[i]];
            for (int a = 0; a < q; a++) {
                for (int b = 0; b <= a; b++) {
                    error[a][b] += (z[i][a] - gm[a]) * (z[i][b] - gm[b]);
                }
            }
        }
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < a; b++) {
                error[b][a] = error[a][b];
            }
        }
        double ssCondition = 0;
        double ssInteraction = 0;
        double ssError = 0;
        for (int j = 0; j < q; j++) {
            ssCondition += n * mean[j] * mean[j];
            for (int k = 0; k < g; k++) {
                double d = groupMean[k][j] - mean[j];
                ssInteraction += ng[k] * d * d;
            }
            ssError += error[j][j];
        }
        double dfResidual = n - g;
        double[] lambda = Matrices.symmetricEigenvalues(error);
        double sum = 0;
        double sumSq = 0;
        double logDet = 0;
        for (double l : lambda) {
            sum += l;
            sumSq += l * l;
            logDet += Math.log(l);
        }
        double gg = sum * sum / sumSq / q;
        double hf = ((dfResidual + 1) * q * gg - 2) / (q * (dfResidual - q * gg));
        Within cond = new Within(ssCondition, q, ssError, dfResidual * q, gg, hf);
        Within inter = g > 1 ? new Within(ssInteraction, (double) (g - 1) * q, ssError, dfResidual * q, gg, hf) : null;
        // with 2 conditions there is one contrast: sphericity holds trivially and Mauchly's chi-squared has 0 df
        return new RepeatedMeasures(between, cond, inter, q > 1 ? mauchly(logDet, sum, q, p, dfResidual) : null);
    }

    /** Mauchly's W and p-value exactly as R's mauchly.test (which uses p, the number of conditions, in one term). */
    private static Mauchly mauchly(double logDet, double trace, int q, int p, double n) {
        double logW = logDet - q * Math.log(trace / q);
        double rho = 1 - (2.0 * q * q + q + 2) / (6.0 * q * n);
        double w2 = (q + 2.0) * (q - 1) * (q - 2) * (2.0 * q * q * q + 6.0 * q * q + 3.0 * p + 2)
                / (288 * (n * q * rho) * (n * q * rho));
        double z = -n * rho * logW;
        double f = q * (q + 1) / 2.0 - 1;
        double pr1 = Probabilities.chiSquaredUpper(z, f);
        double pr2 = Probabilities.chiSquaredUpper(z, f + 4);
        return new Mauchly(Math.exp(logW), pr1 + w2 * (pr2 - pr1));
    }

    /** The between-subjects group effect, or null with one group. */
    public Between group() {
        return group;
    }

    /** The within-subjects condition (e.g. time) effect. */
    public Within condition() {
        return condition;
    }

    /** The condition x group interaction, or null with one group. */
    public Within interaction() {
        return interaction;
    }

    /** Mauchly's test, or null with 2 conditions (nothing to test). */
    public Mauchly mauchly() {
        return mauchly;
    }
}
