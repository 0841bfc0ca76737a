package org.vivarium.io.excel.internal.plan;

import java.util.Locale;
import java.util.Set;

import org.vivarium.io.excel.internal.read.CellValue;

/**
 * Recognises rows of group statistics mixed into data ("Mean", "SD", "SEM", "Average VEH", "n", or formulas such as
 * =AVERAGE(C2:C9) without an animal), which are skipped rather than imported as animals.
 */
final class SummaryRows {

    private static final Set<String> WORDS = Set.of("mean", "means", "average", "avg", "sd", "stdev", "std",
            "stddev", "sem", "se", "stderr", "n", "count", "median", "total", "sum", "min", "max", "minimum",
            "maximum", "var", "variance", "cv", "ci", "range", "iqr", "mittelwert", "moyenne", "sd:", "summary",
            "statistics", "stats");
    private static final Set<String> PHRASES = Set.of("standard deviation", "standard error", "std dev", "std err",
            "std error", "std deviation", "standard error of the mean", "95 ci", "95pct ci", "confidence interval",
            "group mean", "group average", "mean sd", "mean sem", "mean se");
    private static final Set<String> AGGREGATES = Set.of("AVERAGE", "STDEV", "STDEV.S", "STDEV.P", "STDEVA", "SUM",
            "COUNT", "COUNTA", "MEDIAN", "MIN", "MAX", "VAR", "VAR.S", "VAR.P", "SQRT", "AVERAGEA", "SUBTOTAL",
            "CONFIDENCE", "CONFIDENCE.T", "CONFIDENCE.NORM", "STDEVP", "VARP", "AVERAGEIF", "AVERAGEIFS", "SUMIF");

    private SummaryRows() {
    }

    /** Whether a label names a statistic: "Mean", "SEM:", "Mean ± SEM", "VEH mean", "Standard deviation". */
    static boolean isLabel(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace("±", " ").replace("+/-", " ").replace("%", "pct")
                .replaceAll("[^a-z0-9äöüéâ ]+", " ").strip().replaceAll("\\s+", " ");
        if (t.isEmpty() || t.length() > 40) {
            return false;
        }
        if (PHRASES.contains(t) || PHRASES.contains(t.replace("pct", "").strip())) {
            return true;
        }
        if (t.matches(".*\\d.*") && !t.startsWith("95")) {
            return false;
        }
        String[] words = t.split(" ");
        return WORDS.contains(words[0]) || WORDS.contains(words[words.length - 1])
                || words.length >= 2 && PHRASES.contains(words[0] + " " + words[1]);
    }

    /** Whether a cell holds a formula aggregating other cells (=AVERAGE(...), =STDEV(...)/SQRT(...), ...). */
    static boolean isAggregate(CellValue cell) {
        if (cell == null || cell.formula() == null) {
            return false;
        }
        String f = cell.formula().toUpperCase(Locale.ROOT);
        int open = f.indexOf('(');
        while (open > 0) {
            int start = open;
            while (start > 0 && (Character.isLetterOrDigit(f.charAt(start - 1)) || f.charAt(start - 1) == '.'
                    || f.charAt(start - 1) == '_')) {
                start--;
            }
            String fn = f.substring(start, open).replace("_XLFN.", "");
            if (AGGREGATES.contains(fn)) {
                return true;
            }
            open = f.indexOf('(', open + 1);
        }
        return false;
    }
}
