package org.vivarium.analysis.result;

import java.util.Objects;

/**
 * One check of an assumption of a test, as the built-in analyses report them in the result table
 * {@value AssumptionChecks#TABLE_ID} (read them with {@link AssumptionChecks#of(AnalysisResult)}).
 *
 * @param check the assumption, one of {@link #NORMALITY}, {@link #EQUAL_VARIANCES}, {@link #SPHERICITY} (or another
 *        sentence-case name for checks of other analyses)
 * @param test the test used, e.g. {@code Shapiro-Wilk}, {@code Levene (median-centred, Brown-Forsythe)},
 *        {@code Mauchly}
 * @param statisticName symbol of the test statistic ({@code W}, {@code F}), or null when not tested
 * @param statistic the statistic, or null when not tested
 * @param df1 first (or only) degrees of freedom, or null
 * @param df2 second degrees of freedom (denominator of F), or null
 * @param p the p-value, or null when not tested
 * @param verdict what the p-value says at {@link #ALPHA}
 * @param comment one sentence for the reader: what was tested on what, and what to do when the assumption is
 *        doubtful or why it was not tested
 */
public record AssumptionCheck(String check, String test, String statisticName, Double statistic, Double df1,
        Double df2, Double p, Verdict verdict, String comment) {

    /** Normality of the residuals (t-tests, ANOVAs). */
    public static final String NORMALITY = "Normality of residuals";
    /** Equal variances of the groups (Student t-test, ANOVAs). */
    public static final String EQUAL_VARIANCES = "Equal variances";
    /** Sphericity of the within-subject conditions (repeated-measures ANOVA). */
    public static final String SPHERICITY = "Sphericity";
    /** A check with p below this is {@link Verdict#DOUBTFUL}. */
    public static final double ALPHA = 0.05;

    /** The outcome of a check. */
    public enum Verdict {
        /** p &gt;= {@link AssumptionCheck#ALPHA}: no evidence against the assumption (which does not prove it). */
        NO_EVIDENCE_AGAINST("no evidence against"),
        /** p &lt; {@link AssumptionCheck#ALPHA}: the assumption is doubtful; the comment says what to do. */
        DOUBTFUL("doubtful"),
        /** The check could not be run (too few values, no variation); the comment says why. */
        NOT_TESTED("not tested");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** The text of the verdict cell: "no evidence against", "doubtful", "not tested". */
        public String label() {
            return label;
        }

        /** The verdict with this {@link #label()}. */
        public static Verdict ofLabel(String label) {
            for (Verdict v : values()) {
                if (v.label.equals(label)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown verdict '" + label + "'");
        }
    }

    public AssumptionCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(verdict, "verdict");
        comment = comment == null ? "" : comment;
    }

    /** A check that ran: the verdict follows from p. */
    public static AssumptionCheck tested(String check, String test, String statisticName, double statistic,
            Double df1, Double df2, double p, String comment) {
        return new AssumptionCheck(check, test, statisticName, statistic, df1, df2, p,
                p < ALPHA ? Verdict.DOUBTFUL : Verdict.NO_EVIDENCE_AGAINST, comment);
    }

    /** A check that could not be run, with the reason. */
    public static AssumptionCheck notTested(String check, String test, String reason) {
        return new AssumptionCheck(check, test, null, null, null, null, null, Verdict.NOT_TESTED, reason);
    }

    /** Whether the assumption is doubtful (p &lt; {@link #ALPHA}). */
    public boolean doubtful() {
        return verdict == Verdict.DOUBTFUL;
    }
}
