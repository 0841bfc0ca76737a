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
import org.vivarium.analysis.stats.math.KaplanMeier;

/**
 * {@code kaplan-meier}: Kaplan-Meier estimates per group for right-censored latencies (e.g. NSF latency censored at
 * the cutoff), with Greenwood standard errors, log-transformed 95% intervals and the median with its interval, as R's
 * {@code survfit(conf.type = "log")}. Values: {@code <g>.n}, {@code <g>.events}, {@code <g>.median},
 * {@code <g>.medianLower}, {@code <g>.medianUpper} (when reached) and per time {@code <g>@<time>.surv},
 * {@code .stdErr}, {@code .lower}, {@code .upper}.
 */
public final class KaplanMeierAnalysis extends StatsAnalysis {

    public KaplanMeierAnalysis() {
        super("kaplan-meier", "Kaplan-Meier estimates", Applicability.of(Applicability.Values.TIME_TO_EVENT,
                Applicability.Design.GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return groupAndLevels("Factor whose levels get their own curve.");
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = Groups.of(data, p.text(GROUP, Dataset.ARM), Inputs.levels(p.text(LEVELS)));
        String u = measure.unit();
        ResultTable.Builder steps = new ResultTable.Builder("survival", "Kaplan-Meier estimates")
                .column(Column.text("group", g.factor())).column(Column.number("time", "Time", u))
                .column(Column.count("atRisk", "At risk")).column(Column.count("events", "Events"))
                .column(Column.count("censored", "Censored")).column(Column.number("survival", "Survival", ""))
                .column(Column.number("stdErr", "SE of -log S", "")).column(Column.number("lower", "95% lower", ""))
                .column(Column.number("upper", "95% upper", ""));
        ResultTable.Builder medians = new ResultTable.Builder("medians", "Median time to event")
                .column(Column.text("group", g.factor())).column(Column.count("n", "n"))
                .column(Column.count("events", "Events")).column(Column.number("median", "Median", u))
                .column(Column.number("lower", "95% lower", u)).column(Column.number("upper", "95% upper", u));
        List<KaplanMeier> fits = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            String name = g.levels().get(i);
            KaplanMeier km = Survival.fit(g.observations().get(i));
            fits.add(km);
            int events = 0;
            for (KaplanMeier.Step s : km.steps()) {
                events += s.events();
                boolean se = s.survival() > 0 && Double.isFinite(s.stdErr());
                steps.row(name, s.time(), s.atRisk(), s.events(), s.censored(), s.survival(), se ? s.stdErr() : null,
                        se ? s.lower() : null, se ? s.upper() : null);
                String k = name + "@" + Inputs.key(s.time());
                r.value(k + ".surv", s.survival());
                if (se) {
                    r.value(k + ".stdErr", s.stdErr()).value(k + ".lower", s.lower()).value(k + ".upper", s.upper());
                }
            }
            r.value(name + ".n", g.n(i)).value(name + ".events", events);
            optional(r, name + ".median", km.median());
            optional(r, name + ".medianLower", km.medianLower());
            optional(r, name + ".medianUpper", km.medianUpper());
            medians.row(name, g.n(i), events, finite(km.median()), finite(km.medianLower()),
                    finite(km.medianUpper()));
        }
        r.table(medians.build());
        r.table(steps.build());
        r.chart(Survival.chart(measure.label() + " by " + g.factor() + " (Kaplan-Meier)", measure.axisLabel(),
                g.levels(), fits));
        r.note(Note.Kind.METHOD, "Kaplan-Meier product-limit estimates; Greenwood standard errors; 95% intervals "
                + "on the log scale (as R's survfit default); median = first time the curve is at or below 0.5.");
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + "; censored values: "
                + data.observations().stream().filter(o -> o.censored()).count() + ".");
    }

    private static void optional(AnalysisResult.Builder r, String key, double v) {
        if (Double.isFinite(v)) {
            r.value(key, v);
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
