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
import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.RankSumDistribution;
import org.vivarium.analysis.stats.math.Ranks;

/**
 * {@code mann-whitney}: Wilcoxon rank-sum / Mann-Whitney U test of two independent groups, as R's
 * {@code wilcox.test(x, y)}: W = rank sum of x - n_x (n_x + 1) / 2; exact p-value when both groups have fewer than
 * 50 values and there are no ties, else the normal approximation with continuity and tie correction. Values:
 * {@code statistic} (W), {@code p}, {@code exact} (1 or 0), {@code rankBiserial} (effect size 2W/(n_x n_y) - 1).
 */
public final class MannWhitneyAnalysis extends StatsAnalysis {

    public MannWhitneyAnalysis() {
        super("mann-whitney", "Mann-Whitney U test", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.TWO_GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return groupAndLevels("Factor with the two groups.");
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = groups(data, p, 2, 2, 1, "Mann-Whitney");
        double[] x = g.values(0);
        double[] y = g.values(1);
        int nx = x.length;
        int ny = y.length;
        double[] all = new double[nx + ny];
        System.arraycopy(x, 0, all, 0, nx);
        System.arraycopy(y, 0, all, nx, ny);
        Ranks ranks = Ranks.of(all);
        double rankSum = 0;
        for (int i = 0; i < nx; i++) {
            rankSum += ranks.rank(i);
        }
        double w = rankSum - nx * (nx + 1) / 2.0;
        boolean exact = nx < 50 && ny < 50 && !ranks.hasTies();
        double pValue;
        if (exact) {
            pValue = new RankSumDistribution(nx, ny).twoSided(w);
        } else {
            double n = nx + ny;
            double z = w - nx * (double) ny / 2;
            double sigma = Math.sqrt((nx * (double) ny / 12) * ((n + 1) - ranks.tieSum() / (n * (n - 1))));
            if (sigma == 0) {
                throw new AnalysisException("Mann-Whitney: all values are equal");
            }
            z = (z - Math.signum(z) * 0.5) / sigma;
            pValue = 2 * Math.min(Probabilities.normalCdf(z), Probabilities.normalUpper(z));
        }
        double rb = 2 * w / (nx * (double) ny) - 1;
        String label = g.levels().get(0) + " vs " + g.levels().get(1);
        r.statistic(Statistic.of(label, "Wilcoxon rank-sum (Mann-Whitney) test" + (exact ? ", exact" : ""))
                .statistic("W", w).p(pValue).effectSize("rank-biserial correlation", rb).build());
        r.value("statistic", w).value("p", pValue).value("exact", exact ? 1 : 0).value("rankBiserial", rb);
        r.chart(Charts.dotPlot(measure.label() + ": " + label, measure.axisLabel(), g));
        r.note(Note.Kind.METHOD, exact ? "Exact two-sided p-value from the permutation distribution of W (no ties, "
                + "n < 50 per group)." : "Normal approximation with continuity correction" + (ranks.hasTies()
                        ? " and tie correction (ties present: no exact p-value)." : " (n >= 50)."));
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + " (" + data.unitKind() + "s).");
        Inputs.warnCensored(data, r);
    }
}
