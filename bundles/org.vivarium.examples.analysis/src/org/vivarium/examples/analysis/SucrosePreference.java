package org.vivarium.examples.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Exclusion;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultTable;

/**
 * A lab-style analysis: sucrose preference per cage. In a sucrose preference test with shared bottles the cage is the
 * experimental unit, so the preference is computed per cage from its sucrose and water intake:
 * preference = sucrose / (sucrose + water) x 100. The result lists every cage, summarises each arm at each timepoint
 * (mean +/- SEM over cages) and flags the cages below the lab's anhedonia threshold (default 65%).
 * <p>
 * Values: {@code <arm>@<time>.meanPreference}, {@code <arm>@<time>.cages}, {@code cagesBelowThreshold}.
 */
public class SucrosePreference implements Analysis {

    static final String THRESHOLD = "threshold";
    static final String GROUP = "group";

    @Override
    public Applicability applicability() {
        return new Applicability(Applicability.Values.CONTINUOUS, Set.of("SPT"), Applicability.Design.GROUPS);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.number(THRESHOLD, "Anhedonia threshold (%)", 65,
                "Cages with a preference below this are flagged."),
                Parameter.factor(GROUP, "Group factor", Dataset.ARM, "Factor whose levels are summarised."));
    }

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) throws AnalysisException {
        if (!data.measures().containsKey("sucrose") || !data.measures().containsKey("water")) {
            throw new AnalysisException("sucrose preference needs the measures sucrose and water (found "
                    + data.measures().keySet() + ")");
        }
        String group = p.text(GROUP).isBlank() ? Dataset.ARM : p.text(GROUP);
        if (!data.hasFactor(Dataset.TIME)) {
            throw new AnalysisException("sucrose preference needs the time factor (time since dose) of a study");
        }
        if (!data.hasFactor(group)) {
            throw new AnalysisException("the data have no factor '" + group + "' (factors: " + data.factors() + ")");
        }
        double threshold = p.number(THRESHOLD);
        List<CagePreference> cages = CagePreference.of(data, group);
        if (cages.isEmpty()) {
            throw new AnalysisException("no cage has both a sucrose and a water value");
        }
        AnalysisResult.Builder r = AnalysisResult.builder("org.vivarium.examples.sucrose-preference",
                "Sucrose preference per cage (" + data.source() + ")");
        ResultTable.Builder perCage = new ResultTable.Builder("cages", "Preference of each cage")
                .column(Column.text("cage", "Cage")).column(Column.text("group", group))
                .column(Column.text("time", "Time since dose")).column(Column.number("sucrose", "Sucrose", "g"))
                .column(Column.number("water", "Water", "g")).column(Column.number("preference", "Preference", "%"))
                .column(Column.text("belowThreshold", "Below threshold"));
        int below = 0;
        for (CagePreference c : cages) {
            boolean low = c.preference() < threshold;
            below += low ? 1 : 0;
            perCage.row(c.cage(), c.group(), c.time(), c.sucrose(), c.water(), c.preference(), low ? "yes" : "no");
        }
        r.table(Summary.table(cages, data.levels(group), data.levels(Dataset.TIME), group, r));
        r.table(perCage.build());
        r.value("cagesBelowThreshold", below);
        r.chart(Summary.chart(cages, data.levels(group), data.levels(Dataset.TIME), threshold));
        r.note(Note.Kind.METHOD, "Preference = sucrose / (sucrose + water) x 100 per cage; the cage is the "
                + "experimental unit (shared bottles), so cages, not animals, are counted.");
        r.note(Note.Kind.SAMPLE_SIZE, cages.size() + " cage sessions; " + below + " below " + threshold + " %.");
        Map<String, Integer> excluded = new LinkedHashMap<>();
        for (Exclusion e : data.exclusions()) {
            excluded.merge(e.category(), 1, Integer::sum);
            r.note(Note.Kind.EXCLUSION, "Excluded: " + e.describe());
        }
        excluded.forEach(r::excluded);
        return r.build();
    }
}
