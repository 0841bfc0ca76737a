package org.vivarium.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parameter values of one run, as text, with typed access. Immutable. */
public final class Parameters {

    private static final Parameters NONE = new Parameters(Map.of());

    private final Map<String, String> values;

    private Parameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Parameters none() {
        return NONE;
    }

    /** From name/value pairs: {@code Parameters.of("group", "arm", "alpha", "0.05")}. */
    public static Parameters of(String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return new Parameters(m);
    }

    public static Parameters of(Map<String, String> values) {
        return new Parameters(values);
    }

    /**
     * These values completed with the defaults of the given parameters.
     *
     * @throws AnalysisException naming an unknown parameter, a value that is not a number or boolean, or a choice
     *         that is not allowed
     */
    public Parameters complete(List<Parameter> declared) throws AnalysisException {
        Map<String, String> m = new LinkedHashMap<>();
        for (Parameter p : declared) {
            m.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            Parameter p = declared.stream().filter(d -> d.name().equals(e.getKey())).findFirst().orElseThrow(
                    () -> new AnalysisException("unknown parameter '" + e.getKey() + "' (parameters: "
                            + declared.stream().map(Parameter::name).toList() + ")"));
            check(p, e.getValue());
            m.put(p.name(), e.getValue());
        }
        return new Parameters(m);
    }

    private static void check(Parameter p, String v) throws AnalysisException {
        switch (p.type()) {
            case NUMBER -> {
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new AnalysisException("parameter " + p.name() + " must be a number, not '" + v + "'");
                }
            }
            case BOOLEAN -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw new AnalysisException("parameter " + p.name() + " must be true or false, not '" + v + "'");
                }
            }
            case CHOICE -> {
                if (!p.choices().contains(v)) {
                    throw new AnalysisException("parameter " + p.name() + " must be one of " + p.choices() + ", not '"
                            + v + "'");
                }
            }
            default -> {
                // text, factor, level and measure names are checked by the analysis against its data
            }
        }
    }

    /** The value as text ("" when neither given nor defaulted). */
    public String text(String name) {
        return values.getOrDefault(name, "");
    }

    /** The value as text, or the fallback when empty. */
    public String text(String name, String fallback) {
        String v = text(name);
        return v.isBlank() ? fallback : v;
    }

    public double number(String name) {
        return Double.parseDouble(text(name));
    }

    public boolean flag(String name) {
        return text(name).toLowerCase(Locale.ROOT).equals("true");
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
