package org.vivarium.core.allocation;

/** How the allocation sequence of each stratum is restricted. */
public enum Blocking {
    /** Simple randomisation: every unit is drawn independently with the probabilities of the ratio. */
    NONE,
    /** Permuted blocks of one size (a multiple of the ratio's sum). */
    FIXED,
    /** Permuted blocks whose sizes are drawn at random per block from multiples of the ratio's sum. */
    RANDOM
}
