package org.vivarium.io.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the merged regions of a worksheet part. They are stored after all the cell data ({@code <mergeCells>} follows
 * {@code </sheetData>}), so rather than parsing the whole sheet a second time this skips the bytes up to the end of
 * the sheet data (markup "&lt;/sheetData&gt;" cannot occur inside cell text, where '&lt;' is always escaped) and reads
 * only the short tail.
 */
final class XlsxMerges {

    private static final int MAX_TAIL = 16 << 20;
    private static final Pattern MERGE = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?mergeCell\\s[^>]*?ref\\s*=\\s*\"([^\"]*)\"");

    private XlsxMerges() {
    }

    static List<CellRange> scan(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        // state: how much of "</" [prefix ":"] "sheetData" has been matched
        byte[] name = "sheetData".getBytes(StandardCharsets.US_ASCII);
        int state = 0; // 0 nothing, 1 '<', 2 '</' or '</prefix:' reading, 3+k matched k chars of name
        int matched = 0;
        boolean found = false;
        int n;
        byte[] rest = null;
        outer:
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (state == 0) {
                    if (b == '<') {
                        state = 1;
                    }
                } else if (state == 1) {
                    state = b == '/' ? 2 : b == '<' ? 1 : 0;
                    matched = 0;
                } else if (state == 2) {
                    if (b == name[matched]) {
                        matched++;
                        if (matched == name.length) {
                            found = true;
                            rest = java.util.Arrays.copyOfRange(buf, i + 1, n);
                            break outer;
                        }
                    } else if (b == ':' ) {
                        matched = 0; // a prefix such as x: precedes the name
                    } else if (Character.isLetterOrDigit(b) || b == '_' || b == '-' || b == '.') {
                        matched = b == name[0] ? 1 : 0;
                    } else {
                        state = b == '<' ? 1 : 0;
                        matched = 0;
                    }
                }
            }
        }
        if (!found) {
            return List.of();
        }
        byte[] tail = in.readNBytes(MAX_TAIL);
        String text = new String(rest, StandardCharsets.UTF_8) + new String(tail, StandardCharsets.UTF_8);
        List<CellRange> merges = new ArrayList<>();
        Matcher m = MERGE.matcher(text);
        while (m.find() && merges.size() < 100_000) {
            CellRange range = CellRange.parse(m.group(1).strip());
            if (range != null) {
                merges.add(range);
            }
        }
        return merges;
    }
}
