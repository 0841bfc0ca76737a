package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Series;

/**
 * {@code durability}: how long does each treated arm differ from the control (vehicle)? At every timepoint each
 * treated arm is compared with the control, Sidak-adjusted over all (arms x timepoints) comparisons, and the result
 * names, per arm, the timepoints with a significant difference, the last of them, the timepoint through which the
 * difference holds continuously from the first timepoint, and the effect size at each timepoint.
 * <ul>
 * <li>Continuous measures (e.g. FST immobility): t tests with the pooled error of the arm x time model (one cohort
 * per timepoint: between subjects; when units are retested, the pooled error of each timepoint instead), mean
 * differences with Sidak-adjusted intervals, Cohen's d (pooled SD of the two groups).</li>
 * <li>Censored latencies (e.g. NSF latency): log-rank tests, hazard ratios (O/E) and medians.</li>
 * </ul>
 * Values: {@code <arm>@<time>.diff}, {@code .t}, {@code .p}, {@code .pSidak}, {@code .lwr}, {@code .upr}, {@code .d}
 * (continuous) or {@code <arm>@<time>.chisq}, {@code .p}, {@code .pSidak}, {@code .hr} (censored); per arm
 * {@code <arm>.lastSignificantHours}, {@code <arm>.sustainedThroughHours} (when significant anywhere) and
 * {@code <arm>.significantTimepoints}.
 */
public final class DurabilityAnalysis extends StatsAnalysis {

    public DurabilityAnalysis() {
        super("durability", "Durability of effect vs control", Applicability.of(Applicability.Values.ANY,
                Applicability.Design.TIME_COURSE));
    }

    @Override
    boolean poolsTimepoints(Dataset data, Parameters p) {
        return false; // time is its second factor
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(groupParameter("The treatment factor (arms)."), Parameter.factor(BY, "Time factor",
                Dataset.TIME, "The timepoints (time since dose)."), controlParameter(), alphaParameter());
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        String arm = p.text(GROUP, Dataset.ARM);
        String time = p.text(BY, Dataset.TIME);
        Inputs.checkFactor(data, arm);
        Inputs.checkFactor(data, time);
        String control = Inputs.control(data, arm, p.text(CONTROL));
        List<String> arms = Inputs.splitLevels(data, arm);
        List<String> times = Inputs.splitLevels(data, time);
        if (arms.size() < 2) {
            throw new AnalysisException("durability needs a control and at least one treated " + arm + " (found "
                    + arms + ")");
        }
        double[] hours = hours(data, time, times);
        boolean censored = data.hasCensoredValues() || measure.censoringCutoff() != null;
        DurabilityCells cells = new DurabilityCells(data, arm, time, arms, times, control);
        List<String> treated = arms.stream().filter(a -> !a.equals(control)).toList();
        int family = treated.size() * times.size();
        double alpha = p.number(ALPHA);
        DurabilityComparisons comparisons = censored
                ? DurabilityComparisons.logRank(cells, treated, times, family, r)
                : DurabilityComparisons.tTests(cells, treated, times, family, alpha, r);
        ResultTable.Builder summary = new ResultTable.Builder("durability", "Durability of the effect vs " + control
                + " (Sidak over " + family + " comparisons, alpha = " + Inputs.key(alpha) + ")")
                .column(Column.text("arm", arm)).column(Column.text("significantAt", "Significant at"))
                .column(Column.text("lastSignificant", "Last significant timepoint"))
                .column(Column.text("sustainedThrough", "Continuously from " + times.get(0) + " through"));
        List<Marker> markers = new ArrayList<>();
        markers.add(new Marker(Marker.Kind.HORIZONTAL_LINE, censored ? 1 : 0, censored ? "no effect (HR 1)"
                : "no difference"));
        for (String a : treated) {
            List<String> significant = new ArrayList<>();
            int last = -1;
            int sustained = -1;
            boolean gap = false;
            for (int t = 0; t < times.size(); t++) {
                Double ps = comparisons.pSidak(a, times.get(t));
                boolean sig = ps != null && ps < alpha;
                if (sig) {
                    significant.add(times.get(t));
                    last = t;
                    if (!gap) {
                        sustained = t;
                    }
                } else {
                    gap = true;
                }
            }
            r.value(a + ".significantTimepoints", significant.size());
            if (last >= 0) {
                r.value(a + ".lastSignificantHours", hours[last]);
                markers.add(new Marker(Marker.Kind.VERTICAL_LINE, hours[last], a + ": last significant "
                        + times.get(last)));
            }
            if (sustained >= 0) {
                r.value(a + ".sustainedThroughHours", hours[sustained]);
            }
            summary.row(a, significant.isEmpty() ? "none" : String.join(", ", significant),
                    last < 0 ? "none" : times.get(last), sustained >= 0 ? times.get(sustained) : last < 0 ? "none"
                            : "not significant at " + times.get(0));
            r.note(Note.Kind.INFO, a + " vs " + control + ": " + (last < 0 ? "no significant difference at any "
                    + "timepoint." : "differs up to " + times.get(last) + " (the last significant timepoint); "
                            + course(times, significant, last, sustained) + "; "
                            + comparisons.effectSummary(a, times.get(last)) + "."));
        }
        r.table(summary.build());
        r.table(comparisons.table());
        r.chart(effectChart(measure, treated, times, hours, comparisons, censored, markers));
        if (!censored) {
            r.chart(timeCourse(measure, cells, arms, times, hours));
        }
        r.note(Note.Kind.METHOD, comparisons.method() + " Each treated " + arm + " vs " + control + " at each "
                + time + "; Sidak adjustment over all " + family + " comparisons.");
        r.note(Note.Kind.SAMPLE_SIZE, cells.sizes());
        if (censored) {
            r.note(Note.Kind.INFO, data.observations().stream().filter(Observation::censored).count()
                    + " values are censored" + (measure.censoringCutoff() == null ? "" : " (cutoff "
                            + Inputs.key(measure.censoringCutoff()) + " " + measure.unit() + ")") + ".");
        }
    }

