package org.vivarium.io.excel.internal.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.io.excel.internal.map.Describe;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.Units;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ControlCharacters;
import org.vivarium.io.excel.internal.read.ExcelDates;
import org.vivarium.io.excel.internal.read.Numbers;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Sex;

/**
 * Reads the values of cells as a lab writes them: numbers stored as text, decimal commas, units after the number
 * ("150 s", "2.5 min"), durations typed as times (2:35 or an Excel time), censored values (">600", "600+"), missing
 * values (NA, n/a, -, empty), yes/no flags, sexes and dates.
 */
final class Cells {

    /** Texts that mean "no value". */
    static final Set<String> MISSING = Set.of("na", "n/a", "n.a.", "nan", "-", "--", "—", "–", ".", "?", "missing",
            "nd", "n.d.", "not done", "#n/a", "none", "null");

    private static final Pattern NUMBER = Pattern.compile("([<>≥≤]=?)?\\s*([-+]?(?:\\d(?:[\\d.,' "
            + "\\u00A0\\u202F]*\\d)?|[.,]\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\+)?\\s*([^\\d\\s].*)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2}(?:[.,]\\d+)?)");

    private final boolean decimalComma;
    private final Set<String> extraMissing;

    Cells(boolean decimalComma, Set<String> extraMissing) {
        this.decimalComma = decimalComma;
        this.extraMissing = extraMissing;
    }

    /** A number read from a cell, in the measure's unit; or why not; or missing. */
    record Num(double value, boolean censored, boolean missing, String problem) {
        static Num problem(String why) {
            return new Num(Double.NaN, false, false, why);
        }
    }

    static final Num MISSING_VALUE = new Num(Double.NaN, false, true, null);

    boolean isMissing(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || MISSING.contains(t) || extraMissing.contains(text.strip());
    }

    /**
     * The number in a cell, converted from {@code unit} (the column's unit, or null for the measure's own) into
     * {@code measureUnit}.
     */
    Num number(CellValue cell, String unit, MeasureDefinition measure) {
        String measureUnit = measure.getUnit();
        if (!cell.hasValue()) {
            return Num.problem("the formula =" + cell.formula() + " has no saved result; open the file in Excel or "
                    + "LibreOffice and save it again");
        }
        switch (cell.kind()) {
            case ERROR -> {
                return cell.text().equalsIgnoreCase("#N/A") ? MISSING_VALUE
                        : Num.problem("the cell shows the Excel error " + cell.text());
            }
            case BOOLEAN -> {
                return Num.problem(cell.text() + " is not a number");
            }
            case NUMBER -> {
                return numeric(cell, unit, measureUnit, measure);
            }
            default -> {
                return text(cell, unit, measureUnit, measure);
            }
        }
    }

    private Num numeric(CellValue cell, String unit, String measureUnit, MeasureDefinition measure) {
        double v = cell.number();
        if (cell.numberFormat() == CellValue.NumberFormat.DATE) {
            return Num.problem("is a date (" + ExcelDates.text(v) + "), not a number");
        }
        if (cell.numberFormat() == CellValue.NumberFormat.TIME) {
            return duration(v * 86400, measureUnit, measure, timeText(v));
        }
        return converted(v, false, unit, measureUnit, measure, cell);
    }

    private Num text(CellValue cell, String unit, String measureUnit, MeasureDefinition measure) {
        String raw = cell.text().strip();
        if (isMissing(raw)) {
            return MISSING_VALUE;
        }
        Matcher clock = CLOCK.matcher(raw);
        if (clock.matches()) {
            if (Double.parseDouble(clock.group(3).replace(',', '.')) >= 60
                    || clock.group(1) != null && Integer.parseInt(clock.group(2)) >= 60) {
                return Num.problem(Names.quote(raw) + " is not a time: " + (clock.group(1) == null ? "" : "minutes or ")
                        + "seconds above 59");
            }
            double h = clock.group(1) == null ? 0 : Double.parseDouble(clock.group(1));
            double seconds = h * 3600 + Double.parseDouble(clock.group(2)) * 60
                    + Double.parseDouble(clock.group(3).replace(',', '.'));
            return duration(seconds, measureUnit, measure, raw);
        }
        Matcher m = NUMBER.matcher(raw);
        if (!m.matches() || m.group(2).isEmpty() || !m.group(2).matches(".*\\d.*")) {
            return Num.problem(Names.quote(cell.text()) + " is not a number");
        }
        String censor = m.group(1);
        if (censor != null && censor.startsWith("<")) {
            return Num.problem(Names.quote(raw) + " is a value below a limit, which Vivarium cannot store; enter the "
                    + "value");
        }
        boolean censored = censor != null || m.group(3) != null;
        String suffix = m.group(4) == null ? null : m.group(4).strip();
        if (suffix != null && !suffix.isEmpty()) {
            if (Units.of(suffix) == null) {
                return Num.problem(Names.quote(cell.text()) + " is not a number");
            }
            unit = suffix;
        }
        NumberText.Read read = NumberText.read(m.group(2), decimalComma);
        if (read.problem() != null) {
            return Num.problem(read.problem());
        }
        double v = read.value();
        return converted(v, censored, unit, measureUnit, measure, cell);
    }

