package org.vivarium.analysis.stats.analyses;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.Ranks;
import org.vivarium.analysis.stats.math.SignedRankDistribution;

/**
 * {@code wilcoxon}: Wilcoxon signed-rank test of paired differences (first - second condition), as R's
 * {@code wilcox.test(x, y, paired = TRUE)}: zero differences are dropped; V = sum of the ranks of the positive
 * differences; exact p-value for fewer than 50 pairs without ties or zeros, else the normal approximation with
 * continuity and tie correction. Values: {@code statistic} (V), {@code p}, {@code exact}.
 */
public final class WilcoxonAnalysis extends StatsAnalysis {

    public WilcoxonAnalysis() {
        super("wilcoxon", "Wilcoxon signed-rank test", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.PAIRED));
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(Parameter.factor(GROUP, "Condition factor", Dataset.TIME,
                "Factor with the two conditions measured on the same units."), levelsParameter());
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Pairs pairs = Pairs.of(data, p.text(GROUP, Dataset.TIME), Inputs.levels(p.text(LEVELS)), "Wilcoxon test");
        double[] all = pairs.differences();
        double[] d = Arrays.stream(all).filter(v -> v != 0).toArray();
        boolean zeros = d.length < all.length;
        int n = d.length;
        if (n == 0) {
            throw new AnalysisException("Wilcoxon test: all differences are zero");
        }
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        Ranks ranks = Ranks.of(abs);
        double v = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                v += ranks.rank(i);
            }
        }
        boolean exact = n < 50 && !ranks.hasTies() && !zeros;
        double pValue;
        if (exact) {
            pValue = new SignedRankDistribution(n).twoSided(v);
        } else {
            double z = v - n * (n + 1) / 4.0;
            double sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24.0 - ranks.tieSum() / 48);
            z = (z - Math.signum(z) * 0.5) / sigma;
            pValue = 2 * Math.min(Probabilities.normalCdf(z), Probabilities.normalUpper(z));
        }
        String label = pairs.first() + " - " + pairs.second();
        r.statistic(Statistic.of(label, "Wilcoxon signed-rank test" + (exact ? ", exact" : ""))
                .statistic("V", v).p(pValue).build());
        r.value("statistic", v).value("p", pValue).value("exact", exact ? 1 : 0);
        PairedNotes.add(r, data, pairs, "Wilcoxon signed-rank test of " + label + ", two-sided; " + (exact
                ? "exact p-value." : "normal approximation with continuity correction" + (ranks.hasTies()
                        ? " and tie correction" : "") + (zeros ? "; " + (all.length - n) + " zero differences "
                                + "dropped" : "") + "."));
        Inputs.warnCensored(data, r);
    }
}
