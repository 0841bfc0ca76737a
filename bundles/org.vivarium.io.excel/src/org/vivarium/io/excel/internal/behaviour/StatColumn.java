package org.vivarium.io.excel.internal.behaviour;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.model.AssayKind;

/**
 * A result column of an EthoVision XT statistics export: its joined header text, the measure and unit, whether it is
 * immobility (or its latency), and whether the measure is named as the mapping or the study names it (else the
 * assay's code goes before it).
 */
record StatColumn(int column, String header, String measure, String unit, boolean immobility,
        boolean latency, boolean named) {

    StatColumn(int column, String header, String measure, String unit, boolean immobility, boolean latency) {
        this(column, header, measure, unit, immobility, latency, false);
    }

    private static final String[] CENTRE = {"cent", "zentrum", "mitte", "middle"};

    /** The result a column holds (by its joined header text), or null when it is none Vivarium imports. */
    static StatColumn of(ExportContext context, int c, String name, List<String> parts) {
        String key = Names.key(name).toLowerCase(Locale.ROOT);
        String last = parts.get(parts.size() - 1);
        String unit = parts.size() > 1 && last.matches("(?i)s|min|h|cm|mm|m|%|cm/s|m/s|counts?") ? last : null;
        String mapped = context.measure(name, null);
        if (mapped != null && context.mapping.columns().stream().anyMatch(s -> s.header() != null && Names.key(s
                .header()).equals(Names.key(name)))) {
            return new StatColumn(c, name, mapped, unit, false, false, true);
        }
        if (key.contains("immobile") && key.contains("cumulativeduration")) {
            return new StatColumn(c, name, "immobility", unit == null ? "s" : unit, true, false);
        }
        if (key.contains("immobile") && key.contains("latencytofirst")) {
            return new StatColumn(c, name, "latency to immobility", unit == null ? "s" : unit, true, true);
        }
        if (key.startsWith("distancemoved") && key.contains("total")) {
            return new StatColumn(c, name, "distance", unit, false, false);
        }
        if (key.startsWith("inzone") && key.contains("cumulativeduration") && Arrays.stream(CENTRE).anyMatch(
                key::contains)) {
            return new StatColumn(c, name, "centre time", unit == null ? "s" : unit, false, false);
        }
        return mapped == null ? null : new StatColumn(c, name, mapped, unit, false, false, true);
    }

    /** Whether a result is a measure of the target's assay (immobility for FST/TST, distance and zones for OFT). */
    boolean applies(Target target) {
        AssayKind kind = target.kind();
        if (immobility()) {
            return target.immobilityWindow() && (!latency() || kind == null || kind == AssayKind.FST);
        }
        return !measure().equals("distance") && !measure().equals("centre time") || kind == null
                || kind == AssayKind.OFT;
    }
}
