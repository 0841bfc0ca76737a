package org.vivarium.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vivarium.model.Cage;
import org.vivarium.model.TreatmentArm;

/** How an allocation is balanced: per stratum, the animals (and with whole cages, the cages) each arm received. */
public final class Balance {

    /**
     * One stratum (or the total).
     *
     * @param stratum its label
     * @param animals animals per arm, in the order of the arms
     * @param cages   cages per arm (whole-cage allocation), else empty
     */
    public record Row(String stratum, List<Integer> animals, List<Integer> cages) {

        public int total() {
            return animals.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final List<TreatmentArm> arms;
    private final boolean byCage;
    private final List<Row> rows;
    private final Row total;

    Balance(List<TreatmentArm> arms, boolean byCage, List<Assignment> assignments) {
        this.arms = List.copyOf(arms);
        this.byCage = byCage;
        Map<String, int[]> animals = new LinkedHashMap<>();
        Map<String, int[]> cages = new LinkedHashMap<>();
        Set<Cage> counted = new HashSet<>();
        int[] allAnimals = new int[arms.size()];
        int[] allCages = new int[arms.size()];
        for (Assignment a : assignments) {
            int arm = arms.indexOf(a.arm());
            animals.computeIfAbsent(a.stratum(), k -> new int[arms.size()])[arm]++;
            allAnimals[arm]++;
            int[] c = cages.computeIfAbsent(a.stratum(), k -> new int[arms.size()]);
            if (byCage && a.animal().getCage() != null && counted.add(a.animal().getCage())) {
                c[arm]++;
                allCages[arm]++;
            }
        }
        List<Row> list = new ArrayList<>();
        animals.forEach((stratum, n) -> list.add(row(stratum, n, cages.get(stratum))));
        this.rows = List.copyOf(list);
        this.total = row("total", allAnimals, allCages);
    }

    private Row row(String stratum, int[] animals, int[] cages) {
        return new Row(stratum, Arrays.stream(animals).boxed().toList(), byCage ? Arrays.stream(
                cages).boxed().toList() : List.of());
    }

    public List<TreatmentArm> arms() {
        return arms;
    }

    /** One row per stratum, in the order they were allocated. */
    public List<Row> rows() {
        return rows;
    }

    /** All strata together. */
    public Row total() {
        return total;
    }

    /** A table: a header with the arms, one line per stratum (with two or more strata) and the total. */
    public List<String> lines() {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(byCage ? "stratum (cages/animals)" : "stratum");
        arms.forEach(a -> header.add(a.getCode()));
        header.add("total");
        table.add(header);
        if (rows.size() > 1) {
            rows.forEach(r -> table.add(cells(r)));
        }
        table.add(cells(total));
        int[] width = new int[header.size()];
        for (List<String> line : table) {
            for (int i = 0; i < line.size(); i++) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> line : table) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                if (i == 0) {
                    b.append(cell).append(" ".repeat(width[0] - cell.length()));
                } else {
                    b.append("  ").append(" ".repeat(width[i] - cell.length())).append(cell);
                }
            }
            lines.add(b.toString().stripTrailing());
        }
        return lines;
    }

    private List<String> cells(Row r) {
        List<String> cells = new ArrayList<>();
        cells.add(r.stratum());
        for (int i = 0; i < arms.size(); i++) {
            cells.add(byCage ? r.cages().get(i) + "/" + r.animals().get(i) : String.valueOf(r.animals().get(i)));
        }
        int cages = r.cages().stream().mapToInt(Integer::intValue).sum();
        cells.add(byCage ? cages + "/" + r.total() : String.valueOf(r.total()));
        return cells;
    }
}
