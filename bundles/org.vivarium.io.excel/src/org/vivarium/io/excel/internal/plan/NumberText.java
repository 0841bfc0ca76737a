package org.vivarium.io.excel.internal.plan;

import org.vivarium.io.excel.internal.map.Names;

/**
 * Reads the digits of a number typed as text, accepting it only when it has one reading. The decimal separator is
 * '.' or ',' (a file with semicolons uses decimal commas); thousands separators (the other one of '.' and ',', a space,
 * a no-break space or an apostrophe) must separate groups of three digits after a first group of one to three (no
 * leading zero). "1.5.5" is not a number (two decimal points); "1,234" (or "1.234" in a file with decimal commas) could
 * be either a thousands separator or a decimal one and is refused as ambiguous.
 */
final class NumberText {

    /** A number, or why the text is not one. */
    record Read(double value, String problem) {
        static Read problem(String why) {
            return new Read(Double.NaN, why);
        }
    }

    private NumberText() {
    }

    /** {@code s}: an optional sign, digits and separators, an optional exponent (as matched by Cells' pattern). */
    static Read read(String s, boolean decimalComma) {
        String t = s;
        String sign = "";
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            sign = t.substring(0, 1);
            t = t.substring(1);
        }
        String exponent = "";
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        if (e >= 0) {
            exponent = t.substring(e);
            t = t.substring(0, e);
        }
        int dots = count(t, '.');
        int commas = count(t, ',');
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
        } else if (dots > 0 || commas > 0) {
            char only = dots > 0 ? '.' : ',';
            String integer = t.substring(0, t.indexOf(only));
            if ((dots > 1 || commas > 1) && grouped(t.replace(only, ' '))) {
                decimal = 0; // "1,234,567": thousands separators only
            } else if (dots > 1 || commas > 1) {
                return Read.problem(notANumber(s, only));
            } else if (only == (decimalComma ? '.' : ',') && grouped(t.replace(only, ' '))
                    && !integer.isEmpty() && integer.chars().allMatch(Character::isDigit)) {
                return Read.problem(Names.quote(s) + " is ambiguous: write " + t.replace(String.valueOf(only), "")
                        + " or " + (decimalComma ? t.replace('.', ',') : t.replace(',', '.'))
                        + " (thousands separators and decimal " + (decimalComma ? "points" : "commas")
                        + " cannot be told apart)");
            } else {
                decimal = only;
            }
        } else {
            decimal = 0;
        }
        String integer = t;
        String fraction = "";
        if (decimal != 0) {
            int at = t.lastIndexOf(decimal);
            if (t.indexOf(decimal) != at) {
                return Read.problem(notANumber(s, decimal));
            }
            integer = t.substring(0, at);
            fraction = t.substring(at + 1);
            if (!fraction.chars().allMatch(Character::isDigit)) {
                return Read.problem(Names.quote(s) + " is not a number: separators after the decimal "
                        + (decimal == '.' ? "point" : "comma"));
            }
        }
        String digits = integer;
        if (!integer.chars().allMatch(Character::isDigit)) {
            if (!grouped(integer.replace('.', ' ').replace(',', ' '))) {
                return Read.problem(Names.quote(s) + " is not a number: thousands separators must separate groups of "
                        + "three digits (e.g. " + (decimalComma ? "12.345,6" : "12,345.6") + ")");
            }
            digits = integer.replaceAll("\\D", "");
        }
        try {
            double v = Double.parseDouble(sign + digits + "." + fraction + exponent);
            if (Double.isInfinite(v)) {
                return Read.problem(Names.quote(s) + " is not a number: too large");
            }
            return new Read(v, null);
        } catch (NumberFormatException x) {
            return Read.problem(Names.quote(s) + " is not a number");
        }
    }

    private static String notANumber(String s, char decimal) {
        return Names.quote(s) + " is not a number: more than one decimal " + (decimal == '.' ? "point" : "comma");
    }

    /**
     * Whether digits separated by single spaces, no-break spaces or apostrophes form thousands groups: a first group
     * of 1-3 digits not starting with 0, then groups of exactly 3 (at least one separator).
     */
    private static boolean grouped(String s) {
        String[] groups = s.split("[ \u00A0\u202F']", -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
            return false;
        }
        for (String g : groups) {
            if (!g.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
