package org.vivarium.examples.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;

/**
 * The preference of one cage in one session (timepoint): its sucrose and water intake and the preference in %.
 *
 * @param cage the cage (the experimental unit)
 * @param group its level of the group factor (e.g. the arm)
 * @param time its timepoint (time since dose)
 * @param sucrose sucrose intake (g)
 * @param water water intake (g)
 */
record CagePreference(String cage, String group, String time, double sucrose, double water) {

    double preference() {
        return 100 * sucrose / (sucrose + water);
    }

    /** Pairs each cage's sucrose and water values of the same timepoint; cages lacking one are skipped. */
    static List<CagePreference> of(Dataset data, String group) {
        Map<String, List<Observation>> byCageAndTime = new LinkedHashMap<>();
        for (Observation o : data.observations()) {
            byCageAndTime.computeIfAbsent(o.unit() + '\u0000' + o.level(Dataset.TIME), k -> new ArrayList<>()).add(o);
        }
        List<CagePreference> out = new ArrayList<>();
        for (List<Observation> obs : byCageAndTime.values()) {
            boolean both = obs.stream().anyMatch(o -> o.measure().equals("sucrose"))
                    && obs.stream().anyMatch(o -> o.measure().equals("water"));
            double sucrose = sum(obs, "sucrose");
            double water = sum(obs, "water");
            if (both && sucrose + water > 0) {
                Observation first = obs.get(0);
                out.add(new CagePreference(first.unit(), first.level(group), first.level(Dataset.TIME), sucrose,
                        water));
            }
        }
        return out;
    }

    private static double sum(List<Observation> obs, String measure) {
        return obs.stream().filter(o -> o.measure().equals(measure)).mapToDouble(Observation::value).sum();
    }
}
