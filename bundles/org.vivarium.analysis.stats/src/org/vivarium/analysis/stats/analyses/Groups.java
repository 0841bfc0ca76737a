package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<String> all = data.levels(factor);
        Set<String> present = new HashSet<>(all);
        List<String> levels = new ArrayList<>();
        for (String l : only.isEmpty() ? all : only) {
            if (!present.contains(l)) {
                throw new AnalysisException("factor " + factor + " has no level '" + l + "' with values (levels: "
                        + Inputs.shortList(all) + ")");
            }
            levels.add(l);
        }
        Map<String, List<Observation>> byLevel = new HashMap<>();
        for (String l : levels) {
            byLevel.put(l, new ArrayList<>());
        }
        for (Observation o : data.observations()) {
            List<Observation> group = byLevel.get(o.level(factor));
            if (group != null) {
                group.add(o);
            }
        }
        List<List<Observation>> obs = new ArrayList<>();
        for (String l : levels) {
            obs.add(List.copyOf(byLevel.get(l)));
        }
        return new Groups(factor, List.copyOf(levels), List.copyOf(obs)).requireAtMost(MAX_GROUPS);
    }

    /** Fails when there are more than {@code max} groups (checked before any computation). */
    private Groups requireAtMost(int max) throws AnalysisException {
        if (size() > max) {
            throw new AnalysisException(size() + " groups of " + factor + " (" + Inputs.shortList(levels)
                    + "): at most " + max + " can be analysed" + (allSingle() ? "; each has one value" : "")
                    + "; choose the levels to compare with the parameter levels or a subset");
        }
        return this;
    }

    /**
     * Fails when no group has two or more values: then there is no variation within groups to compare the groups
     * against.
     */
    Groups requireReplicates() throws AnalysisException {
        if (allSingle()) {
            throw new AnalysisException("one value per group in each of " + size() + " groups of " + factor
                    + ": nothing to compare (at least one group needs 2 or more values)");
        }
        return this;
    }

    private boolean allSingle() {
        return observations.stream().allMatch(g -> g.size() <= 1);
    }

    /** More groups than this are refused: no design of a lab study has them, and the output would be unreadable. */
    static final int MAX_GROUPS = 1000;

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
                    + " " + Inputs.shortList(levels) + (size() > max ? "; choose them with the parameter levels (e.g. levels="
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
