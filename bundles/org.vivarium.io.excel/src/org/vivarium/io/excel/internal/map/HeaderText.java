package org.vivarium.io.excel.internal.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header split into what it names, its unit and its timepoint: "Immobility (s) 24 h" is immobility, in s, at
 * 24 h; "Interval [minutes]" is interval in minutes; "Time since dose (h)" is time since dose in h.
 *
 * @param raw   the header as written
 * @param name  the rest, as written (without unit and timepoint)
 * @param unit  the unit as written, or null
 * @param hours the timepoint in hours, or null
 */
public record HeaderText(String raw, String name, String unit, Double hours) {

    private static final Pattern BRACKETS = Pattern.compile("[(\\[{]([^()\\[\\]{}]*)[)\\]}]");

    public static HeaderText parse(String raw) {
        String text = raw == null ? "" : raw.replace('\n', ' ').replace('\r', ' ').strip();
        String unit = null;
        Double hours = null;
        StringBuilder rest = new StringBuilder();
        Matcher m = BRACKETS.matcher(text);
        int last = 0;
        while (m.find()) {
            String inside = m.group(1).strip();
            rest.append(text, last, m.start());
            last = m.end();
            if (unit == null && Units.of(inside) != null) {
                unit = inside;
            } else if (hours == null && Timepoints.parse(inside) != null) {
                hours = Timepoints.parse(inside);
            } else if (unit == null && !inside.isEmpty() && inside.length() <= 6 && !inside.contains(" ")) {
                unit = inside; // an unknown unit such as "a.u." is still a unit
            } else {
                rest.append(' ').append(inside).append(' ');
            }
        }
        rest.append(text.substring(last));
        String name = rest.toString().strip().replaceAll("\\s+", " ");
        if (hours == null) {
            String[] split = Timepoints.split(name);
            if (split != null) {
                name = split[0];
                hours = Timepoints.parse(split[1]);
            }
        }
        name = name.replaceAll("[\\s:,;=_-]+$", "");
        return new HeaderText(raw, name, unit, hours);
    }

    /** The key for matching the name (see {@link Names#key(String)}). */
    public String key() {
        return Names.key(name);
    }

    /** Whether the header is empty. */
    public boolean isBlank() {
        return raw == null || raw.isBlank();
    }
}
