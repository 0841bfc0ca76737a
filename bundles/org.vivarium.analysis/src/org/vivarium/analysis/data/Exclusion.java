package org.vivarium.analysis.data;

import java.util.Objects;

/**
 * A value left out of every analysis, with its reason (ARRIVE item 3).
 *
 * @param unit the experimental unit (animal id or cage label)
 * @param where where the value comes from, e.g. {@code session FST 1 wk, immobility}
 * @param category a short category used for counting, e.g. {@code measurement excluded},
 *        {@code animal FOUND_DEAD}, {@code missing value}
 * @param reason the full reason as recorded
 */
public record Exclusion(String unit, String where, String category, String reason) {

    public Exclusion {
        Objects.requireNonNull(unit, "unit");
        where = where == null ? "" : where;
        Objects.requireNonNull(category, "category");
        reason = reason == null || reason.isBlank() ? "no reason recorded" : reason;
    }

    /** One line for notes and reports: {@code animal 1W-08 (session FST 1 wk): climbed ...}. */
    public String describe() {
        return unit + (where.isEmpty() ? "" : " (" + where + ")") + ": " + category + " - " + reason;
    }
}
