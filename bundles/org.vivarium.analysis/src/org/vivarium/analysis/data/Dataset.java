package org.vivarium.analysis.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tidy data for analyses: one {@link Observation} per value that enters analyses, plus the {@link Exclusion}s of the
 * values left out (counted and reported, never analysed), and what the rows mean: the measures with their units,
 * the experimental unit, the factors with their levels in display order and their control levels.
 * <p>
 * Made from a study by {@link StudyDatasets}, from a CSV file by {@link CsvDatasets}, or by hand with
 * {@link #builder()}. Immutable.
 */
public final class Dataset {

    /** Standard factor names of datasets made from studies. */
    public static final String ARM = "arm";
    public static final String SEX = "sex";
    public static final String COHORT = "cohort";
    public static final String TIME = "time";

    private final String source;
    private final String assayKind;
    private final String unitKind;
    private final Map<String, MeasureInfo> measures;
    private final String primaryMeasure;
    private final Map<String, List<String>> levels;
    private final Map<String, String> controls;
    private final List<Observation> observations;
    private final List<Exclusion> exclusions;

    /**
     * What a measure is.
     *
     * @param name machine name, e.g. {@code latency}
     * @param label display label, e.g. {@code Latency to feed}
     * @param unit unit of its values, e.g. {@code s} (may be empty)
     * @param censoringCutoff values at or beyond it are right-censored, or null
     */
    public record MeasureInfo(String name, String label, String unit, Double censoringCutoff) {
        public MeasureInfo {
            Objects.requireNonNull(name, "name");
            label = label == null || label.isBlank() ? name : label;
            unit = unit == null ? "" : unit;
        }

        /** e.g. "Immobility (s)". */
        public String axisLabel() {
            return unit.isEmpty() ? label : label + " (" + unit + ")";
        }
    }

    private Dataset(Builder b, List<Observation> observations, List<Exclusion> exclusions) {
        this.source = b.source;
        this.assayKind = b.assayKind;
        this.unitKind = b.unitKind;
        this.measures = Collections.unmodifiableMap(new LinkedHashMap<>(b.measures));
        this.primaryMeasure = b.primaryMeasure;
        this.controls = Collections.unmodifiableMap(new LinkedHashMap<>(b.controls));
        this.observations = List.copyOf(observations);
        this.exclusions = List.copyOf(exclusions);
        Map<String, List<String>> present = new LinkedHashMap<>();
        for (String factor : b.factors.keySet()) {
            Set<String> seen = new HashSet<>();
            for (Observation o : this.observations) {
                seen.add(o.level(factor));
            }
            List<String> ordered = new ArrayList<>();
            for (String level : b.factors.get(factor)) {
                if (seen.contains(level)) {
                    ordered.add(level);
                }
            }
            present.put(factor, Collections.unmodifiableList(ordered));
        }
        this.levels = Collections.unmodifiableMap(present);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where the data come from, e.g. "study KET-BCI-DEMO, assay FST" or "data.csv". */
    public String source() {
        return source;
    }

    /** The assay kind (e.g. {@code FST}, {@code SPT}), or empty when unknown (CSV data). */
    public String assayKind() {
        return assayKind;
    }

    /** "animal" or "cage" for study data; the subject column's name or "row" for CSV data. */
    public String unitKind() {
        return unitKind;
    }

    /** The measures present, by name, in order. */
    public Map<String, MeasureInfo> measures() {
        return measures;
    }

    /** The measure analyses use when none is chosen: the assay's primary measure, else the first. */
    public String primaryMeasure() {
        return primaryMeasure;
    }

    /** The factors, in order (e.g. arm, sex, cohort, time, Ketamine, BCI). */
    public List<String> factors() {
        return List.copyOf(levels.keySet());
    }

    public boolean hasFactor(String factor) {
        return levels.containsKey(factor);
    }

    /** The levels of a factor that occur in the observations, in display order (time in hours order). */
    public List<String> levels(String factor) {
        List<String> l = levels.get(factor);
        if (l == null) {
            throw new IllegalArgumentException("no factor '" + factor + "' (factors: " + levels.keySet() + ")");
        }
        return l;
    }

    /** The control level of a factor (the vehicle arm, "no" for a compound factor), or null. */
    public String control(String factor) {
        return controls.get(factor);
    }

    /** The values that enter analyses. */
    public List<Observation> observations() {
        return observations;
    }

    /** The values left out, with their reasons. */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /** Exclusions counted by category, in order of first appearance. */
    public Map<String, Integer> exclusionCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Exclusion e : exclusions) {
            counts.merge(e.category(), 1, Integer::sum);
        }
        return counts;
    }

    /** Whether some experimental unit has more than one value of the same measure (repeated measures). */
    public boolean hasRepeatedUnits() {
        Set<String> seen = new HashSet<>();
        for (Observation o : observations) {
            if (!seen.add(o.measure() + '\u0000' + o.unit())) {
                return true;
            }
        }
        return false;
    }

    /** Whether any value is censored. */
    public boolean hasCensoredValues() {
        return observations.stream().anyMatch(Observation::censored);
    }

    /**
     * The observations and exclusions of one measure only, or of the rows accepted by a filter; factors, order and
     * controls are kept, exclusions are kept when they concern the measure.
     */
    public Dataset select(String measure, Predicate<Observation> filter) {
        Builder b = copyHeader();
        List<Observation> kept = new ArrayList<>();
        for (Observation o : observations) {
            if ((measure == null || o.measure().equals(measure)) && (filter == null || filter.test(o))) {
                kept.add(o);
            }
        }
        List<Exclusion> ex = new ArrayList<>();
        for (Exclusion e : exclusions) {
            if (measure == null || e.where().isEmpty() || e.where().endsWith(", " + measure)) {
                ex.add(e);
            }
        }
        if (measure != null) {
            b.measures.keySet().retainAll(Set.of(measure));
            b.primaryMeasure = measure;
        }
        return new Dataset(b, kept, ex);
    }

    private Builder copyHeader() {
        Builder b = new Builder().source(source).assayKind(assayKind).unitKind(unitKind);
        b.measures.putAll(measures);
        b.primaryMeasure = primaryMeasure;
        levels.forEach((factor, l) -> b.factors.put(factor, new LinkedHashSet<>(l)));
        b.controls.putAll(controls);
        return b;
    }

    /**
     * Builds a dataset. Factor levels are shown in the order they are declared with {@link #factor(String, List)},
     * then in order of first appearance; levels that are all numbers are sorted numerically unless declared.
     */
    public static final class Builder {
        private String source = "";
        private String assayKind = "";
        private String unitKind = "animal";
        private final Map<String, MeasureInfo> measures = new LinkedHashMap<>();
        private String primaryMeasure;
        private final Map<String, LinkedHashSet<String>> factors = new LinkedHashMap<>();
        private final Set<String> declared = new HashSet<>();
        private final Map<String, String> controls = new LinkedHashMap<>();
        private final List<Observation> observations = new ArrayList<>();
        private final List<Exclusion> exclusions = new ArrayList<>();

        private Builder() {
        }

        public Builder source(String source) {
            this.source = source == null ? "" : source;
            return this;
        }

        public Builder assayKind(String kind) {
            this.assayKind = kind == null ? "" : kind;
            return this;
        }

        public Builder unitKind(String kind) {
            this.unitKind = kind == null ? "unit" : kind;
            return this;
        }

        /** Declares a measure; the first declared (or the one marked primary) is the primary measure. */
        public Builder measure(MeasureInfo measure, boolean primary) {
            measures.put(measure.name(), measure);
            if (primary || primaryMeasure == null) {
                primaryMeasure = measure.name();
            }
            return this;
        }

        /** Declares a factor with its levels in display order (more may appear in observations). */
        public Builder factor(String name, List<String> orderedLevels) {
            factors.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(orderedLevels);
            declared.add(name);
            return this;
        }

        /** The control level of a factor, e.g. the vehicle arm. */
        public Builder control(String factor, String level) {
            controls.put(factor, level);
            return this;
        }

        /** Adds a value that enters analyses. */
        public Builder add(Observation o) {
            if (!measures.containsKey(o.measure())) {
                measure(new MeasureInfo(o.measure(), null, null, null), false);
            }
            for (Map.Entry<String, String> e : o.levels().entrySet()) {
                factors.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue());
            }
            observations.add(o);
            return this;
        }

        /** Records a value left out, with its reason. */
        public Builder exclude(Exclusion e) {
            exclusions.add(e);
            return this;
        }

        public Dataset build() {
            for (Map.Entry<String, LinkedHashSet<String>> e : factors.entrySet()) {
                if (!declared.contains(e.getKey()) && allNumbers(e.getValue())) {
                    List<String> sorted = new ArrayList<>(e.getValue());
                    sorted.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
                    e.setValue(new LinkedHashSet<>(sorted));
                }
            }
            return new Dataset(this, observations, exclusions);
        }

        private static boolean allNumbers(Set<String> levels) {
            for (String l : levels) {
                try {
                    Double.parseDouble(l);
                } catch (NumberFormatException | NullPointerException e) {
                    return false;
                }
            }
            return !levels.isEmpty();
        }
    }
}
