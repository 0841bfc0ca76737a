package org.vivarium.analysis.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * p-values as journals print them (APA / most biomedical journals). The rule:
 * <ul>
 * <li>p &lt; 0.001: {@code p < 0.001} (no exact value: it would only suggest a precision the test does not
 * have);</li>
 * <li>p &gt; 0.99: {@code p > 0.99};</li>
 * <li>otherwise the exact p to 2 significant digits, trailing zeros kept ({@code p = 0.042}, {@code p = 0.12},
 * {@code p = 0.10}, {@code p = 0.0012}), except where 2 digits would round to 0.050 from either side (0.0495 &lt;= p
 * &lt; 0.0505, p not exactly 0.05): then 3 significant digits ({@code p = 0.0496}, {@code p = 0.0504}), so that the
 * printed p is never on the wrong side of the usual significance level.</li>
 * </ul>
 * Half-way cases round up. Full precision belongs in JSON, CSV and copies; this is for text, tables and figures.
 */
public final class PValues {

    /** Below this p is printed as {@code < 0.001}. */
    public static final double SMALLEST_EXACT = 0.001;
    /** Above this p is printed as {@code > 0.99}. */
    public static final double LARGEST_EXACT = 0.99;

    private PValues() {
    }

    /** {@code p < 0.001}, {@code p = 0.042}, {@code p > 0.99}; {@code p = n/a} for null or NaN. */
    public static String format(Double p) {
        String v = value(p);
        return v.startsWith("<") || v.startsWith(">") ? "p " + v : "p = " + v;
    }

    /**
     * The value alone, for a table column headed "p": {@code < 0.001}, {@code 0.042}, {@code > 0.99}, or
     * {@code n/a} for null or NaN.
     *
     * @throws IllegalArgumentException for a p outside [0, 1]
     */
    public static String value(Double p) {
        if (p == null || p.isNaN()) {
            return "n/a";
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("not a p-value: " + p);
        }
        if (p < SMALLEST_EXACT) {
            return "< 0.001";
        }
        if (p > LARGEST_EXACT) {
            return "> 0.99";
        }
        int digits = p >= 0.0495 && p < 0.0505 && p != 0.05 ? 3 : 2;
        return significant(p, digits);
    }

    /** v to this many significant digits, plain (no exponent), trailing zeros kept. */
    static String significant(double v, int digits) {
        BigDecimal d = new BigDecimal(Double.toString(v)).round(new MathContext(digits, RoundingMode.HALF_UP));
        if (d.signum() != 0 && d.precision() < digits) {
            d = d.setScale(d.scale() + digits - d.precision());
        }
        return d.toPlainString();
    }
}
