package org.vivarium.core.allocation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vivarium.core.study.Studies;
import org.vivarium.core.study.NaturalOrder;
import org.vivarium.model.Animal;
import org.vivarium.model.BodyWeight;

/**
 * Puts units into strata (allocation algorithm version 1): each unit gets a level per factor; the strata are the
 * combinations that occur, ordered by their levels' sort keys in natural order, factor by factor. Body-weight bands
 * are formed by rank within each combination of the other factors' levels: those units sorted by weight (ties: unit
 * order), the unit of 0-based rank i among n falls into band floor(i * N / n) + 1 of N.
 */
final class Stratifier {

    private Stratifier() {
    }

    static List<Stratum> strata(List<Unit> units, List<Factor> factors, LocalDateTime at) throws AllocationException {
        if (factors.isEmpty()) {
            return List.of(new Stratum(Stratum.ALL, units));
        }
        Map<Unit, Factor.Level[]> levels = new LinkedHashMap<>();
        for (Unit u : units) {
            levels.put(u, new Factor.Level[factors.size()]);
        }
        for (int f = 0; f < factors.size(); f++) {
            if (!(factors.get(f) instanceof Factor.ByWeight)) {
                categorical(units, factors.get(f), f, levels);
            }
        }
        for (int f = 0; f < factors.size(); f++) {
            if (factors.get(f) instanceof Factor.ByWeight w) {
                weightBands(units, w, f, levels, at);
            }
        }
        Map<String, List<Unit>> members = new LinkedHashMap<>();
        Map<String, Factor.Level[]> keys = new LinkedHashMap<>();
        for (Unit u : units) {
            Factor.Level[] l = levels.get(u);
            String label = String.join(", ", Arrays.stream(l).map(Factor.Level::label).toList());
            members.computeIfAbsent(label, k -> new ArrayList<>()).add(u);
            keys.putIfAbsent(label, l);
        }
        List<String> order = new ArrayList<>(members.keySet());
        order.sort((a, b) -> compare(keys.get(a), keys.get(b)));
        return order.stream().map(label -> new Stratum(label, List.copyOf(members.get(label)))).toList();
    }

    private static int compare(Factor.Level[] a, Factor.Level[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = NaturalOrder.INSTANCE.compare(a[i].sortKey(), b[i].sortKey());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void categorical(List<Unit> units, Factor factor, int f, Map<Unit, Factor.Level[]> levels)
            throws AllocationException {
        List<String> missing = new ArrayList<>();
        List<String> mixed = new ArrayList<>();
        for (Unit u : units) {
            Set<Factor.Level> seen = new LinkedHashSet<>();
            for (Animal a : u.animals()) {
                Factor.Level l = factor.level(a);
                if (l == null) {
                    missing.add(a.getId());
                } else {
                    seen.add(l);
                }
            }
            if (seen.size() > 1) {
                mixed.add(u.key() + " (" + String.join(", ", seen.stream().map(Factor.Level::label).toList()) + ")");
            }
            levels.get(u)[f] = seen.isEmpty() ? null : seen.iterator().next();
        }
        if (!missing.isEmpty()) {
            throw new AllocationException(Names.count(missing.size(), "animal") + " without a " + factor.description()
                    + " cannot be stratified by " + factor.description() + ": " + Names.list(missing));
        }
        if (!mixed.isEmpty()) {
            throw new AllocationException("cages with mixed " + factor.description() + " cannot be allocated whole when "
                    + "stratifying by " + factor.description() + ": " + Names.list(mixed));
        }
    }

    private static void weightBands(List<Unit> units, Factor.ByWeight factor, int f, Map<Unit, Factor.Level[]> levels,
            LocalDateTime at) throws AllocationException {
        Map<Unit, Double> grams = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Unit u : units) {
            double sum = 0;
            for (Animal a : u.animals()) {
                BodyWeight w = Studies.latestBodyWeight(a, at);
                if (w == null) {
                    missing.add(a.getId());
                } else {
                    sum += w.getWeightGrams();
                }
            }
            grams.put(u, sum / u.animals().size());
        }
        if (!missing.isEmpty()) {
            throw new AllocationException(Names.count(missing.size(), "animal") + " without a body weight cannot be "
                    + "stratified by weight: " + Names.list(missing));
        }
        Map<String, List<Unit>> groups = new LinkedHashMap<>();
        for (Unit u : units) {
            StringBuilder key = new StringBuilder();
            for (Factor.Level l : levels.get(u)) {
                key.append(l == null ? "" : l.sortKey()).append('\u0000');
            }
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(u);
        }
        for (List<Unit> group : groups.values()) {
            List<Unit> ranked = new ArrayList<>(group); // in unit order, so the stable sort breaks ties by it
            ranked.sort(Comparator.comparingDouble(grams::get));
            int n = ranked.size();
            int bands = factor.bands();
            List<List<Unit>> members = new ArrayList<>();
            for (int b = 0; b < bands; b++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                members.get((int) ((long) i * bands / n)).add(ranked.get(i));
            }
            for (int b = 0; b < bands; b++) {
                List<Unit> band = members.get(b);
                if (band.isEmpty()) {
                    continue;
                }
                String label = String.format(Locale.ROOT, "weight %d/%d (%.1f-%.1f g)", b + 1, bands, grams.get(band
                        .get(0)), grams.get(band.get(band.size() - 1)));
                Factor.Level level = new Factor.Level(String.valueOf(b + 1), label);
                band.forEach(u -> levels.get(u)[f] = level);
            }
        }
    }
}
