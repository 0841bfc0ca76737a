package org.vivarium.analysis.stats.analyses;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.PValues;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.analysis.stats.math.Adjust;
import org.vivarium.analysis.stats.math.LogRank;
import org.vivarium.analysis.stats.math.Moments;
import org.vivarium.analysis.stats.math.Probabilities;

/** The arm-vs-control comparisons at each timepoint of a durability analysis, continuous or censored. */
final class DurabilityComparisons {

    private record Cell(double effect, Double low, Double high, double pSidak, String summary) {
    }

    private final Map<String, Cell> cells = new HashMap<>();
    private final ResultTable.Builder table;
    private final String method;

    private DurabilityComparisons(ResultTable.Builder table, String method) {
        this.table = table;
        this.method = method;
    }

    private static String key(String arm, String time) {
        return arm + "@" + time;
    }

    /** The comparison for people: "KET+VEH vs VEH+VEH at 24 h". */
    private static String label(String arm, String control, String time) {
        return arm + " vs " + control + " at " + time;
    }

    /** t tests with the pooled error of the arm x time model (per timepoint when units are retested). */
    static DurabilityComparisons tTests(DurabilityCells cells, List<String> treated, List<String> times, int family,
            double alpha, AnalysisResult.Builder r) throws AnalysisException {
        Map<String, double[]> error = pooledErrors(cells);
        ResultTable.Builder t = new ResultTable.Builder("comparisons", "Each arm vs " + cells.control()
                + " at each timepoint").column(Column.text("comparison", "Comparison"))
                .column(Column.count("n", "n")).column(Column.count("nControl", "n control"))
                .column(Column.number("diff", "Difference", "")).column(Column.number("lwr", "Sidak lower", ""))
                .column(Column.number("upr", "Sidak upper", "")).column(Column.number("t", "t", ""))
                .column(Column.p("p", "p")).column(Column.p("pSidak", "Sidak p"))
                .column(Column.number("d", "Cohen's d", ""));
        DurabilityComparisons c = new DurabilityComparisons(t, cells.repeated()
                ? "t tests with the pooled error of each timepoint (units are retested across timepoints)."
                : "t tests with the pooled error of the arm x time model (between subjects).");
        double level = Adjust.sidakLevel(alpha, family);
        for (String a : treated) {
            for (String time : times) {
                double[] x = cells.values(a, time);
                double[] y = cells.values(cells.control(), time);
                if (x.length == 0 || y.length == 0) {
                    continue;
                }
                double[] e = error.get(cells.repeated() ? time : "");
                double mse = e[0] / e[1];
                double diff = Moments.mean(x) - Moments.mean(y);
                double se = Math.sqrt(mse * (1.0 / x.length + 1.0 / y.length));
                double tv = diff / se;
                double p = Probabilities.tTwoSided(tv, e[1]);
                double ps = Adjust.sidak(p, family);
                double half = Probabilities.tQuantile(level, e[1]) * se;
                double sp = x.length + y.length > 2 ? Math.sqrt((Moments.sumOfSquares(x) + Moments.sumOfSquares(y))
                        / (x.length + y.length - 2)) : Double.NaN;
                Double d = Double.isFinite(diff / sp) ? diff / sp : null;
                String k = key(a, time);
                r.value(k + ".diff", diff).value(k + ".t", tv).value(k + ".p", p).value(k + ".pSidak", ps)
                        .value(k + ".lwr", diff - half).value(k + ".upr", diff + half);
                if (d != null) {
                    r.value(k + ".d", d);
                }
                Statistic.Builder s = Statistic.of(k, "t test vs control, pooled error").statistic("t", tv).df(e[1])
                        .p(p).adjusted("Sidak", ps).estimate("difference", diff).ci(1 - alpha, diff - half,
                                diff + half);
                if (d != null) {
                    s.effectSize("Cohen's d", d);
                }
                r.statistic(s.label(label(a, cells.control(), time)).build());
                t.row(label(a, cells.control(), time), x.length, y.length, diff, diff - half, diff + half, tv, p, ps, d);
                c.cells.put(k, new Cell(diff, diff - half, diff + half, ps, String.format(Locale.ROOT,
                        "difference %.3g (Sidak %s CI %.3g to %.3g), Cohen's d %s, Sidak-adjusted %s", diff,
                        Inputs.percent(1 - alpha), diff - half, diff + half,
                        d == null ? "n/a" : String.format(Locale.ROOT, "%.2f", d), PValues.format(ps))));
            }
        }
        return c;
    }

