package org.vivarium.core.study;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * The order in which people sort identifiers: runs of digits compare as numbers, so "A-2" comes before "A-10".
 * Part of allocation algorithm version 1, fully specified: both strings are split into maximal runs of ASCII digits
 * and of other characters; runs are compared pairwise from the left: two digit runs by their numeric value, other
 * pairs by {@link String#compareTo} (UTF-16 code units; a digit run is compared as text against a non-digit run);
 * a string that runs out of runs first comes first. When all runs tie ("A-02" and "A-2"), the shorter digit run first,
 * then plain {@link String#compareTo}. Null sorts as the empty string.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        int i = 0;
        int j = 0;
        int lengthTie = 0;
        while (i < x.length() && j < y.length()) {
            int ei = end(x, i);
            int ej = end(y, j);
            String rx = x.substring(i, ei);
            String ry = y.substring(j, ej);
            int c;
            if (isDigit(x.charAt(i)) && isDigit(y.charAt(j))) {
                c = new BigInteger(rx).compareTo(new BigInteger(ry));
                if (c == 0 && lengthTie == 0) {
                    lengthTie = Integer.compare(rx.length(), ry.length());
                }
            } else {
                c = rx.compareTo(ry);
            }
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        if (i < x.length() || j < y.length()) {
            return i < x.length() ? 1 : -1;
        }
        return lengthTie != 0 ? lengthTie : x.compareTo(y);
    }

    private static int end(String s, int from) {
        boolean digits = isDigit(s.charAt(from));
        int k = from + 1;
        while (k < s.length() && isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
