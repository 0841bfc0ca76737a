package org.vivarium.analysis.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that a result contains only valid numbers: finite values, finite statistic fields, p-values in [0, 1],
 * finite numeric cells and chart points. Used by the runner to turn garbage into an error result.
 */
public final class ResultChecks {

    private static final int MAX_PROBLEMS = 10;

    private ResultChecks() {
    }

    /** Problems found, each naming where (empty when the result is valid). At most a few are listed. */
    public static List<String> problems(AnalysisResult r) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Double> e : r.values().entrySet()) {
            finite(problems, "value " + e.getKey(), e.getValue());
        }
        for (Statistic s : r.statistics()) {
            String where = "statistic " + s.key();
            finite(problems, where + " statistic", s.statistic());
            finite(problems, where + " df", s.df());
            finite(problems, where + " df2", s.df2());
            probability(problems, where + " p", s.p());
            probability(problems, where + " adjusted p", s.pAdjusted());
            finite(problems, where + " estimate", s.estimate());
            finite(problems, where + " CI lower", s.ciLower());
            finite(problems, where + " CI upper", s.ciUpper());
            finite(problems, where + " effect size", s.effectSize());
        }
        for (ResultTable t : r.tables()) {
            for (int i = 0; i < t.rows().size(); i++) {
                List<Object> row = t.rows().get(i);
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) instanceof Double d) {
                        finite(problems, "table " + t.id() + " row " + (i + 1) + " " + t.columns().get(c).name(), d);
                    }
                }
            }
        }
        for (ChartSpec chart : r.charts()) {
            for (Series s : chart.series()) {
                for (Point p : s.points()) {
                    String where = "chart " + chart.title() + " series " + s.name();
                    finite(problems, where + " x", p.x());
                    finite(problems, where + " y", p.y());
                    finite(problems, where + " error bar", p.low());
                    finite(problems, where + " error bar", p.high());
                }
            }
        }
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    private static void finite(List<String> problems, String where, Double v) {
        if (v != null && !Double.isFinite(v) && problems.size() <= MAX_PROBLEMS) {
            problems.add(where + " is " + v);
        }
    }

    private static void probability(List<String> problems, String where, Double v) {
        finite(problems, where, v);
        if (v != null && Double.isFinite(v) && (v < 0 || v > 1) && problems.size() <= MAX_PROBLEMS) {
            problems.add(where + " is " + v + ", outside [0, 1]");
        }
    }
}
