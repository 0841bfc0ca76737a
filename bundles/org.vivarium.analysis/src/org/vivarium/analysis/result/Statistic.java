package org.vivarium.analysis.result;

import java.util.Objects;

/**
 * One named test result: the statistic with its degrees of freedom and p-value, an estimate with its confidence
 * interval, and an effect size. Fields that do not apply are null; fields that are set are finite (a result with a
 * NaN or infinite value is turned into an error by the runner).
 *
 * @param key stable machine name, unique in the result, e.g. {@code F(arm)} or {@code KET+VEH vs VEH+VEH @ 24 h}
 * @param test the test, e.g. {@code Welch two-sample t-test}
 * @param statisticName symbol of the statistic as R names it, e.g. {@code t}, {@code F}, {@code W}, {@code V},
 *        {@code Chisq}, {@code q}, {@code z}, {@code G}
 * @param statistic its value
 * @param df degrees of freedom (numerator for F), or null
 * @param df2 denominator degrees of freedom of F, or null
 * @param p the p-value (two-sided unless the test says otherwise), in [0, 1], or null
 * @param pAdjusted the p-value adjusted for multiple comparisons, or null
 * @param adjustment how {@code pAdjusted} was adjusted (e.g. {@code Sidak}, {@code Tukey}, {@code Dunnett}), or null
 * @param estimateName what {@code estimate} is, e.g. {@code mean difference}, or null
 * @param estimate the estimate, or null
 * @param ciLevel confidence level of the interval, e.g. 0.95, or null
 * @param ciLower lower end of the interval, or null
 * @param ciUpper upper end of the interval, or null
 * @param effectSizeName what {@code effectSize} is, e.g. {@code Cohen's d}, {@code partial eta squared}, or null
 * @param effectSize the effect size, or null
 * @param label the comparison in words for people, e.g. {@code Ketamine 10 mg/kg vs no, within BCI: no} for the key
 *        {@code Ketamine[BCI=no].10 mg/kg-no}; the key when not set (never null)
 */
public record Statistic(String key, String test, String statisticName, Double statistic, Double df, Double df2,
        Double p, Double pAdjusted, String adjustment, String estimateName, Double estimate, Double ciLevel,
        Double ciLower, Double ciUpper, String effectSizeName, Double effectSize, String label) {

    public Statistic {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(test, "test");
        label = label == null || label.isBlank() ? key : label;
    }

    /**
     * A statistic without a label (the label is the key): the canonical constructor of API 1.0, before {@code label}
     * was added in 1.1. Kept so that plug-ins compiled against 1.0 keep working on every 1.x.
     */
    public Statistic(String key, String test, String statisticName, Double statistic, Double df, Double df2,
            Double p, Double pAdjusted, String adjustment, String estimateName, Double estimate, Double ciLevel,
            Double ciLower, Double ciUpper, String effectSizeName, Double effectSize) {
        this(key, test, statisticName, statistic, df, df2, p, pAdjusted, adjustment, estimateName, estimate, ciLevel,
                ciLower, ciUpper, effectSizeName, effectSize, null);
    }

    /** Starts a statistic. */
    public static Builder of(String key, String test) {
        return new Builder(key, test);
    }

    /** The p-value to report: the adjusted one when there is one. */
    public Double reportedP() {
        return pAdjusted != null ? pAdjusted : p;
    }

    /** Builds a {@link Statistic}; unset fields stay null. */
    public static final class Builder {
        private final String key;
        private final String test;
        private String statisticName;
        private Double statistic;
        private Double df;
        private Double df2;
        private Double p;
        private Double pAdjusted;
        private String adjustment;
        private String estimateName;
        private Double estimate;
        private Double ciLevel;
        private Double ciLower;
        private Double ciUpper;
        private String effectSizeName;
        private Double effectSize;
        private String label;

        private Builder(String key, String test) {
            this.key = key;
            this.test = test;
        }

        public Builder statistic(String name, double value) {
            statisticName = name;
            statistic = value;
            return this;
        }

        public Builder df(double value) {
            df = value;
            return this;
        }

        public Builder df(double numerator, double denominator) {
            df = numerator;
            df2 = denominator;
            return this;
        }

        public Builder p(double value) {
            p = value;
            return this;
        }

        public Builder adjusted(String method, double value) {
            adjustment = method;
            pAdjusted = value;
            return this;
        }

        public Builder estimate(String name, double value) {
            estimateName = name;
            estimate = value;
            return this;
        }

        public Builder ci(double level, double lower, double upper) {
            ciLevel = level;
            ciLower = lower;
            ciUpper = upper;
            return this;
        }

        public Builder effectSize(String name, double value) {
            effectSizeName = name;
            effectSize = value;
            return this;
        }

        /** The comparison in words for people (default: the key). */
        public Builder label(String value) {
            label = value;
            return this;
        }

        public Statistic build() {
            return new Statistic(key, test, statisticName, statistic, df, df2, p, pAdjusted, adjustment, estimateName,
                    estimate, ciLevel, ciLower, ciUpper, effectSizeName, effectSize, label);
        }
    }
}
