package org.vivarium.analysis.stats.math;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * The distribution of max |T_i| for Dunnett's many-to-one comparisons: k t statistics with common denominator
 * (df degrees of freedom) whose correlations are r_ij = l_i l_j with l_i = sqrt(n_i / (n_i + n_0)) (n_0 the
 * control's size). Because the correlation has this product form, the multivariate t probability reduces to a
 * two-dimensional integral (Dunnett 1955): given the chi-distributed scale s and a standard normal W,
 * Z_i = (sqrt(1 - l_i^2) U_i + l_i W) are independent, so
 * P(max|T_i| > t) = E_s E_W [1 - prod_i (Phi((ts - l_i W)/sqrt(1-l_i^2)) - Phi((-ts - l_i W)/sqrt(1-l_i^2)))].
 * Both integrals are computed by adaptive Gauss-Kronrod quadrature to a relative accuracy of about 1e-11 (absolute
 * 1e-17; the complement is formed with log1p/expm1, so small p-values keep their relative accuracy down to about
 * 1e-15). This is exact up to quadrature error, unlike the randomised quasi-Monte Carlo integration (Genz-Bretz)
 * of R's mvtnorm, whose default absolute error is 1e-3.
 */
public final class DunnettDistribution {

    private static final double TOL = 1e-11;
    private static final double W_LIMIT = 10;
    /** Absolute accuracy of each integral: probabilities below about 1e-15 are not resolved. */
    private static final double ABS_TOL = 1e-17;

    private final double[] lambda;
    private final double df;

    /**
     * @param treatmentSizes n_i of the treated groups
     * @param controlSize n_0 of the control group
     * @param df error degrees of freedom (Double.POSITIVE_INFINITY for the normal case)
     */
    public DunnettDistribution(int[] treatmentSizes, int controlSize, double df) {
        lambda = new double[treatmentSizes.length];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = Math.sqrt(treatmentSizes[i] / (double) (treatmentSizes[i] + controlSize));
        }
        this.df = df;
    }

    /** P(max_i |T_i| > t): the adjusted two-sided p-value of a comparison with |t| = t. */
    public double upper(double t) {
        if (t <= 0) {
            return 1;
        }
        if (Double.isInfinite(df)) {
            return exceed(t);
        }
        double logConst = (df / 2) * Math.log(df / 2) - LogGamma.value(df / 2) + Math.log(2);
        // density of s = sqrt(chisq_df / df): 2 (df/2)^(df/2) / Gamma(df/2) s^(df-1) exp(-df s^2 / 2)
        double mode = Math.sqrt(Math.max(df - 1, 0.5) / df);
        double width = 1 / Math.sqrt(2 * df);
        double total = 0;
        double lo = 0;
        double[] cuts = { mode - 6 * width, mode - 2 * width, mode, mode + 2 * width, mode + 6 * width,
            mode + 12 * width, mode + 24 * width, mode + 60 * width };
        for (double cut : cuts) {
            if (cut <= lo) {
                continue;
            }
            total += Quadrature.integrate(s -> density(s, logConst) * exceed(t * s), lo, cut, TOL, ABS_TOL);
            lo = cut;
        }
        return Math.min(1, Math.max(0, total));
    }

    private double density(double s, double logConst) {
        if (s <= 0) {
            return 0;
        }
        return Math.exp(logConst + (df - 1) * Math.log(s) - df * s * s / 2);
    }

    /** P(max_i |Z_i| > c) for the correlated standard normals. */
    private double exceed(double c) {
        double a = Quadrature.integrate(w -> Probabilities.normalDensity(w) * exceedGiven(c, w), -W_LIMIT, 0, TOL,
                ABS_TOL);
        double b = Quadrature.integrate(w -> Probabilities.normalDensity(w) * exceedGiven(c, w), 0, W_LIMIT, TOL,
                ABS_TOL);
        return a + b;
    }

    private double exceedGiven(double c, double w) {
        double logInside = 0;
        for (double l : lambda) {
            double sd = Math.sqrt(1 - l * l);
            double out = Probabilities.normalUpper((c - l * w) / sd) + Probabilities.normalCdf((-c - l * w) / sd);
            if (out >= 1) {
                return 1;
            }
            logInside += Math.log1p(-out);
        }
        return -Math.expm1(logInside);
    }

    /** The critical value c with P(max |T_i| > c) = alpha (for simultaneous confidence intervals). */
    public double critical(double alpha) {
        // bracketed by the single comparison's and Bonferroni's critical values
        int k = lambda.length;
        double lo = Double.isInfinite(df) ? Probabilities.normalQuantile(1 - alpha / 2)
                : Probabilities.tQuantile(1 - alpha / 2, df);
        double hi = Double.isInfinite(df) ? Probabilities.normalQuantile(1 - alpha / (2 * k))
                : Probabilities.tQuantile(1 - alpha / (2 * k), df);
        if (hi - lo < 1e-12) {
            return lo;
        }
        BrentSolver solver = new BrentSolver(1e-13, 1e-13, 0);
        return solver.findRoot(x -> upper(x) - alpha, lo * (1 - 1e-9), hi * (1 + 1e-9));
    }
}
