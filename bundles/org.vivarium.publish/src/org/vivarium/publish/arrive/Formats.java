package org.vivarium.publish.arrive;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.vivarium.analysis.result.PValues;

/** Numbers, p-values, ranges and lists as journals print them. */
final class Formats {

    /** The en dash of ranges ("8–10 weeks"). */
    static final String DASH = "\u2013";

    private Formats() {
    }

    /**
     * A p-value as a table cell, as the analyses' own views print it ({@link PValues}): "< 0.001", else the exact
     * value to 2 significant digits (3 where 2 would round to 0.050), "> 0.99" at the top.
     */
    static String pValue(Double p) {
        return PValues.value(p);
    }

    /** "p < 0.001" or "p = 0.034". */
    static String p(Double p) {
        return PValues.format(p);
    }

    /** A number with a fixed number of decimals. */
    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /**
     * Decimals that suit values of this size: 1 for values of 10 and more, 2 from 1, 3 below (e.g. 145.3 s, 0.452 g).
     */
    static int decimalsFor(Collection<Double> values) {
        double max = values.stream().filter(Double::isFinite).mapToDouble(Math::abs).max().orElse(0);
        if (max >= 10) {
            return 1;
        }
        return max >= 1 ? 2 : 3;
    }

    /** A number to 2 decimals without trailing zeros (partial eta squared, Cohen's d: 0.42). */
    static String twoDecimals(double v) {
        return number(v, 2);
    }

    /** "17.3–22.1" or "20.0" when both ends are equal. */
    static String range(double low, double high, int decimals) {
        String a = number(low, decimals);
        String b = number(high, decimals);
        return a.equals(b) ? a : a + DASH + b;
    }

    /** "1 animal", "3 animals". */
    static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular.endsWith("s") ? singular : singular + "s");
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The text, or "" for null (table cells and lists hold no nulls). */
    static String text(String s) {
        return s == null ? "" : s;
    }

    /** The text, or null when it is null or blank. */
    static String given(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A sentence ending with a full stop. */
    static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
