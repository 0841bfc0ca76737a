package org.vivarium.analysis.stats.analyses;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.analysis.stats.math.Adjust;
import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.Ranks;

/**
 * {@code kruskal-wallis}: Kruskal-Wallis rank test (tie-corrected, chi-square approximation, as R's
 * {@code kruskal.test}) followed by Dunn's pairwise test (z of mean-rank differences with the tie-corrected
 * variance; Bonferroni-adjusted). Values: {@code statistic}, {@code df}, {@code p}, and per pair {@code <B>-<A>.z},
 * {@code .p}, {@code .pAdjusted}.
 */
public final class KruskalWallisAnalysis extends StatsAnalysis {

    public KruskalWallisAnalysis() {
        super("kruskal-wallis", "Kruskal-Wallis test with Dunn's comparisons", Applicability.of(
                Applicability.Values.CONTINUOUS, Applicability.Design.SEVERAL_GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return groupAndLevels("Factor whose levels are the groups.");
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = groups(data, p, 2, Integer.MAX_VALUE, 1, "Kruskal-Wallis test");
        int k = g.size();
        int total = g.total();
        double[] all = new double[total];
        int[] groupOf = new int[total];
        int at = 0;
        for (int i = 0; i < k; i++) {
            for (double v : g.values(i)) {
                all[at] = v;
                groupOf[at++] = i;
            }
        }
        Ranks ranks = Ranks.of(all);
        if (ranks.tieSum() == (double) total * total * total - total) {
            throw new AnalysisException("Kruskal-Wallis test: all values are equal");
        }
        double[] rankSum = new double[k];
        for (int i = 0; i < total; i++) {
            rankSum[groupOf[i]] += ranks.rank(i);
        }
        double n = total;
        double h = 0;
        for (int i = 0; i < k; i++) {
            h += rankSum[i] * rankSum[i] / g.n(i);
        }
        h = (12 / (n * (n + 1)) * h - 3 * (n + 1)) / (1 - ranks.tieSum() / (n * n * n - n));
        double df = k - 1.0;
        double pValue = Probabilities.chiSquaredUpper(h, df);
        r.statistic(Statistic.of("Kruskal-Wallis", "Kruskal-Wallis rank sum test").statistic("Chisq", h).df(df)
                .p(pValue).effectSize("epsilon squared", h / (n - 1)).build());
        r.value("statistic", h).value("df", df).value("p", pValue);
        int m = k * (k - 1) / 2;
        double variance = n * (n + 1) / 12 - ranks.tieSum() / (12 * (n - 1));
        ResultTable.Builder t = new ResultTable.Builder("comparisons", "Dunn's test: all pairs (Bonferroni)")
                .column(Column.text("comparison", "Comparison")).column(Column.number("z", "z", ""))
                .column(Column.p("p", "p")).column(Column.p("pAdjusted", "Adjusted p"));
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                String key = g.levels().get(j) + "-" + g.levels().get(i);
                double z = (rankSum[j] / g.n(j) - rankSum[i] / g.n(i))
                        / Math.sqrt(variance * (1.0 / g.n(i) + 1.0 / g.n(j)));
                double pz = 2 * Probabilities.normalUpper(Math.abs(z));
                double adj = Adjust.bonferroni(pz, m);
                r.statistic(Statistic.of(key, "Dunn's test").statistic("z", z).p(pz).adjusted("Bonferroni", adj)
                        .build());
                r.value(key + ".z", z).value(key + ".p", pz).value(key + ".pAdjusted", adj);
                t.row(key, z, pz, adj);
            }
        }
        r.table(t.build());
        r.chart(Charts.dotPlot(measure.label() + " by " + g.factor(), measure.axisLabel(), g));
        r.note(Note.Kind.METHOD, "Kruskal-Wallis rank sum test (tie-corrected, chi-square approximation), then "
                + "Dunn's test with Bonferroni adjustment over " + m + " pairs.");
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + ".");
        Inputs.warnCensored(data, r);
    }
}
