package org.vivarium.publish.document;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Column widths of a {@link Table} on the page: in proportion to the table's relative widths, but never narrower
 * than the column's widest unbreakable text - the longest word of its header, and its short cells (up to
 * {@value #SHORT} characters, such as "< 0.001", "−0.067 to 0.161" or "40 f, 40 m") whole. The extra width is taken
 * from the columns that have room to spare; only when even the minimum widths do not fit are the widest cut down
 * (and their words broken).
 */
final class ColumnWidths {

    /** Cells up to this many characters are kept on one line. */
    static final int SHORT = 18;

    private ColumnWidths() {
    }

    /**
     * @param measure the width of a text in points; its boolean says whether the text is a header (bold)
     * @param padding horizontal padding of a cell (both sides together)
     */
    static float[] of(Table table, float total, BiFunction<String, Boolean, Float> measure, float padding) {
        int n = table.headers().size();
        float[] want = new float[n];
        float[] min = new float[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            sum += table.widths().isEmpty() ? 1 : Math.max(0, table.widths().get(c));
        }
        float minTotal = 0;
        for (int c = 0; c < n; c++) {
            double rel = table.widths().isEmpty() || sum <= 0 ? 1.0 / n : Math.max(0, table.widths().get(c)) / sum;
            want[c] = (float) (total * rel);
            float m = longestWord(table.headers().get(c), true, measure);
            for (List<String> row : table.rows()) {
                String cell = row.get(c).strip();
                m = Math.max(m, cell.length() <= SHORT ? measure.apply(cell, false) : longestWord(cell, false, measure));
            }
            min[c] = m + padding + 0.5f;
            minTotal += min[c];
        }
        if (minTotal >= total) {
            return capped(min, total);
        }
        float deficit = 0;
        float slack = 0;
        for (int c = 0; c < n; c++) {
            deficit += Math.max(0, min[c] - want[c]);
            slack += Math.max(0, want[c] - min[c]);
        }
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            widths[c] = want[c] < min[c] ? min[c] : want[c] - (slack <= 0 ? 0 : deficit * (want[c] - min[c]) / slack);
        }
        return widths;
    }

    /**
     * Minimum widths that do not fit: the narrow columns keep theirs, the widest are cut to a common cap so that all
     * fit (their words break; a short word elsewhere never does).
     */
    private static float[] capped(float[] min, float total) {
        float low = 0;
        float high = total;
        for (int i = 0; i < 50; i++) {
            float cap = (low + high) / 2;
            float sum = 0;
            for (float m : min) {
                sum += Math.min(m, cap);
            }
            if (sum > total) {
                high = cap;
            } else {
                low = cap;
            }
        }
        float[] widths = new float[min.length];
        float sum = 0;
        for (int c = 0; c < min.length; c++) {
            widths[c] = Math.min(min[c], low);
            sum += widths[c];
        }
        float rest = (total - sum) / min.length;
        for (int c = 0; c < min.length; c++) {
            widths[c] += rest;
        }
        return widths;
    }

    private static float longestWord(String text, boolean header, BiFunction<String, Boolean, Float> measure) {
        float w = 0;
        for (String word : text.split("\\s+")) {
            w = Math.max(w, measure.apply(word, header));
        }
        return w;
    }
}
