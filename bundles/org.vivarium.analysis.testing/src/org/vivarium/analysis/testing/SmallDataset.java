package org.vivarium.analysis.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Exclusion;
import org.vivarium.analysis.data.Observation;

/**
 * A small dataset written out in a test, so that expectations can be worked out by hand: one measure, groups of one
 * factor ({@code arm} unless named otherwise), optionally at several times.
 *
 * <pre>
 * Dataset d = SmallDataset.of("immobility", "s").control("VEH")
 *         .group("VEH", 150, 160).group("KET", 90, 100).build();
 * </pre>
 *
 * Units are named after their group and position ({@code VEH-1}, {@code VEH-2}, ...; with a time, {@code VEH-24 h-1}).
 */
public final class SmallDataset {

    private final String measure;
    private final String unit;
    private String factor = Dataset.ARM;
    private String control;
    private final Map<String, List<Observation>> groups = new LinkedHashMap<>();
    private final List<String> times = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();

    private SmallDataset(String measure, String unit) {
        this.measure = measure;
        this.unit = unit;
    }

    /** A dataset of one measure (e.g. {@code immobility}) in a unit (e.g. {@code s}; may be empty). */
    public static SmallDataset of(String measure, String unit) {
        return new SmallDataset(measure, unit);
    }

    /** The name of the grouping factor (default {@code arm}). */
    public SmallDataset factor(String name) {
        this.factor = name;
        return this;
    }

    /** The control level of the grouping factor (e.g. the vehicle arm). */
    public SmallDataset control(String level) {
        this.control = level;
        return this;
    }

    /** Values of one group (no time). */
    public SmallDataset group(String level, double... values) {
        return add(level, null, null, values);
    }

    /** Values of one group at one time (factor {@code time}, e.g. "24 h" at 24 hours since the dose). */
    public SmallDataset group(String level, String time, double hours, double... values) {
        if (!times.contains(time)) {
            times.add(time);
        }
        return add(level, time, hours, values);
    }

    /** A value left out, with its reason (it is reported, never analysed). */
    public SmallDataset excluded(String unitName, String category, String reason) {
        exclusions.add(new Exclusion(unitName, null, category, reason));
        return this;
    }

    private SmallDataset add(String level, String time, Double hours, double[] values) {
        List<Observation> list = groups.computeIfAbsent(level, l -> new ArrayList<>());
        for (double v : values) {
            Map<String, String> levels = new LinkedHashMap<>();
            levels.put(factor, level);
            if (time != null) {
                levels.put(Dataset.TIME, time);
            }
            String name = level + (time == null ? "" : "-" + time) + "-" + (list.size() + 1);
            list.add(new Observation(name, measure, levels, hours, v, false));
        }
        return this;
    }

    public Dataset build() {
        Dataset.Builder b = Dataset.builder().source("small test dataset").unitKind("animal")
                .measure(new Dataset.MeasureInfo(measure, measure, unit, null), true)
                .factor(factor, List.copyOf(groups.keySet()));
        if (!times.isEmpty()) {
            b.factor(Dataset.TIME, times);
        }
        if (control != null) {
            b.control(factor, control);
        }
        groups.values().forEach(list -> list.forEach(b::add));
        exclusions.forEach(b::exclude);
        return b.build();
    }
}
