package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
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
import org.vivarium.analysis.result.Statistic;
import org.vivarium.analysis.stats.math.KaplanMeier;
import org.vivarium.analysis.stats.math.LogRank;

/**
 * {@code logrank}: Mantel-Cox log-rank test of equal survival across groups (R: {@code survdiff(rho = 0)}).
 * Values: {@code statistic} (chi-square), {@code df}, {@code p}, {@code <g>.observed}, {@code <g>.expected}.
 */
public final class LogRankAnalysis extends StatsAnalysis {

    public LogRankAnalysis() {
        super("logrank", "Log-rank (Mantel-Cox) test", Applicability.of(Applicability.Values.TIME_TO_EVENT,
                Applicability.Design.SEVERAL_GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return groupAndLevels("Factor whose levels are compared.");
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = groups(data, p, 2, Integer.MAX_VALUE, 1, "log-rank test");
        List<Observation> all = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (Observation o : g.observations().get(i)) {
                all.add(o);
                group.add(i);
            }
        }
        LogRank lr = LogRank.of(Survival.times(all), Survival.events(all),
                group.stream().mapToInt(Integer::intValue).toArray(), g.size());
        if (lr.df() == 0) {
            throw new AnalysisException("log-rank test: no events in at least two groups");
        }
        r.statistic(Statistic.of("log-rank", "Log-rank (Mantel-Cox) test").statistic("Chisq", lr.chiSquare())
                .df(lr.df()).p(lr.p()).build());
        r.value("statistic", lr.chiSquare()).value("df", lr.df()).value("p", lr.p());
        ResultTable.Builder t = new ResultTable.Builder("events", "Observed and expected events")
                .column(Column.text("group", g.factor())).column(Column.count("n", "n"))
                .column(Column.number("observed", "Observed", "")).column(Column.number("expected", "Expected", ""))
                .column(Column.number("hazardRatio", "Hazard ratio vs " + g.levels().get(0), ""));
        List<KaplanMeier> fits = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            String name = g.levels().get(i);
            r.value(name + ".observed", lr.observed()[i]).value(name + ".expected", lr.expected()[i]);
            double hr = lr.hazardRatio(i, 0);
            t.row(name, g.n(i), lr.observed()[i], lr.expected()[i], Double.isFinite(hr) ? hr : null);
            fits.add(Survival.fit(g.observations().get(i)));
        }
        r.table(t.build());
        r.chart(Survival.chart(measure.label() + " by " + g.factor() + " (Kaplan-Meier)", measure.axisLabel(),
                g.levels(), fits));
        r.note(Note.Kind.METHOD, "Log-rank (Mantel-Cox) test, chi-square on " + lr.df() + " df; hazard ratios are "
                + "the (O/E) ratio estimates against " + g.levels().get(0) + ".");
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + "; censored values: "
                + data.observations().stream().filter(o -> o.censored()).count() + ".");
    }
}
