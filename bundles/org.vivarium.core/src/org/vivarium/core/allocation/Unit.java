package org.vivarium.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.core.study.Studies;
import org.vivarium.core.study.NaturalOrder;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;

/**
 * What gets one arm: an animal, or a whole cage (cluster randomisation) with the cohort's active animals in it.
 *
 * @param key     the animal's id or the cage's label (its place in the natural order)
 * @param cage    the cage for cage units, else null
 * @param animals the animal, or the cage's animals in natural order of their ids
 */
record Unit(String key, Cage cage, List<Animal> animals) {

    /** The cohort's active animals as units, in natural order of their keys (ties: their order in the cohort). */
    static List<Unit> of(Cohort cohort, boolean byCage) throws AllocationException {
        List<Animal> active = cohort.getAnimals().stream().filter(Studies::isActive).sorted(Comparator.comparing(
                Animal::getId, NaturalOrder.INSTANCE)).toList(); // a stable sort keeps the cohort order of ties
        if (active.isEmpty()) {
            throw new AllocationException("cohort " + cohort.getName() + " has no active animals to allocate");
        }
        List<Unit> units = new ArrayList<>();
        if (!byCage) {
            active.forEach(a -> units.add(new Unit(nz(a.getId()), null, List.of(a))));
            return units;
        }
        List<String> homeless = active.stream().filter(a -> a.getCage() == null).map(a -> nz(a.getId())).toList();
        if (!homeless.isEmpty()) {
            throw new AllocationException("cohort " + cohort.getName() + ": animals without a cage cannot be allocated "
                    + "by cage: " + Names.list(homeless));
        }
        Map<Cage, List<Animal>> byCages = new LinkedHashMap<>();
        active.forEach(a -> byCages.computeIfAbsent(a.getCage(), c -> new ArrayList<>()).add(a));
        byCages.forEach((cage, animals) -> units.add(new Unit(nz(cage.getLabel()), cage, List.copyOf(animals))));
        units.sort(Comparator.comparing(Unit::key, NaturalOrder.INSTANCE).thenComparingInt(u -> cohort.getCages()
                .indexOf(u.cage())));
        return units;
    }

    /** "animal" or "cage". */
    String kind() {
        return cage == null ? "animal" : "cage";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
