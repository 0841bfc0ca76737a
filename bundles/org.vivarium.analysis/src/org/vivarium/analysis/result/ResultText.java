package org.vivarium.analysis.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.core.study.CsvFormulas;

/**
 * Plain-text and CSV renderings of a result, for the command line, logs and reports. The text rounds p-values as
 * journals do ({@link PValues}); the CSV (like the command line's JSON) keeps full precision.
 */
public final class ResultText {

    /** Up to this many statistics are printed before the tables (the headline); more come after them. */
    private static final int FEW_STATISTICS = 6;

    private ResultText() {
    }

    /** A number with 6 significant digits ({@code <1e-16} style for tiny p-values is left to callers). */
    public static String number(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e9) {
                return Long.toString(d.longValue());
            }
            String s = String.format(Locale.ROOT, "%.6g", d);
            if (s.contains("e")) {
                return s;
            }
            s = s.contains(".") ? s.replaceAll("0+$", "") : s;
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return v.toString();
    }

    /**
     * The whole result as aligned text: title, statistics (after the tables when there are many), tables, notes,
     * charts (by title).
     */
    public static String text(AnalysisResult r) {
        StringBuilder b = new StringBuilder();
        if (!r.isOk()) {
            b.append(r.analysisId()).append(": ").append(r.status().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(r.message()).append('\n');
            r.notes().forEach(n -> b.append("  ").append(n.text()).append('\n'));
            return b.toString();
        }
        b.append(r.title()).append('\n').append("=".repeat(Math.min(100, r.title().length()))).append('\n');
        boolean few = r.statistics().size() <= FEW_STATISTICS;
        if (few) {
            statistics(b, r);
        }
        for (ResultTable t : r.tables()) {
            b.append('\n').append(t.title()).append('\n').append(table(t));
        }
        if (!few) {
            statistics(b, r);
        }
        if (!r.notes().isEmpty()) {
            b.append('\n');
            for (Note n : r.notes()) {
                b.append("- ").append(n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(": ")
                        .append(n.text()).append('\n');
            }
        }
        if (!r.charts().isEmpty()) {
            b.append('\n').append("charts: ");
            b.append(String.join("; ", r.charts().stream().map(c -> c.title() + " (" + c.kind() + ")").toList()));
            b.append('\n');
        }
        return b.toString();
    }

    private static void statistics(StringBuilder b, AnalysisResult r) {
        if (!r.statistics().isEmpty()) {
            b.append('\n');
            for (Statistic s : r.statistics()) {
                b.append(statistic(s)).append('\n');
            }
        }
    }

    /**
     * One line: {@code F(arm): F(3, 36) = 4.12, p = 0.013, partial eta squared = 0.256  (One-way ANOVA)}, led by the
     * statistic's {@link Statistic#label() label}; p-values as journals print them ({@link PValues}).
     */
    public static String statistic(Statistic s) {
        StringBuilder b = new StringBuilder(s.label()).append(": ");
        List<String> parts = new ArrayList<>();
        if (s.statistic() != null) {
            String df = s.df() == null ? "" : "(" + number(s.df()) + (s.df2() == null ? "" : ", " + number(s.df2()))
                    + ")";
            parts.add(s.statisticName() + df + " = " + number(s.statistic()));
        }
        if (s.p() != null) {
            parts.add(PValues.format(s.p()));
        }
        if (s.pAdjusted() != null) {
            parts.add(PValues.format(s.pAdjusted()).replaceFirst("^p", "p (" + s.adjustment() + ")"));
        }
        if (s.estimate() != null) {
            String ci = s.ciLevel() == null ? "" : String.format(Locale.ROOT, " [%s CI %s, %s]",
                    number(s.ciLevel() * 100) + "%", number(s.ciLower()), number(s.ciUpper()));
            parts.add(s.estimateName() + " = " + number(s.estimate()) + ci);
        }
        if (s.effectSize() != null) {
            parts.add(s.effectSizeName() + " = " + number(s.effectSize()));
        }
        return b.append(String.join(", ", parts)).append("  (").append(s.test()).append(')').toString();
    }

    /** A table with aligned columns; p-value columns as journals print them ({@link PValues#value(Double)}). */
    public static String table(ResultTable t) {
        int n = t.columns().size();
        int[] width = new int[n];
        List<String[]> cells = new ArrayList<>();
        String[] head = new String[n];
        for (int c = 0; c < n; c++) {
            Column col = t.columns().get(c);
            head[c] = col.unit().isEmpty() ? col.label() : col.label() + " (" + col.unit() + ")";
        }
        cells.add(head);
        for (List<Object> row : t.rows()) {
            String[] r = new String[n];
            for (int c = 0; c < n; c++) {
                Object v = row.get(c);
                r[c] = t.columns().get(c).type() == Column.Type.P_VALUE && v instanceof Double p ? PValues.value(p)
                        : number(v);
            }
            cells.add(r);
        }
        for (String[] r : cells) {
            for (int c = 0; c < n; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : cells) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < n; c++) {
                boolean text = t.columns().get(c).type() == Column.Type.TEXT;
                line.append(text ? pad(r[c], width[c], false) : pad(r[c], width[c], true));
                line.append(c + 1 < n ? "  " : "");
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /**
     * All tables as CSV (machine names in the header; full precision), separated by a blank line; text that a
     * spreadsheet would run as a formula (a group named "=HYPERLINK(...)") gets a leading apostrophe, numbers never.
     */
    public static String csv(AnalysisResult r) {
        StringBuilder b = new StringBuilder();
        for (ResultTable t : r.tables()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append("# ").append(t.id()).append(": ").append(t.title()).append('\n');
            b.append(String.join(",", t.columns().stream().map(c -> csvCell(CsvFormulas.neutralise(c.name())))
                    .toList())).append('\n');
            for (List<Object> row : t.rows()) {
                b.append(String.join(",", row.stream().map(v -> v == null ? "" : v instanceof Number n
                        ? csvCell(n.toString()) : csvCell(CsvFormulas.neutralise(v.toString()))).toList()))
                        .append('\n');
            }
        }
        if (!r.values().isEmpty()) {
            b.append(b.length() > 0 ? "\n" : "").append("# values\nname,value\n");
            for (Map.Entry<String, Double> e : r.values().entrySet()) {
                b.append(csvCell(CsvFormulas.neutralise(e.getKey()))).append(',').append(e.getValue()).append('\n');
            }
        }
        return b.toString();
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
