package org.vivarium.analysis.stats.math;

/**
 * Grubbs' test for one outlier (two-sided): G = max |x_i - mean| / sd, with the p-value from the t distribution:
 * t = sqrt(n (n-2) G^2 / ((n-1)^2 - n G^2)), p = min(1, 2 n P(T_{n-2} > t)) (the Bonferroni bound that defines
 * Grubbs' critical values).
 *
 * @param index index of the most extreme value
 * @param g the statistic G
 * @param p its two-sided p-value
 */
public record Grubbs(int index, double g, double p) {

    /** Tests the values (n >= 3, not all equal). */
    public static Grubbs of(double[] values) {
        int n = values.length;
        double mean = Moments.mean(values);
        double sd = Moments.sd(values);
        int worst = 0;
        double max = -1;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(values[i] - mean);
            if (d > max) {
                max = d;
                worst = i;
            }
        }
        double g = max / sd;
        double denominator = (n - 1.0) * (n - 1.0) - n * g * g;
        double p;
        if (denominator <= 0) {
            p = 0;
        } else {
            double t = Math.sqrt(n * (n - 2.0) * g * g / denominator);
            p = Math.min(1, 2 * n * Probabilities.tUpper(t, n - 2.0));
        }
        return new Grubbs(worst, g, p);
    }

    /** The largest G possible for n values: (n - 1) / sqrt(n). */
    public static double maxG(int n) {
        return (n - 1) / Math.sqrt(n);
    }
}
