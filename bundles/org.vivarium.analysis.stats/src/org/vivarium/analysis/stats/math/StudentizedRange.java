package org.vivarium.analysis.stats.math;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The studentized range distribution (Tukey HSD), computed with the algorithm of Copenhaver and Holland (1988) that
 * R's {@code ptukey} and {@code qtukey} use: Gauss-Legendre quadrature of Hartley's form of the range (12 points),
 * integrated over the chi distribution of the standard error (16 points on unit, half-, quarter- or eighth-unit
 * intervals depending on df), with the same cut-offs; the quantile by the same secant iteration (stopping when
 * successive iterates differ by less than 1e-4) from the AS 70 initial value. Matching R's method matters: its
 * results are what labs compare with.
 */
public final class StudentizedRange {

    private static final double[] X12;
    private static final double[] A12;
    private static final double[] X16;
    private static final double[] A16;

    static {
        GaussLegendre g12 = new GaussLegendre(12);
        X12 = g12.positiveNodesDescending();
        A12 = g12.positiveWeightsDescending();
        GaussLegendre g16 = new GaussLegendre(16);
        X16 = g16.positiveNodesDescending();
        A16 = g16.positiveWeightsDescending();
    }

    private StudentizedRange() {
    }

    /** P(range of cc standard normals (max over rr) <= w): Hartley's form, no standard error. */
    static double wprob(double w, double rr, double cc) {
        final double bb = 8;
        double qsqz = w * 0.5;
        if (qsqz >= bb) {
            return 1.0;
        }
        double pr = 2 * Probabilities.normalCdf(qsqz) - 1;
        pr = pr >= Math.exp(-50 / cc) ? Math.pow(pr, cc) : 0;
        double wincr = w > 3 ? 2 : 3;
        double blb = qsqz;
        double binc = (bb - qsqz) / wincr;
        double bub = blb + binc;
        double einsum = 0;
        double cc1 = cc - 1;
        for (int wi = 1; wi <= wincr; wi++) {
            double elsum = 0;
            double a = 0.5 * (bub + blb);
            double b = 0.5 * (bub - blb);
            for (int jj = 1; jj <= 12; jj++) {
                int j = jj > 6 ? 12 - jj : jj - 1;
                double xx = jj > 6 ? X12[j] : -X12[j];
                double ac = a + b * xx;
                double qexpo = ac * ac;
                if (qexpo > 60) {
                    break;
                }
                double pplus = 2 * Probabilities.normalCdf(ac);
                double pminus = 2 * Probabilities.normalCdf(ac - w);
                double rinsum = pplus * 0.5 - pminus * 0.5;
                if (rinsum >= Math.exp(-30 / cc1)) {
                    elsum += A12[j] * Math.exp(-(0.5 * qexpo)) * Math.pow(rinsum, cc1);
                }
            }
            elsum *= 2.0 * b * cc / Math.sqrt(2 * Math.PI);
            einsum += elsum;
            blb = bub;
            bub += binc;
        }
        pr += einsum;
        if (pr <= Math.exp(-30 / rr)) {
            return 0;
        }
        pr = Math.pow(pr, rr);
        return pr >= 1 ? 1 : pr;
    }

    /**
     * P(Q <= q) for the studentized range of {@code nmeans} means with {@code df} degrees of freedom
     * ({@code nranges} = 1 for Tukey HSD).
     */
    public static double cdf(double q, double nranges, double nmeans, double df) {
        if (q <= 0) {
            return 0;
        }
        if (df < 2 || nranges < 1 || nmeans < 2) {
            throw new IllegalArgumentException("studentized range needs df >= 2 and at least 2 means");
        }
        if (Double.isInfinite(q)) {
            return 1;
        }
        if (df > 25000) {
            return wprob(q, nranges, nmeans);
        }
        double f2 = df * 0.5;
        double f2lf = f2 * Math.log(df) - df * Math.log(2) - LogGamma.value(f2);
        double f21 = f2 - 1;
        double ff4 = df * 0.25;
        double ulen = df <= 100 ? 1 : df <= 800 ? 0.5 : df <= 5000 ? 0.25 : 0.125;
        f2lf += Math.log(ulen);
        double ans = 0;
        double otsum = 0;
        for (int i = 1; i <= 50; i++) {
            otsum = 0;
            double twa1 = (2 * i - 1) * ulen;
            for (int jj = 1; jj <= 16; jj++) {
                int j;
                double t1;
                double u;
                if (jj > 8) {
                    j = jj - 9;
                    u = twa1 + X16[j] * ulen;
                    t1 = f2lf + f21 * Math.log(u) - u * ff4;
                } else {
                    j = jj - 1;
                    u = twa1 - X16[j] * ulen;
                    t1 = f2lf + f21 * Math.log(u) + (X16[j] * ulen - twa1) * ff4;
                }
                if (t1 >= -30) {
                    double qsqz = q * Math.sqrt(u * 0.5);
                    otsum += wprob(qsqz, nranges, nmeans) * A16[j] * Math.exp(t1);
                }
            }
            if (i * ulen >= 1.0 && otsum <= 1e-14) {
                break;
            }
            ans += otsum;
        }
        return Math.min(1, ans);
    }

    /** P(Q > q), computed as 1 - {@link #cdf} like R's {@code ptukey(..., lower.tail = FALSE)}. */
    public static double upper(double q, double nranges, double nmeans, double df) {
        return 1 - cdf(q, nranges, nmeans, df);
    }

    /** The p-quantile (R's {@code qtukey}: secant iteration to 1e-4 from the AS 70 initial value). */
    public static double quantile(double p, double nranges, double nmeans, double df) {
        double x0 = initial(p, nmeans, df);
        double valx0 = cdf(x0, nranges, nmeans, df) - p;
        double x1 = valx0 > 0 ? Math.max(0, x0 - 1) : x0 + 1;
        double valx1 = cdf(x1, nranges, nmeans, df) - p;
        double ans = 0;
        for (int iter = 1; iter < 50; iter++) {
            ans = x1 - valx1 * (x1 - x0) / (valx1 - valx0);
            valx0 = valx1;
            x0 = x1;
            if (ans < 0) {
                ans = 0;
            }
            valx1 = cdf(ans, nranges, nmeans, df) - p;
            x1 = ans;
            if (Math.abs(x1 - x0) < 1e-4) {
                return ans;
            }
        }
        return ans;
    }

    /** Initial value of the quantile iteration (Odeh and Evans, AS 70). */
    private static double initial(double p, double c, double v) {
        double ps = 0.5 - 0.5 * p;
        double yi = Math.sqrt(Math.log(1.0 / (ps * ps)));
        double t = yi + ((((yi * -0.453642210148e-04 + -0.204231210125) * yi + -0.342242088547) * yi + -1.0) * yi
                + 0.322232421088) / ((((yi * 0.38560700634e-02 + 0.103537752850) * yi + 0.531103462366) * yi
                        + 0.588581570495) * yi + 0.993484626060e-01);
        if (v < 120) {
            t += (t * t * t + t) / v / 4.0;
        }
        double q = 0.8832 - 0.2368 * t;
        if (v < 120) {
            q += -1.214 / v + 1.208 * t / v;
        }
        return t * (q * Math.log(c - 1.0) + 1.4142);
    }
}
