package org.vivarium.core.allocation;

import java.util.List;

/**
 * Units that share the level of every stratification factor; their allocation is balanced on its own.
 *
 * @param label the levels joined ("female, weight 1/2 (17.9-19.6 g)"), or "all" without strata
 * @param units its units in natural order
 */
record Stratum(String label, List<Unit> units) {

    /** The label of the single stratum of an allocation without strata. */
    static final String ALL = "all";
}
