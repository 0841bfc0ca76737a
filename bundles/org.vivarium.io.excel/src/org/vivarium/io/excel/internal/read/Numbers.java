package org.vivarium.io.excel.internal.read;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as text, the way a spreadsheet shows them: 2, 10.2, 0.125 (at most 15 significant digits). */
public final class Numbers {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private Numbers() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The shortest text that reads back as exactly the same double (for exports). */
    public static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
