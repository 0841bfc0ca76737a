package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;

/**
 * The observations of a dataset split by the levels of one factor, in display order; levels without values are
 * left out.
 *
 * @param factor the factor
 * @param levels its levels, in order
 * @param observations the observations per level
 */
record Groups(String factor, List<String> levels, List<List<Observation>> observations) {

    /**
     * Splits by a factor.
     *
     * @param only levels to keep, in this order (empty: all, in display order)
     */
    static Groups of(Dataset data, String factor, List<String> only) throws AnalysisException {
        Inputs.checkFactor(data, factor);
        List<String> levels = new ArrayList<>();
        for (String l : only.isEmpty() ? data.levels(factor) : only) {
            if (!data.levels(factor).contains(l)) {
                throw new AnalysisException("factor " + factor + " has no level '" + l + "' with values (levels: "
                        + data.levels(factor) + ")");
            }
            levels.add(l);
        }
        List<List<Observation>> obs = new ArrayList<>();
        for (String l : levels) {
            obs.add(data.observations().stream().filter(o -> l.equals(o.level(factor))).toList());
        }
        return new Groups(factor, List.copyOf(levels), List.copyOf(obs));
    }

    int size() {
        return levels.size();
    }

    int n(int g) {
        return observations.get(g).size();
    }

    double[] values(int g) {
        return observations.get(g).stream().mapToDouble(Observation::value).toArray();
    }

    double[][] values() {
        double[][] v = new double[size()][];
        for (int g = 0; g < size(); g++) {
            v[g] = values(g);
        }
        return v;
    }

    int index(String level) {
        return levels.indexOf(level);
    }

    /** Fails unless the number of groups is within [min, max]. */
    Groups require(int min, int max, String analysis) throws AnalysisException {
        if (size() < min || size() > max) {
            String want = min == max ? "exactly " + min : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " to " + max;
            throw new AnalysisException(analysis + " needs " + want + " groups of " + factor + ", found " + size()
                    + " " + levels + (size() > max ? "; choose them with the parameter levels (e.g. levels="
                            + String.join(",", levels.subList(0, Math.min(2, size()))) + ") or subset" : ""));
        }
        return this;
    }

    /** Fails when a group has fewer than n values. */
    Groups requireN(int n, String analysis) throws AnalysisException {
        for (int g = 0; g < size(); g++) {
            if (n(g) < n) {
                throw new AnalysisException(analysis + " needs at least " + n + " values per group; " + factor + " "
                        + levels.get(g) + " has " + n(g));
            }
        }
        return this;
    }

    /** n per group, for notes: "VEH n = 10, KET n = 9". */
    String sizes() {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g < size(); g++) {
            b.append(g == 0 ? "" : ", ").append(levels.get(g)).append(" n = ").append(n(g));
        }
        return b.toString();
    }

    int total() {
        return observations.stream().mapToInt(List::size).sum();
    }
}
