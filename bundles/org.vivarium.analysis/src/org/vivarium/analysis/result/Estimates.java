package org.vivarium.analysis.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Estimates, statistics and confidence intervals for text, tables and figures, with the digits that suit the value:
 * 3 significant digits ({@code 12.3}, {@code -0.0457}, {@code 1.20}), but never fewer than all integer digits
 * ({@code 1234}, {@code -15012}); below 0.001 in magnitude (and not 0) in scientific notation ({@code 4.57e-5}).
 * An interval has both ends with the same decimals ({@link #interval(double, double, double)}). Full precision belongs in JSON, CSV and copies.
 */
public final class Estimates {

    /** Significant digits of {@link #format(Double)}. */
    public static final int DIGITS = 3;

    private Estimates() {
    }

    /** e.g. 12.3456 -> "12.3", -0.045678 -> "-0.0457", 1234.56 -> "1235", 0 -> "0"; "n/a" for null or not finite. */
    public static String format(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "n/a";
        }
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) < 0.001) {
            return String.format(java.util.Locale.ROOT, "%." + (DIGITS - 1) + "e", v).replaceAll("e([+-])0*(\\d)",
                    "e$1$2").replace("e+", "e");
        }
        return fixed(v, decimals(v));
    }

    /**
     * The number of decimals {@link #format(Double)} uses for v (0 for integers of 3 or more digits); for values below
     * 0.001, the decimals of 3 significant digits.
     */
    public static int decimals(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return 0;
        }
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v)));
        int magnitude = d.precision() - d.scale() - 1; // floor(log10 |v|)
        BigDecimal rounded = d.setScale(Math.max(0, DIGITS - 1 - magnitude), RoundingMode.HALF_UP);
        int roundedMagnitude = rounded.precision() - rounded.scale() - 1; // 9.996 -> 10.0: one decimal less
        return Math.max(0, DIGITS - 1 - roundedMagnitude);
    }

    /** v with exactly this many decimals (half-way rounds away from zero), "n/a" for null or not finite. */
    public static String fixed(Double v, int decimals) {
        if (v == null || !Double.isFinite(v)) {
            return "n/a";
        }
        String s = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /**
     * An interval, both ends with the decimals that 3 significant digits give the largest of |estimate|, |lower| and
     * |upper|: estimate 12.3 with [8.912, 15.71] gives {@code [8.9, 15.7]}.
     */
    public static String interval(double lower, double upper, double estimate) {
        int d = decimals(Math.max(Math.abs(estimate), Math.max(Math.abs(lower), Math.abs(upper))));
        return "[" + fixed(lower, d) + ", " + fixed(upper, d) + "]";
    }
}
