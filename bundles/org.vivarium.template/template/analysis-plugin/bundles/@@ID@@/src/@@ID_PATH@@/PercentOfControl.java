package @@ID@@;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultTable;

/**
 * Percent of control: the mean of each group as a percentage of the control group's mean, with its SEM, at each
 * time since dose when the data have times. Contributed in plugin.xml. An example to start from: change it into
 * your lab's analysis (and its test in the .tests fragment).
 * <p>
 * Stateless, as Vivarium requires: one instance may run several times at once.
 */
public class PercentOfControl implements Analysis {

    /** The id in plugin.xml. */
    public static final String ID = "@@ID@@.percent-of-control";

    @Override
    public Applicability applicability() {
        return Applicability.of(Applicability.Values.CONTINUOUS, Applicability.Design.GROUPS);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.measure(), Parameter.factor("group", "Group", Dataset.ARM,
                "The factor whose levels are compared with its control level (e.g. the vehicle arm)."));
    }

    @Override
    public AnalysisResult run(Dataset data, Parameters parameters, IProgressMonitor monitor) throws AnalysisException {
        String measure = parameters.text("measure", data.primaryMeasure());
        if (!data.measures().containsKey(measure)) {
            throw new AnalysisException("no measure '" + measure + "' in " + data.source() + " (measures: "
                    + data.measures().keySet() + ")");
        }
        String group = parameters.text("group", Dataset.ARM);
        if (!data.hasFactor(group)) {
            throw new AnalysisException("no factor '" + group + "' in " + data.source() + " (factors: "
                    + data.factors() + ")");
        }
        String control = data.control(group);
        if (control == null) {
            throw new AnalysisException("factor '" + group + "' has no control level to compare with");
        }
        Dataset d = data.select(measure, null);
        Dataset.MeasureInfo info = d.measures().get(measure);
        AnalysisResult.Builder r = AnalysisResult.builder(ID, "Percent of control: " + info.label());
        ResultTable.Builder table = new ResultTable.Builder("percent", "Percent of " + control)
                .column(Column.text("time", "Time since dose")).column(Column.text("group", group))
                .column(Column.count("n", "n")).column(Column.number("mean", "Mean", info.unit()))
                .column(Column.number("sem", "SEM", info.unit())).column(Column.number("percent", "% of control", "%"))
                .column(Column.number("percentSem", "SEM of %", "%"));
        List<String> times = d.hasFactor(Dataset.TIME) ? d.levels(Dataset.TIME) : List.of("");
        for (String time : times) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            Summary reference = Summary.of(values(d, group, control, time));
            if (reference.n() == 0 || reference.mean() == 0) {
                r.note(Note.Kind.WARNING, (time.isEmpty() ? "" : time + ": ") + "no percentages: the control "
                        + control + (reference.n() == 0 ? " has no values" : " has a mean of 0"));
                continue;
            }
            for (String level : d.levels(group)) {
                Summary s = Summary.of(values(d, group, level, time));
                if (s.n() == 0) {
                    continue;
                }
                double percent = 100 * s.mean() / reference.mean();
                Double sem = s.n() > 1 ? s.sem() : null;
                table.row(time, level, s.n(), s.mean(), sem, percent,
                        sem == null ? null : 100 * sem / Math.abs(reference.mean()));
                r.value(level + (time.isEmpty() ? "" : "@" + time) + ".percent", percent);
            }
        }
        r.table(table.build());
        r.note(Note.Kind.METHOD, "Mean of each level of " + group + " as a percentage of the mean of " + control
                + (times.size() > 1 ? ", at each time since dose" : "") + "; SEM of % = SEM / control mean x 100 "
                + "(the control mean taken as exact).");
        r.note(Note.Kind.SAMPLE_SIZE, d.observations().size() + " values of " + info.label() + " ("
                + d.unitKind() + " as unit)");
        if (d.hasCensoredValues()) {
            r.note(Note.Kind.WARNING, "censored values are taken as observed");
        }
        d.exclusions().forEach(e -> r.note(Note.Kind.EXCLUSION, "Excluded: " + e.describe()));
        d.exclusionCounts().forEach(r::excluded);
        return r.build();
    }

    private static List<Double> values(Dataset d, String group, String level, String time) {
        List<Double> values = new ArrayList<>();
        for (Observation o : d.observations()) {
            if (level.equals(o.level(group)) && (time.isEmpty() || time.equals(o.level(Dataset.TIME)))) {
                values.add(o.value());
            }
        }
        return values;
    }

    /** n, mean and standard error of the mean of some values. */
    record Summary(int n, double mean, double sem) {

        static Summary of(List<Double> values) {
            int n = values.size();
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return new Summary(n, mean, n > 1 ? Math.sqrt(squares / (n - 1) / n) : Double.NaN);
        }
    }
}
