package org.vivarium.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.analysis.AnalysisRunner;

/**
 * {@code --timeout}: seconds ({@code 90}, {@code 2.5}) or a duration ({@code 90s}, {@code 2m}, {@code 1m30s},
 * {@code 500ms}, {@code PT2M}).
 */
final class TimeLimit {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final Duration MAX = Duration.ofDays(7);

    private TimeLimit() {
    }

    /** The time limit the option gives (null: the default, {@link AnalysisRunner#DEFAULT_TIME_LIMIT}). */
    static Duration of(String option) throws UsageException {
        if (option == null) {
            return AnalysisRunner.DEFAULT_TIME_LIMIT;
        }
        Duration d = parse(option.strip().toLowerCase(java.util.Locale.ROOT));
        if (d == null || d.isZero() || d.isNegative() || d.compareTo(MAX) > 0) {
            throw new UsageException("--timeout takes seconds (90) or a duration (90s, 2m, 1m30s, 500ms), more than 0 "
                    + "and at most 7 days, not '" + option + "'");
        }
        return d;
    }

    private static Duration parse(String s) {
        if (s.matches("\\d+(\\.\\d+)?")) {
            return millis(Double.parseDouble(s) * 1000);
        }
        if (s.startsWith("p")) {
            try {
                return Duration.parse(s.toUpperCase(java.util.Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher m = PART.matcher(s);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            double n = Double.parseDouble(m.group(1));
            total = total.plus(millis(n * switch (m.group(2)) {
                case "h" -> 3_600_000;
                case "m" -> 60_000;
                case "s" -> 1000;
                default -> 1;
            }));
            end = m.end();
        }
        return end == s.length() && end > 0 ? total : null;
    }

    private static Duration millis(double ms) {
        return ms > MAX.toMillis() ? MAX.plusMillis(1) : Duration.ofMillis(Math.round(ms));
    }
}
