package org.vivarium.analysis;

import java.util.Set;

import org.vivarium.analysis.data.Dataset;

/**
 * What data an analysis applies to: the kinds of values, the assay kinds (empty = any), and the design shape. Used
 * to offer only suitable analyses; the analysis itself still checks its data and explains what does not fit.
 *
 * @param values the kind of values it analyses
 * @param assayKinds assay kinds it is made for (e.g. {@code SPT}), empty for any
 * @param design the design shape it needs
 */
public record Applicability(Values values, Set<String> assayKinds, Design design) {

    /** Kinds of values. */
    public enum Values {
        /** Continuous values (censoring, if any, is ignored or refused by the analysis). */
        CONTINUOUS,
        /** Times to an event, possibly right-censored (e.g. NSF latency). */
        TIME_TO_EVENT,
        /** Any values. */
        ANY
    }

    /** Design shapes. */
    public enum Design {
        /** One or more groups of one factor. */
        GROUPS,
        /** Exactly two groups of one factor (independent units). */
        TWO_GROUPS,
        /** Two conditions measured on the same units (pairs by unit). */
        PAIRED,
        /** Two or more groups of one factor. */
        SEVERAL_GROUPS,
        /** Two crossed factors, independent units. */
        TWO_FACTORS,
        /** A between factor and a within (repeated) factor on the same units. */
        REPEATED_MEASURES,
        /** Treated arms against a control over time since dose. */
        TIME_COURSE
    }

    public Applicability {
        assayKinds = Set.copyOf(assayKinds);
    }

    public static Applicability of(Values values, Design design) {
        return new Applicability(values, Set.of(), design);
    }

    /** e.g. "continuous values of SPT, design GROUPS". */
    @Override
    public String toString() {
        return values.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " values"
                + (assayKinds.isEmpty() ? "" : " of " + String.join("/", new java.util.TreeSet<>(assayKinds)))
                + ", design " + design;
    }

    /** Whether the dataset is of a kind this analysis is made for (assay kind and value kind). */
    public boolean accepts(Dataset data) {
        if (!assayKinds.isEmpty() && !assayKinds.contains(data.assayKind())) {
            return false;
        }
        return values != Values.TIME_TO_EVENT || data.measures().values().stream()
                .anyMatch(m -> m.censoringCutoff() != null) || data.hasCensoredValues();
    }
}
