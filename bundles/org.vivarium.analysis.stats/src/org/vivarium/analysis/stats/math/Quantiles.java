package org.vivarium.analysis.stats.math;

import java.util.Arrays;

/** Sample quantiles by R's default definition (type 7: linear interpolation of the order statistics). */
public final class Quantiles {

    private Quantiles() {
    }

    /** The p-quantile of the values, 0 <= p <= 1. */
    public static double type7(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return sortedType7(s, p);
    }

    /** The p-quantile of sorted values. */
    public static double sortedType7(double[] sorted, double p) {
        int n = sorted.length;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
