package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.AssumptionCheck;
import org.vivarium.analysis.result.AssumptionChecks;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.PValues;
import org.vivarium.analysis.stats.math.Levene;
import org.vivarium.analysis.stats.math.Moments;
import org.vivarium.analysis.stats.math.RepeatedMeasures;
import org.vivarium.analysis.stats.math.ShapiroWilk;

/**
 * The assumption checks of the parametric analyses, collected into the result's
 * {@value AssumptionChecks#TABLE_ID} table, with their numbers as values ({@code shapiro.w}, {@code shapiro.p};
 * {@code levene.f}, {@code levene.df1}, {@code levene.df2}, {@code levene.p}; Mauchly's are reported by rm-anova as
 * {@code mauchly.w}, {@code mauchly.p}) and, for each doubtful one, an {@link Note.Kind#ASSUMPTION} note saying what
 * to do (not a warning: a preliminary test with small groups flags little, with large groups trivia).
 */
final class Assumptions {

    static final String SHAPIRO = "Shapiro-Wilk";
    static final String LEVENE = "Levene (median-centred, Brown-Forsythe)";
    static final String ANOVA_NON_NORMAL = "with small groups prefer kruskal-wallis, or transform the values (e.g. "
            + "log).";
    static final String ANOVA_UNEQUAL = "the F test and its comparisons assume equal variances; transform the values "
            + "(e.g. log) or compare with a rank test (kruskal-wallis).";

    private final List<AssumptionCheck> checks = new ArrayList<>();

    /** Normality of these residuals by Shapiro-Wilk; {@code what} says what they are, {@code otherwise} what to do. */
    Assumptions normality(AnalysisResult.Builder r, double[] residuals, String what, String otherwise) {
        int n = residuals.length;
        if (n < ShapiroWilk.MIN_N || n > ShapiroWilk.MAX_N) {
            checks.add(AssumptionCheck.notTested(AssumptionCheck.NORMALITY, SHAPIRO, n + " " + what
                    + ": Shapiro-Wilk needs " + ShapiroWilk.MIN_N + " to " + ShapiroWilk.MAX_N + "."));
            return this;
        }
        ShapiroWilk s;
        try {
            s = ShapiroWilk.test(residuals);
        } catch (IllegalArgumentException e) {
            checks.add(AssumptionCheck.notTested(AssumptionCheck.NORMALITY, SHAPIRO, "the " + n + " " + what
                    + " are all equal."));
            return this;
        }
        r.value("shapiro.w", s.w()).value("shapiro.p", s.p());
        String on = "Shapiro-Wilk on the " + n + " " + what + ".";
        add(r, AssumptionCheck.tested(AssumptionCheck.NORMALITY, SHAPIRO, "W", s.w(), null, null, s.p(),
                s.p() < AssumptionCheck.ALPHA ? on + " They deviate from a normal distribution: " + otherwise : on));
        return this;
    }

    /** Equal variances of these groups by Levene's test centred on the medians. */
    Assumptions equalVariances(AnalysisResult.Builder r, double[][] groups, String what, String otherwise) {
        Levene l;
        try {
            l = Levene.test(groups);
        } catch (IllegalArgumentException e) {
            checks.add(AssumptionCheck.notTested(AssumptionCheck.EQUAL_VARIANCES, LEVENE, e.getMessage() + "."));
            return this;
        }
        r.value("levene.f", l.f()).value("levene.df1", l.df1()).value("levene.df2", l.df2()).value("levene.p", l.p());
        String on = "Levene's test (absolute deviations from the medians) over the " + groups.length + " " + what
                + ".";
        add(r, AssumptionCheck.tested(AssumptionCheck.EQUAL_VARIANCES, LEVENE, "F", l.f(), l.df1(), l.df2(), l.p(),
                l.p() < AssumptionCheck.ALPHA ? on + " The variances differ: " + otherwise : on));
        return this;
    }

    /** Sphericity by Mauchly's test (computed by the repeated-measures fit); not needed with 2 levels. */
    Assumptions sphericity(AnalysisResult.Builder r, RepeatedMeasures rm, String within, int levels) {
        if (levels < 3) {
            checks.add(AssumptionCheck.notTested(AssumptionCheck.SPHERICITY, "Mauchly", "not needed: with " + levels
                    + " levels of " + within + " sphericity always holds."));
            return this;
        }
        RepeatedMeasures.Mauchly m = rm.mauchly();
        RepeatedMeasures.Within c = rm.condition();
        String on = String.format(Locale.ROOT, "Mauchly's test over the levels of %s; Greenhouse-Geisser epsilon "
                + "%.3g, Huynh-Feldt epsilon %.3g.", within, c.ggEpsilon(), c.hfEpsilon());
        // no extra note: rm-anova's own sphericity note says what to report
        checks.add(AssumptionCheck.tested(AssumptionCheck.SPHERICITY, "Mauchly", "W", m.w(), null, null, m.p(),
                m.p() < AssumptionCheck.ALPHA ? on + " Report the Greenhouse-Geisser corrected p-values." : on));
        return this;
    }

    private void add(AnalysisResult.Builder r, AssumptionCheck c) {
        checks.add(c);
        if (c.doubtful()) {
            r.note(Note.Kind.ASSUMPTION, c.check() + " is doubtful (" + c.test() + ", " + PValues.format(c.p()) + "): "
                    + c.comment());
        }
    }

    /** Adds the table of the checks. */
    void report(AnalysisResult.Builder r) {
        if (!checks.isEmpty()) {
            r.table(AssumptionChecks.table(checks));
        }
    }

    /** Normality of the residuals (values minus their group mean) and equal variances of the groups. */
    static void groups(AnalysisResult.Builder r, double[][] groups, boolean equalVariances, String nonNormal,
            String unequal) {
        Assumptions a = new Assumptions().normality(r, residuals(groups), "residuals (values minus their group "
                + "mean)", nonNormal);
        if (equalVariances) {
            a.equalVariances(r, groups, "groups", unequal);
        }
        a.report(r);
    }

    /** Each value minus the mean of its group. */
    static double[] residuals(double[][] groups) {
        int n = 0;
        for (double[] g : groups) {
            n += g.length;
        }
        double[] e = new double[n];
        int k = 0;
        for (double[] g : groups) {
            double m = g.length == 0 ? 0 : Moments.mean(g);
            for (double v : g) {
                e[k++] = v - m;
            }
        }
        return e;
    }

    /**
     * The residuals of the within-subject stratum of a split-plot design: y_it - (subject mean) - (group mean at t) +
     * (group mean), as R's {@code residuals(lm(y ~ group * time + subject))} for complete data.
     */
    static double[] withinSubjects(double[][] y, int[] groupOf, int groups) {
        int n = y.length;
        int p = y[0].length;
        double[][] cellSum = new double[groups][p];
        int[] size = new int[groups];
        for (int i = 0; i < n; i++) {
            size[groupOf[i]]++;
            for (int t = 0; t < p; t++) {
                cellSum[groupOf[i]][t] += y[i][t];
            }
        }
        double[] groupMean = new double[groups];
        for (int g = 0; g < groups; g++) {
            for (int t = 0; t < p; t++) {
                cellSum[g][t] /= size[g];
                groupMean[g] += cellSum[g][t] / p;
            }
        }
        double[] e = new double[n * p];
        for (int i = 0; i < n; i++) {
            double subject = Moments.mean(y[i]);
            for (int t = 0; t < p; t++) {
                e[i * p + t] = y[i][t] - subject - cellSum[groupOf[i]][t] + groupMean[groupOf[i]];
            }
        }
        return e;
    }
}
