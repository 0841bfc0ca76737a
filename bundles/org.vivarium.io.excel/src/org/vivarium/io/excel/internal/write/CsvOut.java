package org.vivarium.io.excel.internal.write;

import java.io.IOException;
import java.io.Writer;

import org.vivarium.core.study.CsvFormulas;
import org.vivarium.io.excel.internal.read.Numbers;

/**
 * Writes RFC 4180 CSV: comma separated, fields quoted when they contain a comma, quote or line break. Numbers
 * ({@link Double}) are written exactly (they read back as the same double); text that a spreadsheet would run as a
 * formula gets a leading apostrophe ({@link CsvFormulas}).
 */
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
            field(text(c));
        }
        out.write("\r\n");
    }

    /** A cell as CSV text: numbers exactly, text neutralised, null as an empty field. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof Double d ? Numbers.exact(d) : CsvFormulas.neutralise(cell.toString());
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
