package org.vivarium.io.excel.internal.map;

import java.util.List;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.read.CellRange;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.model.AssayDefinition;

/**
 * Finds the header of a sheet among its first rows: the row (or pair of rows, when a merged group header such as
 * "Immobility (s)" stands over "24 h | 1 wk | 2 wk") whose cells name the most roles and measures. Rows above it
 * (titles, "Session: FST 24 h") are left to {@link Preamble}.
 */
final class HeaderRows {

    /** How far down the header is looked for. */
    static final int SEARCH_ROWS = 30;

    /**
     * The chosen header: 0-based first and last row, and per column the texts to resolve (the combined text first,
     * then the lower row alone, then the upper row alone).
     */
    record Choice(int first, int last, String[][] texts) {
    }

    private final Vocabulary vocabulary;
    private final AssayDefinition assay;
    private final List<CellRange> merges;

    HeaderRows(Vocabulary vocabulary, AssayDefinition assay, List<CellRange> merges) {
        this.vocabulary = vocabulary;
        this.assay = assay;
        this.merges = merges;
    }

    /** The best header; {@code forced} is a 0-based row the mapping fixes, or -1. Null if nothing is recognised. */
    Choice choose(List<SheetRow> rows, int forced) {
        Choice best = null;
        int bestScore = 0;
        int considered = 0;
        for (int i = 0; i < rows.size() && considered < SEARCH_ROWS; i++) {
            SheetRow row = rows.get(i);
            if (forced >= 0 && row.index() != forced) {
                continue;
            }
            considered++;
            if (forced < 0 && Preamble.isPreambleRow(row)) {
                continue;
            }
            SheetRow upper = i > 0 && rows.get(i - 1).index() == row.index() - 1
                    && !Preamble.isPreambleRow(rows.get(i - 1)) ? rows.get(i - 1) : null;
            int width = Math.max(row.width(), upper == null ? 0 : upper.width());
            Choice single = texts(row, null, width);
            int singleScore = score(single);
            int score = singleScore;
            Choice choice = single;
            if (upper != null) {
                Choice pair = texts(row, upper, width);
                int pairScore = score(pair);
                if (pairScore > singleScore) {
                    score = pairScore;
                    choice = pair;
                }
            }
            if (forced >= 0) {
                return choice;
            }
            if (score > bestScore) {
                bestScore = score;
                best = choice;
            }
        }
        return best;
    }

    private Choice texts(SheetRow lower, SheetRow upper, int width) {
        String[][] texts = new String[width][];
        String[] up = upper == null ? null : spread(upper, lower, width);
        for (int c = 0; c < width; c++) {
            String low = text(lower.get(c));
            if (up == null) {
                texts[c] = new String[] {low};
            } else {
                String u = up[c];
                String combined = (u + " " + low).strip();
                texts[c] = low.isEmpty() ? new String[] {u} : new String[] {combined, low};
            }
        }
        return new Choice(upper == null ? lower.index() : upper.index(), lower.index(), texts);
    }

    /**
     * The upper header row with merged cells spread over the columns they cover. Without merge information, a group
     * label also covers the blank cells to its right whose lower header alone names nothing (e.g. "24 h").
     */
    private String[] spread(SheetRow upper, SheetRow lower, int width) {
        String[] up = new String[width];
        for (int c = 0; c < width; c++) {
            up[c] = text(upper.get(c));
        }
        boolean anyMerge = false;
        for (CellRange m : merges) {
            if (m.firstRow() <= upper.index() && m.lastRow() >= upper.index() && m.lastColumn() > m.firstColumn()) {
                anyMerge = true;
                String v = m.firstRow() == upper.index() ? text(upper.get(m.firstColumn())) : "";
                for (int c = m.firstColumn(); c <= Math.min(m.lastColumn(), width - 1); c++) {
                    if (up[c].isEmpty()) {
                        up[c] = v;
                    }
                }
            }
        }
        if (!anyMerge) {
            String group = "";
            for (int c = 0; c < width; c++) {
                if (!up[c].isEmpty()) {
                    group = up[c];
                } else if (!group.isEmpty()) {
                    String low = text(lower.get(c));
                    if (low.isEmpty() || score(low) > 0) {
                        group = "";
                    } else {
                        up[c] = group;
                    }
                }
            }
        }
        return up;
    }

    private int score(Choice choice) {
        int total = 0;
        boolean identity = false;
        for (String[] t : choice.texts()) {
            int best = 0;
            for (String s : t) {
                best = Math.max(best, score(s));
                RoleWords.Match m = RoleWords.of(HeaderText.parse(s).key());
                if (m != null && (m.role() == ColumnRole.ANIMAL || m.role() == ColumnRole.CAGE)) {
                    identity = true;
                }
            }
            total += best;
        }
        return identity ? total : 0;
    }

    /** 2 for a role or measure, 1 for a weak role word, 0 for nothing. */
    private int score(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        HeaderText h = HeaderText.parse(text);
        RoleWords.Match m = RoleWords.of(h.key());
        if (m != null) {
            return m.role() == ColumnRole.IGNORE ? 1 : m.strength();
        }
        return vocabulary.measures(h.key(), null).isEmpty() ? 0 : 2;
    }

    static String text(CellValue v) {
        if (v == null) {
            return "";
        }
        String s = v.asText();
        return s == null ? "" : s.strip();
    }

    /** Used by the resolver to know the assay context. */
    AssayDefinition assay() {
        return assay;
    }
}
