package org.vivarium.analysis.stats.math;

/** Multiple-comparison adjustments of p-values. */
public final class Adjust {

    private Adjust() {
    }

    /** Sidak: 1 - (1 - p)^m, computed without cancellation for small p. */
    public static double sidak(double p, int m) {
        if (p >= 1) {
            return 1;
        }
        return Math.min(1, -Math.expm1(m * Math.log1p(-p)));
    }

    /** Bonferroni: min(1, m p) (as R's p.adjust). */
    public static double bonferroni(double p, int m) {
        return Math.min(1, m * p);
    }

    /** Sidak-adjusted two-sided critical quantile level: the per-comparison level 1 - alpha_c/2. */
    public static double sidakLevel(double alpha, int m) {
        double perComparison = -Math.expm1(Math.log1p(-alpha) / m);
        return 1 - perComparison / 2;
    }
}
