package org.vivarium.io.excel.internal.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts of .xlsx cells as Excel shows them: characters that XML cannot hold are written as {@code _xHHHH_}
 * ({@code _x0001_}, and {@code _x005F_} for a literal underscore before such a sequence); Excel decodes them, so do we.
 */
final class OoxmlText {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private OoxmlText() {
    }

    static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString();
    }
}
