package org.vivarium.analysis.result;

import java.util.Objects;

/**
 * A sentence a reader of the result needs: which test was used and why, an assumption check, the n per group, what
 * was excluded and why, or a warning.
 *
 * @param kind what the note is about
 * @param text the sentence, complete and self-contained (e.g. "Shapiro-Wilk not run: n = 3 in VEH")
 */
public record Note(Kind kind, String text) {

    /** What a note is about; a view may group or colour notes by kind. */
    public enum Kind {
        /** The test or estimator used, its options and its reference (e.g. "Welch two-sample t-test"). */
        METHOD,
        /** An assumption and how it was checked (normality, equal variances, sphericity). */
        ASSUMPTION,
        /** Number of experimental units per group, and in total. */
        SAMPLE_SIZE,
        /** Values left out of the analysis, with their reasons (ARRIVE item 3). */
        EXCLUSION,
        /** Something the reader must not miss (small n, a failed assumption, an approximation used). */
        WARNING,
        /** Anything else worth saying. */
        INFO
    }

    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
