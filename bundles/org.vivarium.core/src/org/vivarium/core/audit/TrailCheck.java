package org.vivarium.core.audit;

import java.util.List;

/**
 * What checking a trail found: how many entries it has, its last hash, and its problems in order (the first is the
 * first broken entry). A problem that an entry of the trail acknowledges stays listed, marked as acknowledged.
 */
public record TrailCheck(long entries, String lastHash, List<Problem> problems) {

    /** One problem: the entry it concerns (0 when it is about the trail as a whole) and what is wrong. */
    public record Problem(long entry, String text, String acknowledgedBy) {

        public boolean acknowledged() {
            return acknowledgedBy != null;
        }

        @Override
        public String toString() {
            return text + (acknowledgedBy == null ? "" : " (acknowledged: " + acknowledgedBy + ")");
        }
    }

    /** Whether the chain and the study match and nothing is wrong. */
    public boolean intact() {
        return problems.isEmpty();
    }

    /** Whether every problem found has been acknowledged (the study can be changed again). */
    public boolean usable() {
        return problems.stream().allMatch(Problem::acknowledged);
    }

    /** The problems nobody has acknowledged yet. */
    public List<Problem> unacknowledged() {
        return problems.stream().filter(p -> !p.acknowledged()).toList();
    }

    /** "n entries, chain intact" or the first problem. */
    public String summary() {
        if (intact()) {
            return entries + (entries == 1 ? " entry" : " entries") + ", chain intact";
        }
        return problems.get(0).toString();
    }
}
