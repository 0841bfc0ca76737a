package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.vivarium.analysis.stats.math.Grubbs;

/**
 * {@code grubbs}: Grubbs' two-sided test for one outlier per group (optionally repeated on the remaining values).
 * It only PROPOSES exclusions: the table {@code proposals} lists each suspected value with the exclusion reason to
 * record; nothing is excluded until a user applies it (as labs' pre-registered outlier rules require). Values:
 * {@code <g>.G}, {@code <g>.p} (first round), {@code proposed} (number of proposals).
 */
public final class GrubbsAnalysis extends StatsAnalysis {

    private static final String ITERATE = "iterate";

    public GrubbsAnalysis() {
        super("grubbs", "Grubbs outlier test", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.GROUPS));
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(groupParameter("Factor whose levels are tested separately."), alphaParameter(),
                Parameter.flag(ITERATE, "Repeat", false, "Repeat the test on the remaining values after each "
                        + "proposed outlier (iterative Grubbs)."));
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        Groups g = Groups.of(data, p.text(GROUP, Dataset.ARM), List.of());
        double alpha = p.number(ALPHA);
        boolean iterate = p.flag(ITERATE);
        ResultTable.Builder tests = new ResultTable.Builder("tests", "Grubbs test per group")
                .column(Column.text("group", g.factor())).column(Column.count("n", "n"))
                .column(Column.text("unit", "Most extreme")).column(Column.number("value", "Value", measure.unit()))
                .column(Column.number("G", "G", "")).column(Column.p("p", "p"));
        ResultTable.Builder proposals = new ResultTable.Builder("proposals", "Proposed exclusions (not applied)")
                .column(Column.text("unit", data.unitKind())).column(Column.text("group", g.factor()))
                .column(Column.number("value", "Value", measure.unit())).column(Column.text("reason", "Reason"));
        int proposed = 0;
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            String name = g.levels().get(i);
            List<Observation> left = new ArrayList<>(g.observations().get(i));
            boolean first = true;
            while (left.size() >= 3) {
                double[] v = left.stream().mapToDouble(Observation::value).toArray();
                if (v.length > 2 && java.util.Arrays.stream(v).distinct().count() == 1) {
                    break;
                }
                Grubbs test = Grubbs.of(v);
                Observation o = left.get(test.index());
                tests.row(name, v.length, o.unit(), o.value(), test.g(), test.p());
                if (first) {
                    r.value(name + ".G", test.g()).value(name + ".p", test.p());
                    r.statistic(Statistic.of(name, "Grubbs test (two-sided)").statistic("G", test.g()).p(test.p())
                            .build());
                    first = false;
                }
                if (test.p() >= alpha) {
                    break;
                }
                proposed++;
                proposals.row(o.unit(), name, o.value(), String.format(Locale.ROOT, "Grubbs outlier (two-sided, "
                        + "alpha = %s): G = %.4f, p = %.4g, n = %d in %s %s", Inputs.key(alpha), test.g(), test.p(),
                        v.length, g.factor(), name));
                left.remove(test.index());
                if (!iterate) {
                    break;
                }
            }
            if (first) {
                skipped.add(name + " (n = " + g.n(i) + ")");
            }
        }
        r.value("proposed", proposed);
        r.table(tests.build());
        r.table(proposals.build());
        r.chart(Charts.dotPlot(measure.label() + " by " + g.factor(), measure.axisLabel(), g));
        r.note(Note.Kind.METHOD, "Grubbs' test for one outlier per group, two-sided, alpha = " + Inputs.key(alpha)
                + (iterate ? ", repeated on the remaining values" : "") + "; p = min(1, 2n P(T > t)), t from G.");
        r.note(Note.Kind.WARNING, proposed + " exclusion" + (proposed == 1 ? " is" : "s are") + " proposed; none is "
                + "applied. Apply an exclusion only under an outlier rule fixed before the study, and record its "
                + "reason.");
        if (!skipped.isEmpty()) {
            r.note(Note.Kind.INFO, "Not tested (fewer than 3 distinct values): " + String.join(", ", skipped));
        }
        r.note(Note.Kind.SAMPLE_SIZE, g.sizes() + ".");
    }
}
