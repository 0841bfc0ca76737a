package org.vivarium.core.entry;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of cells as spreadsheets put it on the clipboard: rows separated by line breaks, cells by tabs; a cell in
 * double quotes may contain tabs, line breaks and doubled quotes ({@code "a ""b"""}). A final line break ends the last
 * row and does not start another.
 */
public final class TextBlock {

    private TextBlock() {
    }

    /** The rows of cells of a clipboard text (no rows for an empty text). */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                i++;
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStart = true;
                i++;
                continue;
            } else {
                cell.append(c);
            }
            cellStart = false;
            i++;
        }
        if (!cellStart || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Writes rows of cells as a clipboard text (tabs and line breaks; cells that need it are quoted). */
    public static String format(List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    b.append('\t');
                }
                String v = row.get(c) == null ? "" : row.get(c);
                boolean quote = v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                        || v.startsWith("\"");
                b.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
