package org.vivarium.analysis.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@link Dataset} from a CSV file with a header line: one row per value. The separator is a comma (or a
 * semicolon or tab when the header has no comma); fields may be quoted with {@code "}. Empty and {@code NA} values
 * are missing and counted as exclusions; anything else that is not a plain decimal number (optional sign, digits
 * with at most one decimal point, optional exponent such as {@code 1e-3}; not {@code 1d}, {@code 0x1p3},
 * {@code NaN} or {@code Infinity}) is an error naming the file, line and column. Survival times (when an event
 * column is given) must be 0 or more. A UTF-8 byte order mark before the header is ignored.
 */
public final class CsvDatasets {

    private static final int MAX_PROBLEMS = 20;

    /** A plain decimal number: optional sign, digits with at most one point, optional exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvDatasets() {
    }

    /**
     * Which columns mean what.
     *
     * @param value the column of the values (for survival data: the time to the event)
     * @param factors the grouping columns (their values are the factor levels)
     * @param subject the column naming the experimental unit (subject) for paired or repeated designs, or null
     *        (then each row is its own unit)
     * @param event for survival data: the event indicator (1/0, true/false, yes/no, event/censored), or null
     */
    public record Columns(String value, List<String> factors, String subject, String event) {
        public Columns {
            factors = List.copyOf(factors);
        }
    }

    /** Reads the file; every problem is reported as {@code FILE:LINE: message}. */
    public static Dataset read(Path file, Columns columns) throws DatasetException {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = r.lines().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DatasetException(file + ":1: cannot read the file (" + e.getMessage() + ")");
        }
        return parse(file.toString(), lines, columns);
    }

    /** Parses CSV lines (the first is the header); {@code name} is used in messages. */
    public static Dataset parse(String name, List<String> lines, Columns columns) throws DatasetException {
        String first = lines.isEmpty() ? "" : lines.get(0).startsWith("\ufeff") ? lines.get(0).substring(1)
                : lines.get(0);
        if (first.isBlank()) {
            throw new DatasetException(name + ":1: empty file (a header line is needed)");
        }
        char sep = separator(first);
        List<String> header = split(first, sep).stream().map(String::strip).toList();
        List<String> problems = new ArrayList<>();
        int value = column(header, columns.value(), name, problems);
        List<Integer> factors = new ArrayList<>();
        for (String f : columns.factors()) {
            factors.add(column(header, f, name, problems));
        }
        int subject = columns.subject() == null ? -2 : column(header, columns.subject(), name, problems);
        int event = columns.event() == null ? -2 : column(header, columns.event(), name, problems);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        Dataset.Builder b = Dataset.builder().source(name).assayKind("")
                .unitKind(columns.subject() == null ? "row" : columns.subject())
                .measure(new Dataset.MeasureInfo(columns.value(), columns.value(), "", null), true);
        for (int i = 1; i < lines.size() && problems.size() < MAX_PROBLEMS; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            List<String> cells = split(line, sep);
            if (cells.size() != header.size()) {
                problems.add(where + cells.size() + " fields, but the header has " + header.size());
                continue;
            }
            String unit = subject >= 0 ? cells.get(subject).strip() : "row " + (i + 1);
            Map<String, String> levels = new LinkedHashMap<>();
            for (int f = 0; f < factors.size(); f++) {
                String level = cells.get(factors.get(f)).strip();
                if (level.isEmpty()) {
                    problems.add(where + "column '" + columns.factors().get(f) + "' is empty");
                }
                levels.put(columns.factors().get(f), level);
            }
            String raw = cells.get(value).strip();
            if (raw.isEmpty() || raw.equalsIgnoreCase("NA")) {
                b.exclude(new Exclusion(unit, "line " + (i + 1) + ", " + columns.value(), "missing value",
                        "no value in column '" + columns.value() + "'"));
                continue;
            }
            Double v = number(raw);
            if (v == null) {
                problems.add(where + "column '" + columns.value() + "': '" + raw + "' is not a number");
                continue;
            }
            if (event >= 0 && v < 0) {
                problems.add(where + "column '" + columns.value() + "': survival time " + raw
                        + " is negative (a time to the event is 0 or more)");
                continue;
            }
            boolean censored = false;
            if (event >= 0) {
                Boolean e = event(cells.get(event).strip());
                if (e == null) {
                    problems.add(where + "column '" + columns.event() + "': '" + cells.get(event).strip()
                            + "' is not an event indicator (1/0, true/false, yes/no, event/censored)");
                    continue;
                }
                censored = !e;
            }
            b.add(new Observation(unit, columns.value(), levels, null, v, censored));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return b.build();
    }

    private static int column(List<String> header, String name, String file, List<String> problems) {
        int i = header.indexOf(name);
        if (i < 0) {
            problems.add(file + ":1: no column '" + name + "' (columns: " + String.join(", ", header) + ")");
        }
        return i;
    }

    private static char separator(String header) {
        if (header.indexOf(',') >= 0) {
            return ',';
        }
        return header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    private static Double number(String s) {
        if (!DECIMAL.matcher(s).matches()) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean event(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "event", "dead", "y" -> Boolean.TRUE;
            case "0", "false", "no", "censored", "alive", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Splits one CSV line; quoted fields may contain the separator and doubled quotes. */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
