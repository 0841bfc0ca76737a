package org.vivarium.analysis.stats.math;

import java.util.Arrays;

/**
 * Levene's test of equal variances centred on the group medians (the Brown-Forsythe variant, R's
 * {@code car::leveneTest} default): the one-way ANOVA F test of the absolute deviations |y - median of its group|.
 *
 * @param f the F statistic
 * @param df1 numerator degrees of freedom (groups - 1)
 * @param df2 denominator degrees of freedom (values - groups)
 * @param p the p-value P(F &gt; f) (small: evidence that the variances differ)
 */
public record Levene(double f, double df1, double df2, double p) {

    /**
     * Tests groups of values (each with at least one value).
     *
     * @throws IllegalArgumentException with fewer than 2 groups, no more values than groups, or when the absolute
     *         deviations do not vary within the groups (each group's values are symmetric about its median with one
     *         spread, e.g. all groups of two with the same difference)
     */
    public static Levene test(double[][] groups) {
        if (groups.length < 2) {
            throw new IllegalArgumentException("Levene's test needs at least 2 groups");
        }
        double[][] z = new double[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            double median = median(groups[g]);
            z[g] = new double[groups[g].length];
            for (int i = 0; i < z[g].length; i++) {
                z[g][i] = Math.abs(groups[g][i] - median);
            }
        }
        OneWay a = OneWay.of(z);
        if (a.dfWithin() < 1) {
            throw new IllegalArgumentException("Levene's test needs more values than groups");
        }
        if (!(a.ssWithin() > 0)) {
            throw new IllegalArgumentException("Levene's test: the absolute deviations from the medians do not vary "
                    + "within the groups");
        }
        return new Levene(a.f(), a.dfBetween(), a.dfWithin(), a.p());
    }

    /** Median of values (mean of the two middle ones for an even count). */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
