package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;

/** Notes and the chart of the paired analyses. */
final class PairedNotes {

    private PairedNotes() {
    }

    static void add(AnalysisResult.Builder r, Dataset data, Pairs pairs, String method) {
        r.note(Note.Kind.METHOD, method);
        r.note(Note.Kind.SAMPLE_SIZE, pairs.units().size() + " " + data.unitKind() + "s measured in both "
                + pairs.first() + " and " + pairs.second() + ".");
        if (!pairs.unpaired().isEmpty()) {
            r.note(Note.Kind.EXCLUSION, pairs.unpaired().size() + " " + data.unitKind() + "s without a value in both "
                    + "conditions are left out: " + String.join(", ", pairs.unpaired()));
            r.excluded("unpaired", pairs.unpaired().size());
        }
        List<Series> lines = new ArrayList<>();
        for (int i = 0; i < pairs.units().size(); i++) {
            lines.add(new Series(pairs.units().get(i), Series.Style.LINE_WITH_ERROR, List.of(
                    new Point(pairs.first(), 0, pairs.x()[i], null, null, pairs.units().get(i)),
                    new Point(pairs.second(), 1, pairs.y()[i], null, null, pairs.units().get(i)))));
        }
        Dataset.MeasureInfo m = data.measures().get(data.primaryMeasure());
        r.chart(new ChartSpec(ChartSpec.Kind.TIME_COURSE, m.label() + ": " + pairs.first() + " vs " + pairs.second()
                + " (one line per " + data.unitKind() + ")", "", m.axisLabel(), ChartSpec.Axis.CATEGORY,
                List.of(pairs.first(), pairs.second()), ChartSpec.ErrorBars.NONE, lines, List.of()));
    }
}
