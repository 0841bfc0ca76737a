package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
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
import org.vivarium.analysis.stats.math.DunnettDistribution;
import org.vivarium.analysis.stats.math.OneWay;

/**
 * {@code dunnett}: one-way ANOVA followed by Dunnett's two-sided comparisons of every group with a control, with
 * adjusted p-values and simultaneous intervals from the multivariate t distribution (see
 * {@link DunnettDistribution}: exact reduction to a 2-d integral, computed by adaptive quadrature). Values:
 * {@code <T>-<C>.diff}, {@code .t}, {@code .p}, {@code .lwr}, {@code .upr}, {@code critical}, plus the ANOVA values and
 * assumption checks of {@code one-way-anova}.
 */
public final class DunnettAnalysis extends StatsAnalysis {

    public DunnettAnalysis() {
        super("dunnett", "One-way ANOVA with Dunnett's test", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.SEVERAL_GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(groupParameter("Factor whose levels are compared with the control."), levelsParameter(),
                controlParameter(), Parameter.number("level", "Confidence level", 0.95,
                        "Family-wise level of the simultaneous intervals."));
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = groups(data, p, 2, Integer.MAX_VALUE, 1, "Dunnett's test");
        String control = Inputs.control(data, g.factor(), p.text(CONTROL));
        int c = g.index(control);
        if (c < 0) {
            throw new AnalysisException("the control " + control + " is not among the compared levels " + g.levels());
        }
        OneWay a = OneWayAnovaAnalysis.fit(g);
        OneWayAnovaAnalysis.anova(r, a, g.factor());
        List<Integer> treated = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (i != c) {
                treated.add(i);
            }
        }
        int[] sizes = treated.stream().mapToInt(i -> a.groupN()[i]).toArray();
        DunnettDistribution dist = new DunnettDistribution(sizes, a.groupN()[c], a.dfWithin());
        double level = p.number("level");
        double critical = dist.critical(1 - level);
        r.value("critical", critical);
        ResultTable.Builder t = new ResultTable.Builder("comparisons", "Dunnett: each group vs " + control)
                .column(Column.text("comparison", "Comparison"))
                .column(Column.number("diff", "Difference", measure.unit()))
                .column(Column.number("lwr", "Lower", measure.unit()))
                .column(Column.number("upr", "Upper", measure.unit())).column(Column.number("t", "t", ""))
                .column(Column.p("p", "Adjusted p"));
        for (int i : treated) {
            if (monitor.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            String key = g.levels().get(i) + "-" + control;
            double diff = a.groupMeans()[i] - a.groupMeans()[c];
            double se = Math.sqrt(a.msWithin() * (1.0 / a.groupN()[i] + 1.0 / a.groupN()[c]));
            double tv = diff / se;
            double pAdj = dist.upper(Math.abs(tv));
            r.statistic(Statistic.of(key, "Dunnett's test (two-sided)").statistic("t", tv).df(a.dfWithin())
                    .adjusted("Dunnett", pAdj).estimate("difference", diff)
                    .ci(level, diff - critical * se, diff + critical * se).build());
            r.value(key + ".diff", diff).value(key + ".t", tv).value(key + ".p", pAdj)
                    .value(key + ".lwr", diff - critical * se).value(key + ".upr", diff + critical * se);
            t.row(key, diff, diff - critical * se, diff + critical * se, tv, pAdj);
        }
        r.table(t.build());
        r.chart(Charts.dotPlot(measure.label() + " by " + g.factor(), measure.axisLabel(), g));
        r.note(Note.Kind.METHOD, "One-way ANOVA, then Dunnett's two-sided many-to-one comparisons with control "
                + control + "; adjusted p-values and " + Inputs.percent(level) + " simultaneous intervals from the "
                + "multivariate t distribution (product correlation, 2-d integral by adaptive Gauss-Kronrod "
                + "quadrature, relative accuracy about 1e-11; p-values below 1e-15 are not resolved).");
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + ".");
        Assumptions.groups(r, g.values(), true, Assumptions.ANOVA_NON_NORMAL, Assumptions.ANOVA_UNEQUAL);
        Inputs.warnCensored(data, r);
    }
}
