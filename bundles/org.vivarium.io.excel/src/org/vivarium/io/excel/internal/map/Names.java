package org.vivarium.io.excel.internal.map;

import java.util.Locale;

/**
 * Normalised forms of names for matching headers and cell values: case, spacing and punctuation do not matter
 * ("Animal ID", "ANIMAL.ID", "animal_id" and "AnimalID" all become "animalid").
 */
public final class Names {

    private Names() {
    }

    /** Lower case words separated by single spaces; "%" reads as "pct", "#" as "no", "µ" as "u". */
    public static String words(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String sub = switch (c) {
                case '%' -> "pct";
                case '#' -> "no";
                case 'µ', 'μ' -> "u";
                default -> null;
            };
            if (sub != null) {
                if (!space) {
                    b.append(' ');
                }
                b.append(sub).append(' ');
                space = true;
            } else if (Character.isLetterOrDigit(c)) {
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1)) && !space) {
                    b.append(' '); // camelCase → camel case
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** {@link #words(String)} without spaces: the key for matching. */
    public static String key(String s) {
        return words(s).replace(" ", "");
    }

    /** Text for a message: quoted, at most 40 characters, with the full length when cut. */
    public static String quote(String s) {
        if (s == null) {
            return "''";
        }
        String one = s.replace('\n', ' ').replace('\r', ' ');
        if (one.length() <= 40) {
            return "'" + one + "'";
        }
        return "'" + one.substring(0, 37) + "...' (" + String.format("%,d", s.length()) + " characters)";
    }
}
