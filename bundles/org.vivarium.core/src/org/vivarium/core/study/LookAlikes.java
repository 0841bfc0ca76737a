package org.vivarium.core.study;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names that look the same but are different text: an animal "A1", a Cyrillic "А1" and "A1" followed by a zero-width
 * space are three animals to a computer and one to a person. Identifiers (animals, cages, cohorts, arms) must not hold
 * invisible characters, and two of them must not differ only by look-alike characters.
 * <p>
 * The skeleton of a name ({@link #skeleton}) is what a person sees: compatibility-normalised (NFKC: full-width digits
 * and letters, ligatures), without invisible characters, with Cyrillic and Greek letters that look like Latin ones
 * replaced by those, and in lower case. Two names with the same skeleton but different text are look-alikes.
 */
public final class LookAlikes {

    /** Cyrillic and Greek letters drawn like Latin ones, and the Latin letter each looks like (same index). */
    private static final String FOREIGN = "АВЕЗІЈКМНОРСТУХаеіјорсуххѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοριυνκτ";
    private static final String LATIN = "ABE3IJKMHOPCTYXaeijopcyxxsdqwABEZHIKMNOPTYXaopiuvkt";

    private LookAlikes() {
    }

    /** Why a name may not be used ("contains an invisible character U+200B ZERO WIDTH SPACE"), or null. */
    public static String problem(String name) {
        if (name == null) {
            return null;
        }
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (invisible(c)) {
                return "contains " + (Character.isISOControl(c) ? "a control character " : "an invisible character ")
                        + describe(c);
            }
        }
        return null;
    }

    /** What a person sees of a name (see the class comment). */
    public static String skeleton(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i = n.offsetByCodePoints(i, 1)) {
            int c = n.codePointAt(i);
            if (invisible(c)) {
                continue;
            }
            int k = c < 0x10000 ? FOREIGN.indexOf(c) : -1;
            b.appendCodePoint(k >= 0 ? LATIN.charAt(k) : c);
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * When two different names look the same: a phrase naming the characters that make the difference, e.g.
     * "U+0410 CYRILLIC CAPITAL LETTER A"; null when they are the same text or look different.
     */
    public static String confusion(String a, String b) {
        if (a == null || b == null || a.equals(b) || !skeleton(a).equals(skeleton(b))) {
            return null;
        }
        for (String s : new String[] { a, b }) {
            for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
                int c = s.codePointAt(i);
                if (c > 0x7E || invisible(c)) {
                    return describe(c);
                }
            }
        }
        return "letter case";
    }

    /** The name with its invisible characters shown as {@code <U+200B>}, for messages. */
    public static String visible(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (invisible(c)) {
                b.append(String.format("<U+%04X>", c));
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && c != ' ');
    }

    static String describe(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " " + name);
    }
}
