package org.vivarium.io.excel.internal.read;

/** Characters a study file (XML 1.0) cannot hold, found before anything is planned from a text. */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * "contains a control character U+0001 ..." for a text with a character a study file cannot store (a control
     * character other than tab and line breaks, U+FFFE/U+FFFF, or half of a surrogate pair); null if there is none.
     */
    public static String find(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\uFFFE'
                    || c == '\uFFFF') {
                return String.format("contains a control character U+%04X, which a study file cannot hold; delete it",
                        (int) c);
            }
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) : !Character.isLowSurrogate(c);
            if (!paired) {
                return String.format("contains half of a character (U+%04X without its other half), which a study "
                        + "file cannot hold; delete it", (int) c);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return null;
    }
}
