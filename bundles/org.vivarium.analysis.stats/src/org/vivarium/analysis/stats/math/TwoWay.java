package org.vivarium.analysis.stats.math;

/**
 * Two-way analysis of variance with interaction and Type III sums of squares, for balanced and unbalanced designs
 * with every cell filled. Works on the cell-means model: cell means and the residual sum of squares come from two
 * passes over the data (the second centred on the cell means, with the rounding correction, both on data shifted
 * by their first value); each effect's Type III sum of squares is then the quadratic form
 * (L m)' (L D L')^-1 (L m) of its contrast matrix L on the cell means m, D = diag(1 / n_ij). The main-effect
 * contrasts compare unweighted marginal means, which is what Type III tests (and what R's
 * {@code drop1(lm(y ~ A * B, contrasts = contr.sum), test = "F")} or {@code car::Anova(type = 3)} report).
 */
public final class TwoWay {

    private final int na;
    private final int nb;
    private final long[] count;
    private final double[] mean;
    private final double sse;
    private final long n;

    private TwoWay(int na, int nb, long[] count, double[] mean, double sse, long n) {
        this.na = na;
        this.nb = nb;
        this.count = count;
        this.mean = mean;
        this.sse = sse;
        this.n = n;
    }

    /**
     * Fits the model.
     *
     * @param a level index (0..na-1) of factor A per observation
     * @param b level index (0..nb-1) of factor B per observation
     * @param y the observations
     * @throws IllegalArgumentException when a cell is empty (Type III needs every cell)
     */
    public static TwoWay fit(int[] a, int[] b, double[] y, int na, int nb) {
        int cells = na * nb;
        long[] count = new long[cells];
        double[] sum = new double[cells];
        int n = y.length;
        double shift = n > 0 ? y[0] : 0;
        for (int i = 0; i < n; i++) {
            int c = a[i] * nb + b[i];
            count[c]++;
            sum[c] += y[i] - shift;
        }
        double[] mean = new double[cells];
        for (int c = 0; c < cells; c++) {
            if (count[c] == 0) {
                throw new IllegalArgumentException("cell " + (c / nb) + "," + (c % nb) + " is empty");
            }
            mean[c] = sum[c] / count[c];
        }
        double[] dev = new double[cells];
        double[] sq = new double[cells];
        for (int i = 0; i < n; i++) {
            int c = a[i] * nb + b[i];
            double d = y[i] - shift - mean[c];
            dev[c] += d;
            sq[c] += d * d;
        }
        double sse = 0;
        for (int c = 0; c < cells; c++) {
            sse += sq[c] - dev[c] * dev[c] / count[c];
            mean[c] += dev[c] / count[c] + shift;
        }
        return new TwoWay(na, nb, count, mean, sse, n);
    }

    public int levelsA() {
        return na;
    }

    public int levelsB() {
        return nb;
    }

    public long n() {
        return n;
    }

    public long cellN(int i, int j) {
        return count[i * nb + j];
    }

    public double cellMean(int i, int j) {
        return mean[i * nb + j];
    }

    /** Residual sum of squares. */
    public double sse() {
        return sse;
    }

    public double dfError() {
        return n - (double) na * nb;
    }

    public double mse() {
        return sse / dfError();
    }

    /** Type III sum of squares of factor A. */
    public double ssA() {
        double[][] l = new double[na - 1][na * nb];
        for (int i = 0; i < na - 1; i++) {
            for (int j = 0; j < nb; j++) {
                l[i][i * nb + j] = 1.0 / nb;
                l[i][(na - 1) * nb + j] = -1.0 / nb;
            }
        }
        return typeIII(l);
    }

    /** Type III sum of squares of factor B. */
    public double ssB() {
        double[][] l = new double[nb - 1][na * nb];
        for (int j = 0; j < nb - 1; j++) {
            for (int i = 0; i < na; i++) {
                l[j][i * nb + j] = 1.0 / na;
                l[j][i * nb + nb - 1] = -1.0 / na;
            }
        }
        return typeIII(l);
    }

    /** Type III sum of squares of the interaction A x B. */
    public double ssAB() {
        double[][] l = new double[(na - 1) * (nb - 1)][na * nb];
        int r = 0;
        for (int i = 0; i < na - 1; i++) {
            for (int j = 0; j < nb - 1; j++) {
                l[r][i * nb + j] = 1;
                l[r][(na - 1) * nb + j] = -1;
                l[r][i * nb + nb - 1] = -1;
                l[r][(na - 1) * nb + nb - 1] = 1;
                r++;
            }
        }
        return typeIII(l);
    }

    private double typeIII(double[][] l) {
        int q = l.length;
        int cells = na * nb;
        double[] lm = new double[q];
        double[][] ldl = new double[q][q];
        for (int r = 0; r < q; r++) {
            for (int c = 0; c < cells; c++) {
                lm[r] += l[r][c] * mean[c];
            }
            for (int s = 0; s <= r; s++) {
                double v = 0;
                for (int c = 0; c < cells; c++) {
                    v += l[r][c] * l[s][c] / count[c];
                }
                ldl[r][s] = v;
                ldl[s][r] = v;
            }
        }
        return Matrices.quadraticFormInverse(ldl, lm);
    }
}