    /** The number a text holds (see {@link NumberText}); null when it is not one or is ambiguous. */
    Double parse(String s) {
        NumberText.Read r = NumberText.read(s, decimalComma);
        return r.problem() == null ? r.value() : null;
    }

    private static Num converted(double v, boolean censored, String unit, String measureUnit,
            MeasureDefinition measure, CellValue cell) {
        if (unit == null) {
            return new Num(v, censored, false, null);
        }
        double f = Units.factor(unit, measureUnit);
        if (Double.isNaN(f)) {
            return Num.problem(Names.quote(cell.asText().strip()) + " is in " + unit + ", but "
                    + Describe.measure(measure) + " is measured in " + measureUnit);
        }
        return new Num(v * f, censored, false, null);
    }

    private static Num duration(double seconds, String measureUnit, MeasureDefinition measure, String shown) {
        double f = Units.factor("s", measureUnit);
        if (measureUnit == null || Double.isNaN(f)) {
            return Num.problem("is a time (" + shown + "), but " + Describe.measure(measure) + " is measured in "
                    + measureUnit);
        }
        return new Num(seconds * f, false, false, null);
    }

    private static String timeText(double days) {
        long s = Math.round(days * 86400);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** See {@link ControlCharacters#find(String)}. */
    static String controlCharacter(String text) {
        return ControlCharacters.find(text);
    }

    /** Yes/no: null when the text says neither. */
    static Boolean flag(CellValue cell) {
        if (cell.kind() == CellValue.Kind.BOOLEAN) {
            return cell.text().equals("TRUE");
        }
        String t = cell.asText().strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "yes", "y", "true", "1", "x", "censored", "excluded", "ja", "oui", "si", "✓" -> true;
            case "no", "n", "false", "0", "", "-", "nein", "non" -> false;
            default -> null;
        };
    }

    /** The sex a text names, or null. */
    static Sex sex(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "f", "female", "fem", "w", "♀", "weiblich", "femelle", "hembra" -> Sex.FEMALE;
            case "m", "male", "♂", "männlich", "mâle", "macho" -> Sex.MALE;
            case "mixed", "both" -> Sex.MIXED;
            case "u", "unknown", "?" -> Sex.UNKNOWN;
            default -> null;
        };
    }

    /** A date from a date cell, an Excel date number or text (ISO, dd.mm.yyyy, d/m/yyyy when unambiguous). */
    static LocalDateTime date(CellValue cell) throws IllegalArgumentException {
        LocalDateTime d = readDate(cell);
        return cell.kind() == CellValue.Kind.NUMBER ? d : ExcelDates.checked(d, Names.quote(cell.asText().strip()));
    }

    private static LocalDateTime readDate(CellValue cell) {
        if (cell.kind() == CellValue.Kind.NUMBER) {
            double v = cell.number();
            if (cell.numberFormat() == CellValue.NumberFormat.DATE || v > 366 && v < 200_000) {
                return ExcelDates.of(v);
            }
            throw new IllegalArgumentException(Numbers.format(v) + " is not a date");
        }
        String t = cell.asText().strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                return LocalDate.parse(pad(t.split("-"))).atStartOfDay();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                String iso = t.replace(' ', 'T');
                return LocalDateTime.parse(iso.length() == 15 ? iso.substring(0, 11) + "0" + iso.substring(11) : iso);
            }
            if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                return LocalDate.parse(pad(t.split("/"))).atStartOfDay();
            }
            Matcher m = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})").matcher(t);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int y = Integer.parseInt(m.group(4));
                if (m.group(2).equals(".") || a > 12) {
                    return LocalDate.of(y, b, a).atStartOfDay();
                }
                if (b > 12) {
                    return LocalDate.of(y, a, b).atStartOfDay();
                }
                throw new IllegalArgumentException(Names.quote(t) + " is ambiguous (day/month or month/day?); write "
                        + "the date as " + y + "-MM-DD");
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(Names.quote(t) + " is not a valid date");
        }
        throw new IllegalArgumentException(Names.quote(t) + " is not a date (write it as 2026-03-01)");
    }

    private static String pad(String[] p) {
        return p[0] + "-" + (p[1].length() == 1 ? "0" + p[1] : p[1]) + "-" + (p[2].length() == 1 ? "0" + p[2] : p[2]);
    }
}
