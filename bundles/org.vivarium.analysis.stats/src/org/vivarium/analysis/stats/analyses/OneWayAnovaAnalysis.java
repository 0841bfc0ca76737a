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

/**
 * {@code one-way-anova}: F test of equal means across the groups of one factor, by centred sums of squares
 * (verified against the NIST StRD ANOVA data sets). Values: {@code dfBetween}, {@code dfWithin}, {@code ssBetween},
 * {@code ssWithin}, {@code msBetween}, {@code msWithin}, {@code f}, {@code p}, {@code rSquared}, {@code residualSd},
 * {@code omegaSquared}; assumption checks: normality of the residuals ({@code shapiro.w}, {@code shapiro.p}) and
 * equal variances ({@code levene.f}, {@code levene.df1}, {@code levene.df2}, {@code levene.p}).
 */
public final class OneWayAnovaAnalysis extends StatsAnalysis {

    public OneWayAnovaAnalysis() {
        super("one-way-anova", "One-way ANOVA", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.SEVERAL_GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return groupAndLevels("Factor whose levels are the groups.");
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = groups(data, p, 2, Integer.MAX_VALUE, 1, "one-way ANOVA");
        OneWay a = fit(g);
        anova(r, a, g.factor());
        r.chart(Charts.dotPlot(measure.label() + " by " + g.factor(), measure.axisLabel(), g));
        r.note(Note.Kind.METHOD, "One-way ANOVA, centred (two-pass) sums of squares.");
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + "; N = " + a.n() + " " + data.unitKind() + "s.");
        Assumptions.groups(r, g.values(), true, Assumptions.ANOVA_NON_NORMAL, Assumptions.ANOVA_UNEQUAL);
        Inputs.warnCensored(data, r);
    }

    /** Fits, refusing designs without residual degrees of freedom or variation. */
    static OneWay fit(Groups g) throws AnalysisException {
        OneWay a = OneWay.of(g.values());
        if (a.dfWithin() < 1) {
            throw new AnalysisException("one-way ANOVA needs more values than groups (N = " + a.n() + ", "
                    + a.k() + " groups)");
        }
        if (a.ssWithin() == 0) {
            throw new AnalysisException("one-way ANOVA: no variation within the groups (all values equal)");
        }
        return a;
    }

    /** The ANOVA table, statistic and values of a one-way fit. */
    static void anova(AnalysisResult.Builder r, OneWay a, String factor) {
        r.statistic(Statistic.of("F(" + factor + ")", "One-way ANOVA").statistic("F", a.f())
                .df(a.dfBetween(), a.dfWithin()).p(a.p()).effectSize("eta squared", a.rSquared()).build());
        r.value("dfBetween", a.dfBetween()).value("dfWithin", a.dfWithin()).value("ssBetween", a.ssBetween())
                .value("ssWithin", a.ssWithin()).value("msBetween", a.msBetween()).value("msWithin", a.msWithin())
                .value("f", a.f()).value("p", a.p()).value("rSquared", a.rSquared())
                .value("residualSd", a.residualSd()).value("omegaSquared", a.omegaSquared());
        r.table(new ResultTable.Builder("anova", "Analysis of variance").column(Column.text("source", "Source"))
                .column(Column.number("df", "df", "")).column(Column.number("ss", "Sum of squares", ""))
                .column(Column.number("ms", "Mean square", "")).column(Column.number("f", "F", ""))
                .column(Column.p("p", "p"))
                .row(factor, a.dfBetween(), a.ssBetween(), a.msBetween(), a.f(), a.p())
                .row("Residual", a.dfWithin(), a.ssWithin(), a.msWithin(), null, null).build());
    }
}
