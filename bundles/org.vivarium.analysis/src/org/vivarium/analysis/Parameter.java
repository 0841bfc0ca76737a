package org.vivarium.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A parameter an {@link Analysis} takes, e.g. the grouping factor or the significance level. Values are passed as
 * text (from a dialog, a command line or a saved result) and read typed through {@link Parameters}.
 *
 * @param name stable machine name, e.g. {@code group}; users' scripts use it (CLI: {@code --param name=value})
 * @param label label shown to people
 * @param type how the value is interpreted and offered
 * @param defaultValue the value used when none is given (may be empty: no default)
 * @param choices the allowed values of a {@link Type#CHOICE} parameter, else empty
 * @param description one or two sentences for tooltips and help
 */
public record Parameter(String name, String label, Type type, String defaultValue, List<String> choices,
        String description) {

    /** Parameter types. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A number, e.g. alpha = 0.05. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** One of {@link Parameter#choices()}. */
        CHOICE,
        /** The name of a factor of the dataset (e.g. arm, sex, time, Ketamine). */
        FACTOR,
        /** A level of a factor (e.g. the control arm). */
        LEVEL,
        /** The name of a measure of the dataset. */
        MEASURE
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        label = label == null ? name : label;
        Objects.requireNonNull(type, "type");
        defaultValue = defaultValue == null ? "" : defaultValue;
        choices = List.copyOf(choices);
        description = description == null ? "" : description;
    }

    public static Parameter factor(String name, String label, String defaultValue, String description) {
        return new Parameter(name, label, Type.FACTOR, defaultValue, List.of(), description);
    }

    /** A number parameter; its default is written as people write numbers (a whole number as "2000"). */
    public static Parameter number(String name, String label, double defaultValue, String description) {
        return new Parameter(name, label, Type.NUMBER, text(defaultValue), List.of(), description);
    }

    /** A number as people write it: "2000", "20260301", "0.05", "0.0000001" (never "2000.0" or "2.0260301E7"). */
    private static String text(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static Parameter flag(String name, String label, boolean defaultValue, String description) {
        return new Parameter(name, label, Type.BOOLEAN, Boolean.toString(defaultValue), List.of(), description);
    }

    public static Parameter choice(String name, String label, List<String> choices, String description) {
        return new Parameter(name, label, Type.CHOICE, choices.get(0), choices, description);
    }

    public static Parameter level(String name, String label, String description) {
        return new Parameter(name, label, Type.LEVEL, "", List.of(), description);
    }

    public static Parameter measure() {
        return new Parameter("measure", "Measure", Type.MEASURE, "", List.of(),
                "The measure to analyse; default: the dataset's primary measure.");
    }
}
