package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;

/**
 * Paired values: the two levels of a condition factor measured on the same units, matched by unit. Units with a
 * value in only one condition are left out and listed.
 *
 * @param first the first condition's level
 * @param second the second condition's level
 * @param units the paired units, in order
 * @param x values in the first condition
 * @param y values in the second condition
 * @param unpaired units left out for lack of a partner
 */
record Pairs(String first, String second, List<String> units, double[] x, double[] y, List<String> unpaired) {

    static Pairs of(Dataset data, String factor, List<String> levels, String analysis) throws AnalysisException {
        Groups g = Groups.of(data, factor, levels).require(2, 2, analysis);
        Map<String, Double> a = byUnit(g.observations().get(0), g.levels().get(0), analysis);
        Map<String, Double> b = byUnit(g.observations().get(1), g.levels().get(1), analysis);
        List<String> units = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        for (String u : a.keySet()) {
            (b.containsKey(u) ? units : unpaired).add(u);
        }
        for (String u : b.keySet()) {
            if (!a.containsKey(u)) {
                unpaired.add(u);
            }
        }
        if (units.size() < 2) {
            throw new AnalysisException(analysis + " needs at least 2 " + data.unitKind() + "s measured in both "
                    + g.levels() + ", found " + units.size());
        }
        double[] x = units.stream().mapToDouble(a::get).toArray();
        double[] y = units.stream().mapToDouble(b::get).toArray();
        return new Pairs(g.levels().get(0), g.levels().get(1), List.copyOf(units), x, y, List.copyOf(unpaired));
    }

    private static Map<String, Double> byUnit(List<Observation> obs, String level, String analysis)
            throws AnalysisException {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Observation o : obs) {
            if (m.put(o.unit(), o.value()) != null) {
                throw new AnalysisException(analysis + ": " + o.unit() + " has more than one value in " + level);
            }
        }
        return m;
    }

    /** Differences first - second. */
    double[] differences() {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }
}
