package org.vivarium.ui.emf;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.vivarium.core.schedule.RegimenDoses;
import org.vivarium.core.study.Labels;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * Lists typed in one field, separated by commas: whole numbers also as ranges ("1-21, 28" is 22 days; shown the same
 * way again), times of day as HH:mm ("9:00" becomes 09:00), anything else as the data type reads it.
 */
final class ListTexts {

    /** More numbers than any list of study days needs; a longer range is a typing mistake. */
    static final int MAX_NUMBERS = 5000;
    private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\s*(?:-|\u2013|\\.\\.)\\s*(-?\\d+)");

    private ListTexts() {
    }

    /** The values a text means (empty for a blank one); throws IllegalArgumentException saying what is expected. */
    static List<Object> parse(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        List<Object> values = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (isWhole(type)) {
                addNumbers(values, p);
            } else if (attribute == Literals.DOSE_REGIMEN__TIMES_OF_DAY) {
                values.add(timeOfDay(p));
            } else {
                values.add(FieldTexts.parse(type, p));
            }
        }
        return values;
    }

    /** Why a text is not a list of the attribute's values, or null when it is. */
    static String problem(EAttribute attribute, String text) {
        try {
            parse(attribute, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The list as it is typed: consecutive whole numbers as ranges ("1-21, 28"), the rest separated by commas. */
    static String format(EDataType type, Collection<?> values) {
        if (!isWhole(type)) {
            return String.join(", ", values.stream().map(v -> FieldTexts.format(type, v)).toList());
        }
        return Labels.ranges(values.stream().map(v -> (Number) v).toList());
    }

    private static boolean isWhole(EDataType type) {
        Class<?> c = type.getInstanceClass();
        return c == int.class || c == Integer.class || c == long.class || c == Long.class;
    }

    private static void addNumbers(List<Object> values, String part) {
        Matcher range = RANGE.matcher(part);
        int from;
        int to;
        try {
            if (range.matches()) {
                from = Integer.parseInt(range.group(1));
                to = Integer.parseInt(range.group(2));
            } else {
                from = Integer.parseInt(part);
                to = from;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + part + "' is not a whole number or a range like 1-21");
        }
        if (to < from) {
            throw new IllegalArgumentException("the range '" + part + "' runs backwards (write " + to + "-" + from
                    + ")");
        }
        if (values.size() + (long) to - from + 1 > MAX_NUMBERS) {
            throw new IllegalArgumentException("'" + part + "' makes more than " + MAX_NUMBERS + " numbers");
        }
        for (int n = from; n <= to; n++) {
            values.add(n);
        }
    }

    private static String timeOfDay(String part) {
        LocalTime t = RegimenDoses.timeOfDay(part);
        if (t == null) {
            throw new IllegalArgumentException("'" + part + "' is not a time of day like 09:00 or 17:30");
        }
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
