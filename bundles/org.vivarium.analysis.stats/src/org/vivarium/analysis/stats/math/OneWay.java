package org.vivarium.analysis.stats.math;

import java.math.BigDecimal;

/**
 * One-way analysis of variance by centred sums: group means and the grand mean by the corrected two-pass algorithm,
 * then SS within = sum of squared deviations from the group means and SS between = sum n_i (mean_i - mean)^2. The
 * textbook one-pass formula (sum of squares minus squared sum over n) loses all digits on data such as NIST's
 * SmLs09 (13 constant leading digits); this does not. The data are first centred on one of their values in decimal
 * arithmetic (each value taken as its shortest decimal representation, which for values entered as decimals is the
 * number the user typed), so that the digits that vary are not lost to the binary rounding of the constant leading
 * digits (1000000.4 - 1000000.3 is 0.1 exactly, not 0.09999999997).
 *
 * @param k number of groups
 * @param n total number of observations
 * @param groupN size of each group
 * @param groupMeans mean of each group
 * @param grandMean mean of all observations
 * @param ssBetween between-groups sum of squares
 * @param ssWithin within-groups (residual) sum of squares
 */
public record OneWay(int k, int n, int[] groupN, double[] groupMeans, double grandMean, double ssBetween,
        double ssWithin) {

    /** Computes the decomposition for groups of values (each with at least one value). */
    public static OneWay of(double[][] groups) {
        int k = groups.length;
        int n = 0;
        int[] sizes = new int[k];
        double shift = Double.NaN;
        for (int g = 0; g < k; g++) {
            sizes[g] = groups[g].length;
            n += sizes[g];
            if (Double.isNaN(shift) && sizes[g] > 0) {
                shift = groups[g][0];
            }
        }
        BigDecimal decimalShift = new BigDecimal(Double.toString(shift));
        double[][] shifted = new double[k][];
        double[] all = new double[n];
        int at = 0;
        for (int g = 0; g < k; g++) {
            shifted[g] = new double[sizes[g]];
            for (int i = 0; i < sizes[g]; i++) {
                shifted[g][i] = new BigDecimal(Double.toString(groups[g][i])).subtract(decimalShift).doubleValue();
                all[at++] = shifted[g][i];
            }
        }
        double grand = Moments.mean(all);
        double[] means = new double[k];
        double ssw = 0;
        double ssb = 0;
        for (int g = 0; g < k; g++) {
            double m = Moments.mean(shifted[g]);
            ssw += Moments.sumOfSquares(shifted[g]);
            double d = m - grand;
            ssb += sizes[g] * d * d;
            means[g] = m + shift;
        }
        return new OneWay(k, n, sizes, means, grand + shift, ssb, ssw);
    }

    public double dfBetween() {
        return k - 1;
    }

    public double dfWithin() {
        return n - k;
    }

    public double msBetween() {
        return ssBetween / dfBetween();
    }

    public double msWithin() {
        return ssWithin / dfWithin();
    }

    public double f() {
        return msBetween() / msWithin();
    }

    public double p() {
        return Probabilities.fUpper(f(), dfBetween(), dfWithin());
    }

    /** R squared = SS between / SS total. */
    public double rSquared() {
        return ssBetween / (ssBetween + ssWithin);
    }

    /** Residual standard deviation = sqrt(MS within). */
    public double residualSd() {
        return Math.sqrt(msWithin());
    }

    /** Omega squared (less biased than eta squared). */
    public double omegaSquared() {
        return (ssBetween - dfBetween() * msWithin()) / (ssBetween + ssWithin + msWithin());
    }
}