    /**
     * Where the difference holds, in words: "significant at 24 h and 1 wk, continuously from the first timepoint
     * (24 h) through 1 wk", "... through 1 wk, not at 2 wk", "... at the first timepoint (24 h) but not at 1 wk",
     * "significant at 24 h (the first timepoint) only" or "significant at 1 wk, not at the first timepoint (24 h)".
     */
    private static String course(List<String> times, List<String> significant, int last, int sustained) {
        String at = "significant at " + Inputs.and(significant);
        String first = "the first timepoint (" + times.get(0) + ")";
        if (sustained < 0) {
            return at + ", not at " + first;
        }
        if (last == 0) {
            return at + " (the first timepoint) only";
        }
        if (sustained == last) {
            return at + ", continuously from " + first + " through " + times.get(last);
        }
        String gap = "not at " + times.get(sustained + 1);
        return sustained == 0 ? at + "; at " + first + " but " + gap
                : at + ", continuously from " + first + " through " + times.get(sustained) + ", " + gap;
    }

    /** Hours since dose of each time level: from the observations, else the level as a number, else its index. */
    static double[] hours(Dataset data, String time, List<String> times) {
        double[] h = new double[times.size()];
        for (int t = 0; t < times.size(); t++) {
            String level = times.get(t);
            Double fromData = data.observations().stream().filter(o -> level.equals(o.level(time)))
                    .map(Observation::timeHours).filter(x -> x != null).findFirst().orElse(null);
            if (fromData != null) {
                h[t] = fromData;
            } else {
                try {
                    h[t] = Double.parseDouble(level);
                } catch (NumberFormatException e) {
                    h[t] = t + 1;
                }
            }
        }
        return h;
    }

    private static ChartSpec effectChart(Dataset.MeasureInfo measure, List<String> treated, List<String> times,
            double[] hours, DurabilityComparisons c, boolean censored, List<Marker> markers) {
        List<Series> series = new ArrayList<>();
        for (String a : treated) {
            List<Point> points = new ArrayList<>();
            for (int t = 0; t < times.size(); t++) {
                Point pt = c.effectPoint(a, times.get(t), hours[t]);
                if (pt != null) {
                    points.add(pt);
                }
            }
            series.add(new Series(a, Series.Style.LINE_WITH_ERROR, points));
        }
        String y = censored ? "Hazard ratio vs control (" + measure.label() + ")" : "Difference from control ("
                + measure.axisLabel() + "), Sidak CI";
        return new ChartSpec(ChartSpec.Kind.EFFECT_OVER_TIME, measure.label() + ": effect over time",
                ChartSpec.TIME_SINCE_DOSE, y, ChartSpec.Axis.HOURS_SINCE_DOSE, Charts.timeTicks(times, hours),
                censored ? ChartSpec.ErrorBars.NONE : ChartSpec.ErrorBars.CI95, series, markers);
    }

    private static ChartSpec timeCourse(Dataset.MeasureInfo measure, DurabilityCells cells, List<String> arms,
            List<String> times, double[] hours) {
        List<double[]> xs = new ArrayList<>();
        List<double[][]> values = new ArrayList<>();
        for (String a : arms) {
            xs.add(hours);
            double[][] v = new double[times.size()][];
            for (int t = 0; t < times.size(); t++) {
                v[t] = cells.values(a, times.get(t));
            }
            values.add(v);
        }
        return Charts.timeCourse(measure.label() + " over time (mean ± SEM)", measure.axisLabel(), arms, times,
                xs, values);
    }
}
