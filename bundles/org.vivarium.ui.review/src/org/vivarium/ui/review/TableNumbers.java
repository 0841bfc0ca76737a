package org.vivarium.ui.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers of a statistics table as journals print them: p-values as "&lt; 0.001" or with 2 significant digits (3 when
 * 2 would move them onto or across 0.05), estimates with 3 significant digits, statistics with 2 decimals.
 * p-values follow the shared rule of {@link org.vivarium.analysis.result.PValues}.
 */
final class TableNumbers {

    private TableNumbers() {
    }

    /** e.g. "&lt; 0.001", "0.013", "0.46", "0.0496" (not "0.050"), "&gt; 0.99"; "-" for none. */
    static String format(Double p) {
        return p == null || p.isNaN() ? "-" : org.vivarium.analysis.result.PValues.value(p);
    }

    /** An estimate or interval end: 3 significant digits, whole numbers from 100 on ("-12.3", "0.0457", "1234"). */
    static String estimate(Double v) {
        if (v == null) {
            return "-";
        }
        if (v == 0 || Math.abs(v) >= 100) {
            return Long.toString(Math.round(v));
        }
        return significant(v, 3).toPlainString();
    }

    /** A value of a result table: 4 significant digits, whole numbers from 1000 on ("72.85", "3.397", "0.04571"). */
    static String number(double v) {
        if (v == Math.rint(v) || Math.abs(v) >= 1000) {
            return Long.toString(Math.round(v));
        }
        return significant(v, 4).toPlainString();
    }

    /** A test statistic with 2 decimals ("-7.92", "4.12"), 3 significant digits when smaller than 0.1. */
    static String statistic(Double v) {
        if (v == null) {
            return "-";
        }
        return Math.abs(v) < 0.1 && v != 0 ? significant(v, 3).toPlainString()
                : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Degrees of freedom: whole numbers as such, others (Welch, Greenhouse-Geisser) with 1 decimal. */
    static String df(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) ? Long.toString(v.longValue())
                : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal significant(double v, int digits) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        return BigDecimal.valueOf(v).setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_UP);
    }
}
