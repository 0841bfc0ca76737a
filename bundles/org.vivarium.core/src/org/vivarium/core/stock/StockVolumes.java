package org.vivarium.core.stock;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Volumes in the stock log: kept in mL, rounded to the microlitre (0.001 mL) wherever an amount is stored or summed,
 * compared with a tolerance of half a microlitre, and shown in mL with three decimals (or in uL).
 */
public final class StockVolumes {

    /** Two volumes closer than this (mL) are the same amount: half a microlitre. */
    public static final double TOLERANCE_ML = 0.0005;

    private StockVolumes() {
    }

    /** A volume rounded to the microlitre (0.001 mL). */
    public static double round(double ml) {
        return Math.round(ml * 1000) / 1000.0;
    }

    /** Whether a volume is zero to the microlitre. */
    public static boolean isZero(double ml) {
        return Math.abs(ml) < TOLERANCE_ML;
    }

    /** e.g. "0.250 mL". */
    public static String ml(double ml) {
        return String.format(Locale.ROOT, "%.3f mL", round(ml) + 0.0);
    }

    /** e.g. "0.250" (for tables and CSV). */
    public static String plain(double ml) {
        return String.format(Locale.ROOT, "%.3f", round(ml) + 0.0);
    }

    /** e.g. "2026-03-02 09:04" ("" for null). */
    public static String time(LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
    }

    /** e.g. "250 uL". */
    public static String microlitres(double ml) {
        return Math.round(ml * 1000) + " uL";
    }
}
