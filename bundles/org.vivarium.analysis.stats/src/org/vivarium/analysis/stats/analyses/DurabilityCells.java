package org.vivarium.analysis.stats.analyses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;

/** The observations of each arm x timepoint cell of a durability analysis. */
final class DurabilityCells {

    private final Map<String, List<Observation>> cells = new HashMap<>();
    private final List<String> arms;
    private final List<String> times;
    private final String control;
    private final boolean repeated;

    DurabilityCells(Dataset data, String arm, String time, List<String> arms, List<String> times, String control) {
        this.arms = arms;
        this.times = times;
        this.control = control;
        this.repeated = data.hasRepeatedUnits();
        for (Observation o : data.observations()) {
            cells.computeIfAbsent(key(o.level(arm), o.level(time)), k -> new java.util.ArrayList<>()).add(o);
        }
    }

    private static String key(String arm, String time) {
        return arm + '\u0000' + time;
    }

    List<Observation> observations(String arm, String time) {
        return cells.getOrDefault(key(arm, time), List.of());
    }

    double[] values(String arm, String time) {
        return observations(arm, time).stream().mapToDouble(Observation::value).toArray();
    }

    List<String> arms() {
        return arms;
    }

    List<String> times() {
        return times;
    }

    String control() {
        return control;
    }

    /** Whether units are retested across timepoints (then errors are pooled per timepoint). */
    boolean repeated() {
        return repeated;
    }

    String sizes() {
        StringBuilder b = new StringBuilder("n per arm and timepoint: ");
        for (String t : times) {
            b.append(t).append(" (");
            for (int a = 0; a < arms.size(); a++) {
                String arm = arms.get(a);
                b.append(a == 0 ? "" : ", ").append(arm).append(' ').append(observations(arm, t).size());
            }
            b.append(") ");
        }
        return b.toString().strip() + ".";
    }
}
