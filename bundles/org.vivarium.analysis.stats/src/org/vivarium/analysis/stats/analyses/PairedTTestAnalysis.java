package org.vivarium.analysis.stats.analyses;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.analysis.stats.math.Moments;
import org.vivarium.analysis.stats.math.Probabilities;

/**
 * {@code paired-t-test}: t-test of the differences between two conditions on the same units (R:
 * {@code t.test(x, y, paired = TRUE)}). The condition is the group factor (e.g. time, with two levels); units are
 * matched by id. Values: {@code statistic}, {@code df}, {@code p}, {@code estimate} (mean difference first - second),
 * {@code ciLower}, {@code ciUpper}, {@code dz} (mean difference / SD of the differences); assumption check: normality of the differences
 * ({@code shapiro.w}, {@code shapiro.p}).
 */
public final class PairedTTestAnalysis extends StatsAnalysis {

    public PairedTTestAnalysis() {
        super("paired-t-test", "Paired t-test", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.PAIRED));
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(Parameter.factor(GROUP, "Condition factor", Dataset.TIME,
                "Factor with the two conditions measured on the same units."), levelsParameter(),
                Parameter.number("level", "Confidence level", 0.95, "Level of the interval of the mean difference."));
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Pairs pairs = Pairs.of(data, p.text(GROUP, Dataset.TIME), Inputs.levels(p.text(LEVELS)), "paired t-test");
        double[] d = pairs.differences();
        int n = d.length;
        double mean = Moments.mean(d);
        double sd = Moments.sd(d);
        if (sd == 0) {
            throw new AnalysisException("paired t-test: all differences are equal (SD 0)");
        }
        double se = sd / Math.sqrt(n);
        double t = mean / se;
        double df = n - 1.0;
        double level = p.number("level");
        double pValue = Probabilities.tTwoSided(t, df);
        double half = Probabilities.tQuantile(1 - (1 - level) / 2, df) * se;
        String label = pairs.first() + " - " + pairs.second();
        r.statistic(Statistic.of(label, "Paired t-test").statistic("t", t).df(df).p(pValue)
                .estimate("mean difference", mean).ci(level, mean - half, mean + half).effectSize("Cohen's dz",
                        mean / sd).build());
        r.value("statistic", t).value("df", df).value("p", pValue).value("estimate", mean)
                .value("ciLower", mean - half).value("ciUpper", mean + half).value("dz", mean / sd);
        double[] centred = java.util.Arrays.stream(d).map(v -> v - mean).toArray();
        new Assumptions().normality(r, centred, "differences " + label, "with few pairs prefer wilcoxon, or "
                + "transform the values.").report(r);
        PairedNotes.add(r, data, pairs, "Paired t-test of the differences " + label + ", two-sided.");
        Inputs.warnCensored(data, r);
    }
}
