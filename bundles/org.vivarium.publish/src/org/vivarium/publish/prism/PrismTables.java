package org.vivarium.publish.prism;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.NaturalOrder;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * The tables of one assay measure: a grouped table (rows = times since dose, one column per arm, the values of the
 * arm at that time as replicates, by animal or cage in natural order) and a column table per session (one column per
 * arm). A value is marked excluded when the analyses leave it out: the measurement is excluded, or its animal is no
 * longer active. Cage values of cages housing several arms have no arm and are left out. Arms are named by their codes;
 * while the study's treatments are coded and not unblinded, by their coded letters in letter order (the order would
 * tell the design).
 */
final class PrismTables {

    /** A value with the unit it belongs to, for ordering. */
    private record Value(String unit, double value, boolean excluded) {
    }

    private PrismTables() {
    }

    /** Whether the measure has any value. */
    static boolean hasValues(AssayDefinition assay, MeasureDefinition measure) {
        return assay.getSessions().stream().flatMap(s -> s.getMeasurements().stream()).anyMatch(m -> m
                .getMeasure() == measure);
    }

    static List<PrismTable> of(Study study, AssayDefinition assay, MeasureDefinition measure) {
        boolean revealed = Coding.revealed(study, null);
        List<TreatmentArm> arms = new ArrayList<>(study.getArms());
        if (!revealed && Coding.isCoded(study)) {
            arms.sort(Comparator.comparing(a -> Coding.armLabel(a, false)));
        }
        String name = title(assay, measure);
        int decimals = decimals(assay, measure);
        List<PrismTable> tables = new ArrayList<>();
        TreeMap<Double, Map<TreatmentArm, List<Value>>> byTime = new TreeMap<>();
        for (AssaySession s : assay.getSessions()) {
            Map<TreatmentArm, List<Value>> values = values(s, measure);
            if (values.isEmpty()) {
                continue;
            }
            Map<TreatmentArm, List<Value>> atTime = byTime.computeIfAbsent(s.getTimeFromDoseHours(),
                    k -> new LinkedHashMap<>());
            values.forEach((arm, v) -> atTime.computeIfAbsent(arm, k -> new ArrayList<>()).addAll(v));
            List<PrismTable.Column> columns = new ArrayList<>();
            for (TreatmentArm arm : arms) {
                List<PrismTable.Cell> cells = values.getOrDefault(arm, List.of()).stream().map(PrismTables::cell)
                        .toList();
                columns.add(new PrismTable.Column(Coding.armLabel(arm, revealed), List.of(cells)));
            }
            tables.add(new PrismTable(s.getName() + " - " + measureLabel(measure), false, List.of(), columns,
                    decimals));
        }
        if (byTime.isEmpty()) {
            return List.of();
        }
        List<String> rows = byTime.keySet().stream().map(Time::sinceDose).toList();
        List<PrismTable.Column> columns = new ArrayList<>();
        for (TreatmentArm arm : arms) {
            int n = byTime.values().stream().mapToInt(m -> m.getOrDefault(arm, List.of()).size()).max().orElse(0);
            List<List<PrismTable.Cell>> subcolumns = new ArrayList<>();
            for (int i = 0; i < Math.max(1, n); i++) {
                List<PrismTable.Cell> sub = new ArrayList<>();
                for (Map<TreatmentArm, List<Value>> atTime : byTime.values()) {
                    List<Value> v = atTime.getOrDefault(arm, List.of());
                    sub.add(i < v.size() ? cell(v.get(i)) : null);
                }
                subcolumns.add(sub);
            }
            columns.add(new PrismTable.Column(Coding.armLabel(arm, revealed), subcolumns));
        }
        tables.add(0, new PrismTable(name + " by time since dose", true, rows, columns, decimals));
        return tables;
    }

    private static Map<TreatmentArm, List<Value>> values(AssaySession s, MeasureDefinition measure) {
        Map<TreatmentArm, List<Value>> values = new LinkedHashMap<>();
        for (Measurement m : s.getMeasurements()) {
            if (m.getMeasure() != measure || m.getAnimal() == null && m.getCage() == null) {
                continue;
            }
            List<Animal> animals = m.getAnimal() != null ? List.of(m.getAnimal()) : m.getCage().getAnimals();
            TreatmentArm arm = Studies.commonArm(animals);
            if (arm == null) {
                continue;
            }
            boolean inactive = m.getAnimal() != null && m.getAnimal().getStatus() != AnimalStatus.ACTIVE;
            String unit = m.getAnimal() != null ? m.getAnimal().getId() : m.getCage().getLabel();
            values.computeIfAbsent(arm, k -> new ArrayList<>()).add(new Value(unit == null ? "" : unit, m.getValue(),
                    m.isExcluded() || inactive));
        }
        values.values().forEach(v -> v.sort(Comparator.comparing(Value::unit, NaturalOrder.INSTANCE)));
        return values;
    }

    private static PrismTable.Cell cell(Value v) {
        return new PrismTable.Cell(v.value(), v.excluded());
    }

    /** e.g. "FST Immobility (s)". */
    static String title(AssayDefinition assay, MeasureDefinition measure) {
        return assay.getCode() + " " + measureLabel(measure);
    }

    /** e.g. "Immobility (s)". */
    static String measureLabel(MeasureDefinition measure) {
        String label = measure.getLabel() != null && !measure.getLabel().isBlank() ? measure.getLabel()
                : measure.getName();
        String unit = measure.getUnit() == null || measure.getUnit().isBlank() ? "" : " (" + measure.getUnit() + ")";
        return label + unit;
    }

    private static int decimals(AssayDefinition assay, MeasureDefinition measure) {
        int decimals = 0;
        for (AssaySession s : assay.getSessions()) {
            for (Measurement m : s.getMeasurements()) {
                if (m.getMeasure() == measure) {
                    String t = Double.toString(Math.abs(m.getValue()));
                    int dot = t.indexOf('.');
                    int d = t.contains("E") || dot < 0 ? 0 : t.endsWith(".0") ? 0 : t.length() - dot - 1;
                    decimals = Math.max(decimals, Math.min(d, 4));
                }
            }
        }
        return decimals;
    }
}
