package org.vivarium.analysis.stats.math;

import java.util.Arrays;

/**
 * The Shapiro-Wilk test of normality for 3 to 5000 values, by Royston's algorithm AS R94 (P. Royston, "Remark AS
 * R94: A remark on algorithm AS 181: The W-test for normality", Applied Statistics 44 (1995) 547-551), the method of
 * R's {@code shapiro.test}:
 * <ul>
 * <li>coefficients: m_i = Phi^-1((i - 3/8) / (n + 1/4)); the two most extreme coefficients by Royston's polynomial
 * approximations in 1 / sqrt(n) (only the most extreme one for n &lt; 6), the others m_i scaled so that the squared
 * coefficients sum to 1; for n = 3 the exact sqrt(1/2);</li>
 * <li>W as the squared correlation of the ordered values and the coefficients, 1 - W computed directly (not by
 * subtraction);</li>
 * <li>p-value: for n = 3 the exact 6 / pi (asin(sqrt(W)) - asin(sqrt(3/4))); for 4 &lt;= n &lt;= 11 the normal
 * approximation of -log(gamma - log(1 - W)), gamma = -2.273 + 0.459 n; for n &gt;= 12 of log(1 - W); means and
 * standard deviations by Royston's published polynomials.</li>
 * </ul>
 *
 * @param w the statistic W
 * @param p the p-value (small W: evidence against normality)
 */
public record ShapiroWilk(double w, double p) {

    /** Fewer values are refused. */
    public static final int MIN_N = 3;
    /** More values are refused (the approximation is published up to 5000). */
    public static final int MAX_N = 5000;

    private static final double[] C1 = { 0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056 };
    private static final double[] C2 = { 0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633 };
    private static final double[] C3 = { 0.544, -0.39978, 0.025054, -6.714e-4 };
    private static final double[] C4 = { 1.3822, -0.77857, 0.062767, -0.0020322 };
    private static final double[] C5 = { -1.5861, -0.31082, -0.083751, 0.0038915 };
    private static final double[] C6 = { -0.4803, -0.082676, 0.0030302 };
    private static final double[] G = { -2.273, 0.459 };
    /** Below this range (largest minus smallest value) the values count as identical, as in R. */
    private static final double MIN_RANGE = 1e-10;

    /**
     * Tests the values (in any order).
     *
     * @throws IllegalArgumentException for fewer than 3 or more than 5000 values, non-finite values, or values that
     *         are all (nearly) identical
     */
    public static ShapiroWilk test(double[] values) {
        int n = values.length;
        if (n < MIN_N || n > MAX_N) {
            throw new IllegalArgumentException("Shapiro-Wilk needs " + MIN_N + " to " + MAX_N + " values, got " + n);
        }
        double[] x = values.clone();
        Arrays.sort(x);
        if (!Double.isFinite(x[0]) || !Double.isFinite(x[n - 1])) {
            throw new IllegalArgumentException("Shapiro-Wilk: the values must be finite");
        }
        double range = x[n - 1] - x[0];
        if (!(range >= MIN_RANGE)) {
            throw new IllegalArgumentException("Shapiro-Wilk: all values are identical");
        }
        double[] a = coefficients(n);
        // the full antisymmetric coefficient vector and the rescaled data, then their squared correlation
        double meanA = 0;
        double meanX = 0;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i;
            c[i] = i == j ? 0 : Math.signum((double) i - j) * a[Math.min(i, j)];
            meanA += c[i];
            meanX += x[i] / range;
        }
        meanA /= n;
        meanX /= n;
        double ssa = 0;
        double ssx = 0;
        double sax = 0;
        for (int i = 0; i < n; i++) {
            double da = c[i] - meanA;
            double dx = x[i] / range - meanX;
            ssa += da * da;
            ssx += dx * dx;
            sax += da * dx;
        }
        double root = Math.sqrt(ssa * ssx);
        double oneMinusW = (root - sax) * (root + sax) / (ssa * ssx);
        double w = 1 - oneMinusW;
        return new ShapiroWilk(w, pValue(n, w, oneMinusW));
    }

    /** The coefficients a_1..a_[n/2] of the smallest values (the others are their negatives, in reverse). */
    private static double[] coefficients(int n) {
        int half = n / 2;
        double[] a = new double[half];
        if (n == 3) {
            a[0] = Math.sqrt(0.5);
            return a;
        }
        double[] m = new double[half];
        double summ2 = 0;
        for (int i = 0; i < half; i++) {
            m[i] = Probabilities.normalQuantile((i + 1 - 0.375) / (n + 0.25)); // negative: the lower half
            summ2 += m[i] * m[i];
        }
        summ2 *= 2;
        double ssumm2 = Math.sqrt(summ2);
        double rsn = 1 / Math.sqrt(n);
        double a1 = poly(C1, rsn) - m[0] / ssumm2;
        int first;
        double fac;
        if (n > 5) {
            first = 3;
            double a2 = -m[1] / ssumm2 + poly(C2, rsn);
            fac = Math.sqrt((summ2 - 2 * (m[0] * m[0]) - 2 * (m[1] * m[1]))
                    / (1 - 2 * (a1 * a1) - 2 * (a2 * a2)));
            a[1] = a2;
        } else {
            first = 2;
            fac = Math.sqrt((summ2 - 2 * (m[0] * m[0])) / (1 - 2 * (a1 * a1)));
        }
        a[0] = a1;
        for (int i = first; i <= half; i++) {
            a[i - 1] = -m[i - 1] / fac;
        }
        return a;
    }

    private static double pValue(int n, double w, double oneMinusW) {
        if (n == 3) {
            double p = 6 / Math.PI * (Math.asin(Math.sqrt(w)) - Math.PI / 3);
            return Math.max(0, Math.min(1, p));
        }
        double y = Math.log(oneMinusW);
        double mean;
        double sd;
        if (n <= 11) {
            double gamma = poly(G, n);
            if (y >= gamma) {
                return 1e-99; // beyond the approximation: W is far below any value of a normal sample
            }
            y = -Math.log(gamma - y);
            mean = poly(C3, n);
            sd = Math.exp(poly(C4, n));
        } else {
            double ln = Math.log(n);
            mean = poly(C5, ln);
            sd = Math.exp(poly(C6, ln));
        }
        return Probabilities.normalUpper((y - mean) / sd);
    }

    /** c[0] + c[1] x + c[2] x^2 + ... (Horner). */
    private static double poly(double[] c, double x) {
        double p = 0;
        for (int i = c.length - 1; i > 0; i--) {
            p = (p + c[i]) * x;
        }
        return c[0] + p;
    }
}
