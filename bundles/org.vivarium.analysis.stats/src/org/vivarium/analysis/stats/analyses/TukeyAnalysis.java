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
import org.vivarium.analysis.stats.math.OneWay;
import org.vivarium.analysis.stats.math.StudentizedRange;

/**
 * {@code tukey-hsd}: one-way ANOVA followed by Tukey's honestly significant differences (Tukey-Kramer for unequal n),
 * as R's {@code TukeyHSD(aov(...))}: for each pair (later level - earlier level) the difference, the simultaneous
 * interval and the adjusted p-value from the studentized range distribution (R's algorithm, see
 * {@link StudentizedRange}). Values: {@code <B>-<A>.diff}, {@code .lwr}, {@code .upr}, {@code .p}, plus the ANOVA
 * values and assumption checks of {@code one-way-anova}.
 */
public final class TukeyAnalysis extends StatsAnalysis {

    public TukeyAnalysis() {
        super("tukey-hsd", "One-way ANOVA with Tukey HSD", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.SEVERAL_GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(groupParameter("Factor whose levels are compared pairwise."), levelsParameter(),
                Parameter.number("level", "Confidence level", 0.95, "Family-wise level of the intervals."));
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = groups(data, p, 2, Integer.MAX_VALUE, 1, "Tukey HSD");
        OneWay a = OneWayAnovaAnalysis.fit(g);
        if (a.dfWithin() < 2) {
            throw new AnalysisException("Tukey HSD needs at least 2 residual degrees of freedom");
        }
        OneWayAnovaAnalysis.anova(r, a, g.factor());
        double level = p.number("level");
        int k = g.size();
        double q = StudentizedRange.quantile(level, 1, k, a.dfWithin());
        ResultTable.Builder t = new ResultTable.Builder("comparisons", "Tukey HSD: all pairwise differences")
                .column(Column.text("comparison", "Comparison")).column(Column.number("diff", "Difference",
                        measure.unit()))
                .column(Column.number("lwr", "Lower", measure.unit())).column(Column.number("upr", "Upper",
                        measure.unit()))
                .column(Column.p("p", "Adjusted p"));
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                monitor.worked(1);
                String key = g.levels().get(j) + "-" + g.levels().get(i);
                double diff = a.groupMeans()[j] - a.groupMeans()[i];
                double se = Math.sqrt(a.msWithin() / 2 * (1.0 / a.groupN()[i] + 1.0 / a.groupN()[j]));
                double pAdj = StudentizedRange.upper(Math.abs(diff) / se, 1, k, a.dfWithin());
                double width = q * se;
                r.statistic(Statistic.of(key, "Tukey HSD").statistic("q", Math.abs(diff) / se * Math.sqrt(2))
                        .df(a.dfWithin()).adjusted("Tukey", pAdj).estimate("difference", diff)
                        .ci(level, diff - width, diff + width).build());
                r.value(key + ".diff", diff).value(key + ".lwr", diff - width).value(key + ".upr", diff + width)
                        .value(key + ".p", pAdj);
                t.row(key, diff, diff - width, diff + width, pAdj);
            }
        }
        r.table(t.build());
        r.chart(Charts.dotPlot(measure.label() + " by " + g.factor(), measure.axisLabel(), g));
        r.note(Note.Kind.METHOD, "One-way ANOVA, then Tukey HSD (Tukey-Kramer for unequal n) with "
                + Inputs.percent(level) + " family-wise intervals; studentized range probabilities by R's "
                + "algorithm (Copenhaver and Holland 1988; quantile by secant iteration to 1e-4 as R's qtukey).");
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + ".");
        Assumptions.groups(r, g.values(), true, Assumptions.ANOVA_NON_NORMAL, Assumptions.ANOVA_UNEQUAL);
        Inputs.warnCensored(data, r);
    }
}
