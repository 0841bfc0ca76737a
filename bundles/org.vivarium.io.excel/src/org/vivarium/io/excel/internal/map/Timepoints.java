package org.vivarium.io.excel.internal.map;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times since dose as labs write them: "24 h", "24h", "1 wk", "2 weeks", "30 min", "day 7", "d7", "week 2", or a
 * plain number in a given unit. All results are in hours.
 */
public final class Timepoints {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final String UNIT = "(min|mins|minutes?|h|hrs?|hours?|d|days?|wks?|w|weeks?)";
    private static final Pattern NUMBER_UNIT = Pattern.compile(NUMBER + "\\s*" + UNIT + "\\.?");
    private static final Pattern UNIT_NUMBER = Pattern.compile("(day|d|week|wk|w|hour|h)\\s*" + NUMBER);
    /** A timepoint at the end of a header: "Immobility 24 h", "Immobility - 1wk", "Immobility@d7". */
    private static final Pattern TRAILING = Pattern.compile("(?i)^(.*?)[\\s_@,;:/-]+(" + NUMBER + "\\s*" + UNIT
            + "\\.?|(?:day|d|week|wk|w)\\s*" + NUMBER + ")\\s*$");
    /** A timepoint at the start of a header: "24 h immobility", "Day 7 - immobility". */
    private static final Pattern LEADING = Pattern.compile("(?i)^(" + NUMBER + "\\s*" + UNIT
            + "\\.?|(?:day|week|wk)\\s*" + NUMBER + ")[\\s_@,;:/-]+(.+)$");

    private Timepoints() {
    }

    /** The hours of a whole text such as "24 h" or "day 7", or null. */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = NUMBER_UNIT.matcher(t);
        if (m.matches()) {
            return number(m.group(1)) * hours(m.group(2));
        }
        m = UNIT_NUMBER.matcher(t);
        if (m.matches()) {
            return number(m.group(2)) * hours(m.group(1));
        }
        return null;
    }

    /** A number in a unit (e.g. 7 with unit "days"); null if the unit is not a time. */
    public static Double of(double value, String unit) {
        Units.Unit u = Units.of(unit == null ? "h" : unit);
        return u == null || !u.kind().equals("time") ? null : value * u.factor() / 3600;
    }

    /** Splits "Immobility 24 h" into ["Immobility", "24 h"]; null if there is no timepoint at either end. */
    public static String[] split(String header) {
        Matcher m = TRAILING.matcher(header.strip());
        if (m.matches() && !m.group(1).isBlank() && parse(m.group(2)) != null) {
            return new String[] {m.group(1).strip(), m.group(2).strip()};
        }
        m = LEADING.matcher(header.strip());
        if (m.matches() && parse(m.group(1)) != null) {
            return new String[] {m.group(m.groupCount()).strip(), m.group(1).strip()};
        }
        return null;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static double hours(String unit) {
        return switch (unit.charAt(0)) {
            case 'm' -> 1.0 / 60;
            case 'h' -> 1;
            case 'd' -> 24;
            default -> 168; // w, wk, week
        };
    }
}
