package org.vivarium.analysis.stats.math;

/**
 * Mean and variance by the corrected two-pass algorithm (Chan, Golub and LeVeque 1983): the mean is computed, then
 * refined by the mean of the deviations, and the sum of squares is taken about it with the rounding-error
 * correction term. Stable for data with many constant leading digits (NIST StRD SmLs07-09).
 */
public final class Moments {

    private Moments() {
    }

    /** Mean of values[from, to). */
    public static double mean(double[] values, int from, int to) {
        int n = to - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        double m = sum / n;
        double correction = 0;
        for (int i = from; i < to; i++) {
            correction += values[i] - m;
        }
        return m + correction / n;
    }

    public static double mean(double[] values) {
        return mean(values, 0, values.length);
    }

    /** Sum of squared deviations about the mean of values[from, to). */
    public static double sumOfSquares(double[] values, int from, int to) {
        double m = mean(values, from, to);
        double ss = 0;
        double comp = 0;
        for (int i = from; i < to; i++) {
            double d = values[i] - m;
            ss += d * d;
            comp += d;
        }
        return ss - comp * comp / (to - from);
    }

    public static double sumOfSquares(double[] values) {
        return sumOfSquares(values, 0, values.length);
    }

    /** Sample variance (n - 1 denominator); NaN for fewer than two values. */
    public static double variance(double[] values) {
        return values.length < 2 ? Double.NaN : sumOfSquares(values) / (values.length - 1);
    }

    /** Sample standard deviation. */
    public static double sd(double[] values) {
        return Math.sqrt(variance(values));
    }
}
