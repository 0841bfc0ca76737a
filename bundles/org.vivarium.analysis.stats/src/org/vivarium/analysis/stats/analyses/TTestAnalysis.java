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
 * {@code t-test} (Student, pooled variance) and {@code welch-t-test} (Welch-Satterthwaite) for two independent
 * groups, as R's {@code t.test(x, y, var.equal = TRUE/FALSE)}: x is the first level, y the second. Values:
 * {@code statistic}, {@code df}, {@code p}, {@code estimate} (mean x - mean y), {@code ciLower}, {@code ciUpper},
 * {@code cohensD} (pooled SD). Assumption checks ({@link Assumptions}): normality of the residuals
 * ({@code shapiro.w}, {@code shapiro.p}) and, for the Student t-test, equal variances ({@code levene.f},
 * {@code levene.df1}, {@code levene.df2}, {@code levene.p}).
 */
public class TTestAnalysis extends StatsAnalysis {

    private final boolean welch;

    /** The Student t-test ({@code t-test}). */
    public TTestAnalysis() {
        this(false);
    }

    TTestAnalysis(boolean welch) {
        super(welch ? "welch-t-test" : "t-test", welch ? "Welch two-sample t-test" : "Two-sample t-test",
                Applicability.of(Applicability.Values.CONTINUOUS, Applicability.Design.TWO_GROUPS));
        this.welch = welch;
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(groupParameter("Factor with the two groups."), levelsParameter(),
                Parameter.number("level", "Confidence level", 0.95, "Level of the interval of the difference."));
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        String name = welch ? "Welch t-test" : "t-test";
        Groups g = groups(data, p, 2, 2, 2, name);
        double[] x = g.values(0);
        double[] y = g.values(1);
        double level = p.number("level");
        double nx = x.length;
        double ny = y.length;
        double vx = Moments.variance(x);
        double vy = Moments.variance(y);
        double diff = Moments.mean(x) - Moments.mean(y);
        double se;
        double df;
        if (welch) {
            double sx = vx / nx;
            double sy = vy / ny;
            se = Math.sqrt(sx + sy);
            df = (sx + sy) * (sx + sy) / (sx * sx / (nx - 1) + sy * sy / (ny - 1));
        } else {
            double pooled = ((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2);
            se = Math.sqrt(pooled * (1 / nx + 1 / ny));
            df = nx + ny - 2;
        }
        if (se == 0) {
            throw new AnalysisException(name + ": the data are constant (standard error 0)");
        }
        double t = diff / se;
        double pValue = Probabilities.tTwoSided(t, df);
        double half = Probabilities.tQuantile(1 - (1 - level) / 2, df) * se;
        double pooledSd = Math.sqrt(((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2));
        double d = diff / pooledSd;
        String label = g.levels().get(0) + " - " + g.levels().get(1);
        r.statistic(Statistic.of(label, welch ? "Welch two-sample t-test" : "Two-sample t-test (equal variances)")
                .statistic("t", t).df(df).p(pValue).estimate("mean difference", diff)
                .ci(level, diff - half, diff + half).effectSize("Cohen's d", d).build());
        r.value("statistic", t).value("df", df).value("p", pValue).value("estimate", diff)
                .value("ciLower", diff - half).value("ciUpper", diff + half).value("cohensD", d);
        r.chart(Charts.dotPlot(measure.label() + ": " + label, measure.axisLabel(), g));
        r.note(Note.Kind.METHOD, welch ? "Welch's t-test (unequal variances, Welch-Satterthwaite df), two-sided."
                : "Student's two-sample t-test with pooled variance, two-sided.");
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + " (" + data.unitKind() + "s).");
        double ratio = Math.max(vx, vy) / Math.min(vx, vy);
        if (!welch && ratio > 4) {
            r.note(Note.Kind.ASSUMPTION, String.format(java.util.Locale.ROOT, "The group variances differ %.1f-fold; "
                    + "Welch's t-test (welch-t-test) does not assume equal variances.", ratio));
        }
        Assumptions.groups(r, new double[][] { x, y }, !welch, "with small groups prefer mann-whitney, or "
                + "transform the values (e.g. log).", "use welch-t-test, which does not assume equal variances.");
        Inputs.warnCensored(data, r);
    }
}
