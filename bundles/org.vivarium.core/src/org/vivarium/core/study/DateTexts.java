package org.vivarium.core.study;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people type them into a form, and as forms show them ("2026-12-08 09:00").
 * <p>
 * Accepted dates: {@code 2026-12-08} (also {@code 2026-12-8}), {@code 08.12.2026} (day.month.year, as written in
 * much of Europe), {@code 8 Dec 2026}, {@code 8 December 2026} and {@code Dec 8, 2026} (English month names).
 * Accepted times, after the date and a space, {@code T} or a comma: {@code 09:00}, {@code 9:00}, {@code 09:00:30}.
 * Refused, with a message that says what is expected: slashed dates such as {@code 08/12/2026} (8 December or
 * August 12, depending on who wrote it), days that do not exist ({@code 2026-02-30}), and a date without a time where
 * a date and time is expected: a dose or test time of midnight is almost always a forgotten time, so {@code 00:00}
 * must be typed.
 */
public final class DateTexts {

    /** How a date is written in messages and forms. */
    public static final String DATE_EXAMPLE = "2026-12-08";
    /** How a date and time is written in messages and forms. */
    public static final String DATE_TIME_EXAMPLE = "2026-12-08 09:00";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\.? ?([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,4})/(\\d{1,2})/(\\d{1,4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DATE_AND_TIME = Pattern.compile("(.+?)(?:[ ,]+|T)(\\d{1,2}:\\d{2}(?::\\d{2})?)");
    private static final Map<String, Integer> MONTHS = months();

    private DateTexts() {
    }

    /** A text that is not a date (or date and time) of the expected kind; the message says what is expected. */
    public static final class DateTextException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        DateTextException(String message) {
            super(message);
        }
    }

    /** The date typed, or null for a blank text. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = normalise(text);
        if (DATE_AND_TIME.matcher(s).matches() && date(DATE_AND_TIME.matcher(s).replaceFirst("$1")) != null) {
            throw new DateTextException("'" + text.strip() + "' has a time, but a date is expected: write it like "
                    + DATE_EXAMPLE);
        }
        LocalDate date = date(s);
        if (date == null) {
            throw new DateTextException(expected(text, "a date like " + DATE_EXAMPLE));
        }
        return date;
    }

    /** The date and time typed, or null for a blank text. */
    public static LocalDateTime parseDateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = normalise(text);
        Matcher m = DATE_AND_TIME.matcher(s);
        if (!m.matches()) {
            if (date(s) != null) {
                throw new DateTextException("'" + text.strip() + "' has no time: expected a date and time like "
                        + DATE_TIME_EXAMPLE + " (for midnight, type 00:00)");
            }
            throw new DateTextException(expected(text, "a date and time like " + DATE_TIME_EXAMPLE));
        }
        LocalDate date = date(m.group(1));
        if (date == null) {
            throw new DateTextException(expected(text, "a date and time like " + DATE_TIME_EXAMPLE));
        }
        return LocalDateTime.of(date, time(m.group(2), text));
    }

    /** "2026-12-08". */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "2026-12-08 09:00" (seconds only when there are some). */
    public static String format(LocalDateTime time) {
        if (time == null) {
            return "";
        }
        LocalDateTime t = time.withNano(0);
        String clock = t.getSecond() == 0 ? String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                : String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        return t.toLocalDate() + " " + clock;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The date a text means, null if it is no date; throws when it is a date that is ambiguous or impossible. */
    private static LocalDate date(String s) {
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            return of(s, m.group(1), m.group(2), m.group(3));
        }
        if ((m = DOTTED.matcher(s)).matches()) {
            return of(s, m.group(3), m.group(2), m.group(1));
        }
        if ((m = DAY_MONTH.matcher(s)).matches() && month(m.group(2)) != null) {
            return of(s, m.group(3), month(m.group(2)).toString(), m.group(1));
        }
        if ((m = MONTH_DAY.matcher(s)).matches() && month(m.group(1)) != null) {
            return of(s, m.group(3), month(m.group(1)).toString(), m.group(2));
        }
        if ((m = SLASHED.matcher(s)).matches()) {
            throw new DateTextException("'" + s + "' is ambiguous (day/month or month/day?): write the date like "
                    + DATE_EXAMPLE + " (year-month-day), 08.12.2026 or 8 Dec 2026");
        }
        return null;
    }

    private static LocalDate of(String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new DateTextException("'" + text + "' is not a day of the calendar (" + e.getMessage() + ")");
        }
    }

    private static LocalTime time(String s, String text) {
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            throw new DateTextException(expected(text, "a time like 09:00"));
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new DateTextException("'" + text.strip() + "' has no valid time of day: expected hours 00-23 and "
                    + "minutes 00-59, like 09:00");
        }
    }

    private static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static String expected(String text, String what) {
        return "'" + text.strip() + "' is not understood: expected " + what;
    }

    private static Map<String, Integer> months() {
        String[] names = { "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december" };
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i + 1);
            map.put(names[i].substring(0, 3), i + 1);
        }
        map.put("sept", 9);
        return Map.copyOf(map);
    }
}
