package org.vivarium.io.excel.internal.behaviour;

import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ExcelDates;
import org.vivarium.io.excel.internal.read.SheetRow;

/** Numbers of export cells: a decimal point or comma; "-", "#N/A", "NA" and blanks are missing (NaN). */
final class Num {

    private Num() {
    }

    /** The number of a cell, NaN when it is missing; throws with a message when it is text that is no number. */
    static double of(CellValue c) {
        if (c == null) {
            return Double.NaN;
        }
        if (c.kind() == CellValue.Kind.NUMBER) {
            return c.number();
        }
        String t = c.asText().strip();
        if (t.isEmpty() || t.equals("-") || t.equalsIgnoreCase("#N/A") || t.equalsIgnoreCase("NA")
                || t.equalsIgnoreCase("NaN") || c.kind() == CellValue.Kind.ERROR) {
            return Double.NaN;
        }
        return parse(t);
    }

    static double parse(String text) {
        String t = text.strip();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        }
        try {
            if (!t.isEmpty() && (Character.isDigit(t.charAt(t.length() - 1)) || t.endsWith("."))) {
                return Double.parseDouble(t);
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
                + "' is not a number");
    }

    /** A whole number of a cell (e.g. "Number of header lines:" 38), or -1. */
    static int whole(CellValue c) {
        try {
            double d = of(c);
            return d >= 0 && d < 1e6 && d == Math.rint(d) ? (int) d : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** A date cell as text for the plan (a date number as ISO, text as written), or null when blank. */
    static String date(CellValue c) {
        if (c == null) {
            return null;
        }
        if (c.kind() == CellValue.Kind.NUMBER) {
            return datePart(ExcelDates.text(Math.floor(c.number())));
        }
        String t = c.asText().strip();
        return t.isEmpty() ? null : datePart(t);
    }

    /**
     * The date part of a trial's start ("05.12.2026 10:31:09.123" gives "05.12.2026"; an Excel date number its ISO
     * date), for the plan to read - which refuses ambiguous slashed dates rather than guess; null when blank.
     */
    static String datePart(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d+(\\.\\d+)?") && Double.parseDouble(t) > 366) {
            t = ExcelDates.text(Math.floor(Double.parseDouble(t)));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{1,4}([./-])\\d{1,2}\\1\\d{1,4}").matcher(t);
        return m.find() ? m.group() : t;
    }

    /** The text of a row's cell (a number as its shortest text), stripped; null when blank or no column (-1). */
    static String cell(SheetRow r, int column) {
        CellValue v = column < 0 ? null : r.get(column);
        String t = v == null ? null : v.kind() == CellValue.Kind.NUMBER ? text(v.number()) : v.asText().strip();
        return t == null || t.isEmpty() ? null : t;
    }

    /** Shortest text of a number for scoring notes ("120", "0.04"). */
    static String text(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
