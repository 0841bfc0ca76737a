package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.stats.math.Moments;
import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.Quantiles;

/**
 * {@code descriptives}: n, mean, SD, SEM, median, quartiles (R type 7), IQR and the 95% t confidence interval of the
 * mean, per group and (optionally) per level of a second factor such as time. Values: {@code <group>.n},
 * {@code .mean}, {@code .sd}, {@code .sem}, {@code .median}, {@code .q1}, {@code .q3}, {@code .iqr},
 * {@code .ciLower}, {@code .ciUpper}; with a second factor the group is {@code <group>@<level>}.
 */
public final class DescriptivesAnalysis extends StatsAnalysis {

    public DescriptivesAnalysis() {
        super("descriptives", "Descriptive statistics", Applicability.of(Applicability.Values.ANY,
                Applicability.Design.GROUPS));
    }

    @Override
    boolean poolsTimepoints(Dataset data, Parameters p) {
        return false; // splits by time by default
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(groupParameter("Factor whose levels are the groups."),
                Parameter.factor(BY, "By", "", "Second factor (e.g. sex): statistics per group and level; default: "
                        + "time, when the data have several timepoints."),
                Parameter.number("level", "Confidence level", 0.95, "Level of the confidence interval of the mean."));
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups groups = Groups.of(data, p.text(GROUP, Dataset.ARM), List.of());
        String by = p.text(BY);
        if (by.isBlank() && data.hasFactor(Dataset.TIME) && data.levels(Dataset.TIME).size() > 1
                && !groups.factor().equals(Dataset.TIME)) {
            by = Dataset.TIME;
        }
        double level = p.number("level");
        if (!by.isBlank()) {
            Inputs.checkFactor(data, by);
        }
        List<String> byLevels = by.isBlank() ? List.of("") : Inputs.splitLevels(data, by);
        ResultTable.Builder t = new ResultTable.Builder("descriptives", "Descriptive statistics of "
                + measure.axisLabel()).column(Column.text("group", groups.factor()));
        if (!by.isBlank()) {
            t.column(Column.text("by", by));
        }
        String u = measure.unit();
        t.column(Column.count("n", "n")).column(Column.number("mean", "Mean", u)).column(Column.number("sd", "SD", u))
                .column(Column.number("sem", "SEM", u)).column(Column.number("median", "Median", u))
                .column(Column.number("q1", "Q1", u)).column(Column.number("q3", "Q3", u))
                .column(Column.number("iqr", "IQR", u))
                .column(Column.number("ciLower", Inputs.percent(level) + " CI lower", u))
                .column(Column.number("ciUpper", Inputs.percent(level) + " CI upper", u));
        for (int g = 0; g < groups.size(); g++) {
            for (String b : byLevels) {
                String byFactor = by;
                List<Observation> obs = groups.observations().get(g).stream()
                        .filter(o -> b.isEmpty() || b.equals(o.level(byFactor))).toList();
                if (obs.isEmpty()) {
                    continue;
                }
                String name = groups.levels().get(g) + (b.isEmpty() ? "" : "@" + b);
                row(t, r, name, groups.levels().get(g), b, obs.stream().mapToDouble(Observation::value).toArray(),
                        level, !by.isBlank());
            }
        }
        r.table(t.build());
        r.chart(Charts.dotPlot(measure.label() + " by " + groups.factor(), measure.axisLabel(), groups));
        if (by.equals(Dataset.TIME)) {
            r.chart(timeCourse(data, measure, groups));
        }
        r.note(Note.Kind.METHOD, "Mean, SD (n - 1), SEM = SD / sqrt(n), median and quartiles (R type 7), "
                + Inputs.percent(level) + " CI of the mean from the t distribution.");
        r.note(Note.Kind.SAMPLE_SIZE, groups.sizes() + " (" + data.unitKind() + "s).");
        Inputs.warnCensored(data, r);
    }

    private static ChartSpec timeCourse(Dataset data, Dataset.MeasureInfo measure, Groups groups) {
        List<String> times = data.levels(Dataset.TIME);
        double[] hours = DurabilityAnalysis.hours(data, Dataset.TIME, times);
        List<double[]> xs = new ArrayList<>();
        List<double[][]> values = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double[][] v = new double[times.size()][];
            for (int t = 0; t < times.size(); t++) {
                String time = times.get(t);
                v[t] = groups.observations().get(g).stream().filter(o -> time.equals(o.level(Dataset.TIME)))
                        .mapToDouble(Observation::value).toArray();
            }
            xs.add(hours);
            values.add(v);
        }
        return Charts.timeCourse(measure.label() + " over time (mean ± SEM)", measure.axisLabel(), groups.levels(),
                times, xs, values);
    }

    private static void row(ResultTable.Builder t, AnalysisResult.Builder r, String name, String group, String by,
            double[] v, double level, boolean withBy) {
        int n = v.length;
        double mean = Moments.mean(v);
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double median = Quantiles.sortedType7(sorted, 0.5);
        double q1 = Quantiles.sortedType7(sorted, 0.25);
        double q3 = Quantiles.sortedType7(sorted, 0.75);
        List<Object> cells = new ArrayList<>();
        cells.add(group);
        if (withBy) {
            cells.add(by);
        }
        cells.add(n);
        cells.add(mean);
        r.value(name + ".n", n).value(name + ".mean", mean);
        if (n > 1) {
            double sd = Moments.sd(v);
            double sem = sd / Math.sqrt(n);
            double half = Probabilities.tQuantile(1 - (1 - level) / 2, n - 1.0) * sem;
            cells.addAll(Arrays.asList(sd, sem, median, q1, q3, q3 - q1, mean - half, mean + half));
            r.value(name + ".sd", sd).value(name + ".sem", sem).value(name + ".median", median).value(name + ".q1", q1)
                    .value(name + ".q3", q3).value(name + ".iqr", q3 - q1).value(name + ".ciLower", mean - half)
                    .value(name + ".ciUpper", mean + half);
        } else {
            cells.addAll(Arrays.asList(null, null, median, q1, q3, 0.0, null, null));
        }
        t.row(cells.toArray());
    }
}
