package org.vivarium.core.entry;

import org.vivarium.core.study.Labels;
import org.vivarium.core.validation.ValueRules;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;

/**
 * Values as technicians type them into a sheet, and back. A number ({@code 123.5}, also with a decimal comma
 * {@code 123,5}); a trailing {@code +} or a leading {@code >} or {@code ≥} marks a censored value ({@code 600+});
 * a value at the measure's censoring cutoff is censored by itself. Empty text clears a cell. Each value is checked
 * with {@link ValueRules}, so the messages are those of validation and import.
 */
public final class EntryText {

    /**
     * What a text means for a measure.
     *
     * @param empty    the text was blank: clear the cell
     * @param value    the number (NaN when empty or not a number)
     * @param censored whether the value is to be recorded as censored
     * @param problem  why the text cannot be recorded, or null
     */
    public record Parsed(boolean empty, double value, boolean censored, String problem) {

        public boolean isValid() {
            return problem == null;
        }
    }

    private EntryText() {
    }

    /** Parses and checks a typed or pasted text against its measure. */
    public static Parsed parse(String text, MeasureDefinition measure) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(true, Double.NaN, false, null);
        }
        boolean censored = false;
        if (t.endsWith("+")) {
            censored = true;
            t = t.substring(0, t.length() - 1).strip();
        } else if (t.startsWith(">") || t.startsWith("\u2265")) {
            censored = true;
            t = t.substring(t.startsWith(">=") ? 2 : 1).strip();
        }
        double value;
        try {
            value = Double.parseDouble(t.indexOf(',') >= 0 && t.indexOf('.') < 0 ? t.replace(',', '.') : t);
        } catch (NumberFormatException e) {
            return new Parsed(false, Double.NaN, censored, "'" + text.strip() + "' is not a number");
        }
        censored |= ValueRules.reachesCutoff(measure, value);
        return new Parsed(false, value, censored, ValueRules.check(measure, value, censored));
    }

    /** The text of a recorded value: "123.5", "600+" when censored; "" for none. */
    public static String format(Measurement m) {
        if (m == null) {
            return "";
        }
        return Labels.number(m.getValue()) + (m.isCensored() ? "+" : "");
    }

    /** e.g. "Latency to feed (s)". */
    public static String header(MeasureDefinition m) {
        String label = m.getLabel() == null || m.getLabel().isBlank() ? m.getName() : m.getLabel();
        return m.getUnit() == null || m.getUnit().isBlank() ? label : label + " (" + m.getUnit() + ")";
    }

    /** A short description of a cell's state for a tooltip, or null when there is nothing to say. */
    public static String describe(Measurement m) {
        if (m == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String problem = ValueRules.check(m.getMeasure(), m.getValue(), m.isCensored());
        if (problem != null) {
            b.append("Invalid: ").append(problem);
        }
        if (m.isCensored()) {
            append(b, "Censored: the event did not happen within " + Labels.number(m.getValue())
                    + unit(m.getMeasure()));
        }
        if (m.isExcluded()) {
            append(b, "Excluded: " + (m.getExclusionReason() == null ? "(no reason)" : m.getExclusionReason()));
        }
        if (m.getSource() != null && !m.getSource().isBlank()) {
            append(b, "Source: " + m.getSource());
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static void append(StringBuilder b, String line) {
        if (!b.isEmpty()) {
            b.append('\n');
        }
        b.append(line);
    }

    private static String unit(MeasureDefinition m) {
        return m.getUnit() == null || m.getUnit().isBlank() ? "" : " " + m.getUnit();
    }
}