    /** SSE and df: overall ("") or per timepoint. */
    private static Map<String, double[]> pooledErrors(DurabilityCells cells) throws AnalysisException {
        Map<String, double[]> m = new HashMap<>();
        for (String time : cells.times()) {
            for (String a : cells.arms()) {
                double[] v = cells.values(a, time);
                if (v.length == 0) {
                    continue;
                }
                double ss = Moments.sumOfSquares(v);
                for (String k : List.of("", time)) {
                    double[] e = m.computeIfAbsent(k, x -> new double[2]);
                    e[0] += ss;
                    e[1] += v.length - 1;
                }
            }
        }
        for (Map.Entry<String, double[]> e : m.entrySet()) {
            if ((e.getKey().isEmpty() || cells.repeated()) && (e.getValue()[1] < 1 || e.getValue()[0] == 0)) {
                throw new AnalysisException("durability: no replicates (or no variation) to estimate the error"
                        + (e.getKey().isEmpty() ? "" : " at " + e.getKey()));
            }
        }
        return m;
    }

    /** Log-rank tests of each arm vs control at each timepoint; hazard ratio (O/E) as the effect. */
    static DurabilityComparisons logRank(DurabilityCells cells, List<String> treated, List<String> times,
            int family, AnalysisResult.Builder r) {
        ResultTable.Builder t = new ResultTable.Builder("comparisons", "Each arm vs " + cells.control()
                + " at each timepoint (log-rank)").column(Column.text("comparison", "Comparison"))
                .column(Column.count("n", "n")).column(Column.count("nControl", "n control"))
                .column(Column.number("median", "Median", "")).column(Column.number("medianControl", "Median control",
                        "")).column(Column.number("hr", "Hazard ratio", "")).column(Column.number("chisq", "Chisq", ""))
                .column(Column.p("p", "p")).column(Column.p("pSidak", "Sidak p"));
        DurabilityComparisons c = new DurabilityComparisons(t, "Log-rank tests (censored latencies); hazard ratio = "
                + "(O/E arm) / (O/E control): above 1, the event (e.g. feeding) comes sooner than in the control.");
        for (String a : treated) {
            for (String time : times) {
                List<Observation> x = cells.observations(a, time);
                List<Observation> y = cells.observations(cells.control(), time);
                if (x.isEmpty() || y.isEmpty()) {
                    continue;
                }
                List<Observation> both = new java.util.ArrayList<>(y);
                both.addAll(x);
                int[] group = new int[both.size()];
                java.util.Arrays.fill(group, y.size(), both.size(), 1);
                LogRank lr = LogRank.of(Survival.times(both), Survival.events(both), group, 2);
                if (lr.df() == 0) {
                    continue;
                }
                double p = lr.p();
                double ps = Adjust.sidak(p, family);
                double hr = lr.hazardRatio(1, 0);
                double mx = Survival.fit(x).median();
                double my = Survival.fit(y).median();
                String k = key(a, time);
                r.value(k + ".chisq", lr.chiSquare()).value(k + ".p", p).value(k + ".pSidak", ps);
                Statistic.Builder s = Statistic.of(k, "log-rank test vs control").statistic("Chisq", lr.chiSquare())
                        .df(1).p(p).adjusted("Sidak", ps);
                if (Double.isFinite(hr)) {
                    r.value(k + ".hr", hr);
                    s.effectSize("hazard ratio", hr);
                }
                r.statistic(s.label(label(a, cells.control(), time)).build());
                t.row(label(a, cells.control(), time), x.size(), y.size(), finite(mx), finite(my), finite(hr), lr.chiSquare(), p, ps);
                c.cells.put(k, new Cell(Double.isFinite(hr) ? hr : Double.NaN, null, null, ps, String.format(
                        Locale.ROOT, "hazard ratio %.3g, median %s vs %s, Sidak-adjusted %s", hr, median(mx), median(my),
                        PValues.format(ps))));
            }
        }
        return c;
    }

    private static String median(double m) {
        return Double.isFinite(m) ? Inputs.key(m) : "not reached";
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    Double pSidak(String arm, String time) {
        Cell c = cells.get(key(arm, time));
        return c == null ? null : c.pSidak;
    }

    String effectSummary(String arm, String time) {
        Cell c = cells.get(key(arm, time));
        return c == null ? "" : "at " + time + ": " + c.summary;
    }

    Point effectPoint(String arm, String time, double hours) {
        Cell c = cells.get(key(arm, time));
        if (c == null || !Double.isFinite(c.effect)) {
            return null;
        }
        return new Point(time, hours, c.effect, c.low, c.high, arm + " @ " + time);
    }

    ResultTable table() {
        return table.build();
    }

    String method() {
        return method;
    }
}
