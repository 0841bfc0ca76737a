package org.vivarium.analysis.stats.math;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Tail probabilities and quantiles of the reference distributions (Apache Commons Statistics). */
public final class Probabilities {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Probabilities() {
    }

    /** Two-sided p of a t statistic: 2 P(T > |t|). */
    public static double tTwoSided(double t, double df) {
        return Math.min(1, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
    }

    /** P(T <= t). */
    public static double tCdf(double t, double df) {
        return TDistribution.of(df).cumulativeProbability(t);
    }

    /** P(T > t). */
    public static double tUpper(double t, double df) {
        return TDistribution.of(df).survivalProbability(t);
    }

    /** The p-quantile of t with df degrees of freedom. */
    public static double tQuantile(double p, double df) {
        return TDistribution.of(df).inverseCumulativeProbability(p);
    }

    /** P(F > f). */
    public static double fUpper(double f, double df1, double df2) {
        return FDistribution.of(df1, df2).survivalProbability(f);
    }

    /** P(Chisq > x). */
    public static double chiSquaredUpper(double x, double df) {
        return ChiSquaredDistribution.of(df).survivalProbability(x);
    }

    /** Standard normal P(Z <= z). */
    public static double normalCdf(double z) {
        return NORMAL.cumulativeProbability(z);
    }

    /** Standard normal P(Z > z). */
    public static double normalUpper(double z) {
        return NORMAL.survivalProbability(z);
    }

    /** Standard normal density. */
    public static double normalDensity(double z) {
        return NORMAL.density(z);
    }

    /** Standard normal p-quantile. */
    public static double normalQuantile(double p) {
        return NORMAL.inverseCumulativeProbability(p);
    }
}
