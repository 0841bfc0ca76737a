package org.vivarium.io.excel.internal.map;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Units as written in headers ("Immobility (s)", "[minutes]", "(kg)") and in measure definitions, with conversion
 * between units of the same kind (time, mass, length, volume, speed, percent, count).
 */
public final class Units {

    /** A known unit: its kind and its size in the kind's base unit. */
    public record Unit(String kind, double factor, String symbol) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        add("time", 0.001, "ms", "ms", "msec", "millisecond", "milliseconds");
        add("time", 1, "s", "s", "sec", "secs", "second", "seconds");
        add("time", 60, "min", "min", "mins", "minute", "minutes");
        add("time", 3600, "h", "h", "hr", "hrs", "hour", "hours");
        add("time", 86400, "d", "d", "day", "days");
        add("time", 604800, "wk", "wk", "wks", "week", "weeks");
        add("mass", 1e-6, "µg", "ug", "µg", "μg", "microgram", "micrograms");
        add("mass", 0.001, "mg", "mg", "milligram", "milligrams");
        add("mass", 1, "g", "g", "gr", "gram", "grams");
        add("mass", 1000, "kg", "kg", "kilogram", "kilograms");
        add("length", 0.1, "mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        add("length", 1, "cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        add("length", 100, "m", "m", "metre", "metres", "meter", "meters");
        add("volume", 0.001, "µL", "ul", "µl", "μl", "microlitre", "microliter");
        add("volume", 1, "mL", "ml", "millilitre", "milliliter", "cc");
        add("volume", 100, "dL", "dl");
        add("volume", 1000, "L", "l", "litre", "liter");
        add("speed", 0.1, "mm/s", "mm/s", "mms-1", "mm/sec");
        add("speed", 1, "cm/s", "cm/s", "cms-1", "cm/sec");
        add("speed", 100, "m/s", "m/s", "ms-1", "m/sec");
        add("percent", 1, "%", "%", "pct", "percent", "per cent");
        add("percent", 100, "fraction", "fraction", "proportion", "ratio"); // 0-1, e.g. a preference ratio of 0.75
        add("count", 1, "count", "count", "counts", "n", "no", "#", "number", "entries", "times");
    }

    private Units() {
    }

    private static void add(String kind, double factor, String symbol, String... spellings) {
        for (String s : spellings) {
            UNITS.put(s.toLowerCase(Locale.ROOT).replace(" ", ""), new Unit(kind, factor, symbol));
        }
    }

    /** The unit written as text, or null if unknown. */
    public static Unit of(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace('μ', 'µ');
        Unit u = UNITS.get(t);
        if (u == null && t.endsWith(".")) {
            u = UNITS.get(t.substring(0, t.length() - 1));
        }
        return u;
    }

    /**
     * The factor that converts a value written in {@code from} into {@code to} (1 when they are the same text), or
     * NaN when they are different kinds or unknown.
     */
    public static double factor(String from, String to) {
        if (from == null || to == null || from.strip().equalsIgnoreCase(to.strip())) {
            return 1;
        }
        Unit a = of(from);
        Unit b = of(to);
        if (a == null || b == null || !a.kind().equals(b.kind())) {
            return Double.NaN;
        }
        return a.factor() / b.factor();
    }

    /** Whether a unit is a kind of time (for durations typed as times, e.g. 2:35). */
    public static boolean isTime(String unit) {
        Unit u = of(unit);
        return u != null && u.kind().equals("time");
    }
}
