package org.vivarium.io.excel.internal.read;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Excel date numbers (the 1900 date system) as dates, only where they are real dates: from 1900-03-01 (serial 61;
 * Excel counts a 29 February 1900 that did not exist, serial 60, so every earlier serial is a day off) to 9999-12-31.
 */
public final class ExcelDates {

    /** The first date Vivarium reads, from a date number or from text. */
    public static final LocalDate FIRST = LocalDate.of(1900, 3, 1);
    /** The last date Excel can show. */
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private static final double LAST_SERIAL = 2_958_465; // 9999-12-31

    private ExcelDates() {
    }

    /** The date of an Excel date number; IllegalArgumentException saying why when it is none. */
    public static LocalDateTime of(double serial) {
        String shown = Numbers.format(serial);
        if (Double.isNaN(serial) || Double.isInfinite(serial) || serial < 0) {
            throw new IllegalArgumentException(shown + " is not a date (a negative Excel date number)");
        }
        if (serial >= 60 && serial < 61) {
            throw new IllegalArgumentException(shown + " is not a date (Excel's 29 February 1900, a day that did not "
                    + "exist)");
        }
        if (serial >= LAST_SERIAL + 1) {
            throw new IllegalArgumentException(shown + " is not a date (after " + LAST + ")");
        }
        LocalDateTime d = serial < 61 ? null : DateUtil.getLocalDateTime(serial);
        if (d == null || d.toLocalDate().isBefore(FIRST)) {
            throw new IllegalArgumentException(shown + " is not a date (before " + FIRST + ", where Excel's date "
                    + "numbers are a day off)");
        }
        if (d.toLocalDate().isAfter(LAST)) {
            throw new IllegalArgumentException(shown + " is not a date (after " + LAST + ")");
        }
        return d;
    }

    /** The date as text (without the time when it is midnight), or the number itself when it is not a date. */
    public static String text(double serial) {
        try {
            LocalDateTime d = of(serial);
            return d.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString();
        } catch (IllegalArgumentException e) {
            return Numbers.format(serial);
        }
    }

    /** A date read from text, refused when outside {@link #FIRST}..{@link #LAST}. */
    public static LocalDateTime checked(LocalDateTime d, String shown) {
        if (d.toLocalDate().isBefore(FIRST)) {
            throw new IllegalArgumentException(shown + " is not a date Vivarium reads (before " + FIRST + ")");
        }
        return d;
    }
}
