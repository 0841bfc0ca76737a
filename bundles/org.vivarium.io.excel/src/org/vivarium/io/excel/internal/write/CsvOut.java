package org.vivarium.io.excel.internal.write;

import java.io.IOException;
import java.io.Writer;

/** Writes RFC 4180 CSV: comma separated, fields quoted when they contain a comma, quote or line break. */
public final class CsvOut {

    private final Writer out;

    public CsvOut(Writer out) {
        this.out = out;
    }

    public void row(Iterable<?> cells) throws IOException {
        boolean first = true;
        for (Object c : cells) {
            if (!first) {
                out.write(',');
            }
            first = false;
            field(c == null ? "" : c.toString());
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length()
                        - 1)));
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }
}
