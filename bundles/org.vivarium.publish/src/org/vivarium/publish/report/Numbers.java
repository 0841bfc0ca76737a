package org.vivarium.publish.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

import org.vivarium.analysis.result.PValues;

/**
 * Numbers as a journal prints them: p-values as {@link PValues} writes them, estimates to three significant digits
 * (no more than one decimal above 10), a minus sign rather than a hyphen.
 */
final class Numbers {

    static final String MINUS = "\u2212";

    private Numbers() {
    }

    /** "< 0.001", "0.0035", "0.051", "0.32", "> 0.99" (the shared rule of {@link PValues}); "–" for none. */
    static String p(Double p) {
        return p == null || !Double.isFinite(p) ? "\u2013" : PValues.value(p);
    }

    /** An estimate: 472, −57.5, 3.96, 0.0538; "–" for none. */
    static String number(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 1) {
            s = String.format(Locale.ROOT, "%.2f", v);
        } else if (a == 0) {
            s = "0";
        } else {
            s = significant(v, 3);
        }
        return minus(s);
    }

    /** A count or other whole number with thousands separators: 1,832. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "−78.6 to −36.5", "−0.067 to 0.161": both ends with the decimals the larger one gets from {@link #number}. */
    static String interval(Double low, Double high) {
        if (low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high)) {
            return "\u2013";
        }
        double a = Math.max(Math.abs(low), Math.abs(high));
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a == 0 ? 0
                : 2 - (int) Math.floor(Math.log10(a));
        String format = "%." + decimals + "f";
        return minus(String.format(Locale.ROOT, format, low)) + " to " + minus(String.format(Locale.ROOT, format,
                high));
    }

    /** Degrees of freedom: whole numbers without decimals (377), others to three significant digits (12.4). */
    static String df(double df) {
        return df == Math.rint(df) ? count((long) df) : number(df);
    }

    private static String significant(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP)).toPlainString();
    }

    private static String minus(String s) {
        return s.startsWith("-") ? s.matches("-0(\\.0*)?") ? s.substring(1) : MINUS + s.substring(1) : s;
    }
}
