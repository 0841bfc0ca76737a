package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Series;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * The dashboard's key result: a primary outcome's mean ± SEM per arm over time, from complete sessions only (a
 * session not completed, or with values for fewer animals than it tests, would plot a handful of values as if they
 * were the arm), with n per arm and time, and the assay and measure named.
 *
 * @param assay the outcome's assay
 * @param measure the outcome
 * @param data its values in complete sessions
 * @param leftOut the sessions with values that are left out, e.g. "FST 1 h (12 of 80 animals, not completed)"
 */
record KeyResult(AssayDefinition assay, MeasureDefinition measure, Dataset data, List<String> leftOut) {

    /** The values of a measure in the complete sessions of its assay. */
    static KeyResult of(Study study, MeasureDefinition measure) throws DatasetException {
        AssayDefinition assay = (AssayDefinition) measure.eContainer();
        Dataset all = StudyDatasets.extract(study, assay.getCode(), measure.getName());
        Set<String> dropped = new HashSet<>();
        List<String> leftOut = new ArrayList<>();
        boolean byCage = assay.getUnit() == ExperimentalUnit.CAGE;
        for (AssaySession s : assay.getSessions()) {
            Set<String> measured = new HashSet<>();
            for (Measurement m : s.getMeasurements()) {
                if (m.getMeasure() == measure && (m.getAnimal() != null || m.getCage() != null)) {
                    measured.add(m.getAnimal() != null ? m.getAnimal().getId() : m.getCage().getLabel());
                }
            }
            int tested = byCage ? Studies.cagesOf(s).size() : (int) Studies.animalsOf(s).stream()
                    .filter(a -> Studies.isActive(a) || measured.contains(a.getId())).count();
            boolean done = s.getCompletedAt() != null;
            if (!measured.isEmpty() && (!done || measured.size() < tested)) {
                String time = Time.sinceDose(s.getTimeFromDoseHours());
                measured.forEach(unit -> dropped.add(unit + '\u0000' + time));
                leftOut.add(Labels.name(s) + " (" + measured.size() + " of " + tested + (byCage ? " cages"
                        : " animals") + (done ? "" : ", not completed") + ")");
            }
        }
        Dataset complete = dropped.isEmpty() ? all : SubsetData.filter(all, all.source(),
                o -> !dropped.contains(o.unit() + '\u0000' + o.level(Dataset.TIME)), e -> true);
        return new KeyResult(assay, measure, complete, leftOut);
    }

    /** e.g. "Forced swim test (FST): Immobility (s)". */
    String title() {
        String unit = measure.getUnit() == null || measure.getUnit().isBlank() ? "" : " (" + measure.getUnit() + ")";
        return assay.getName() + " (" + assay.getCode() + "): " + measure.getLabel() + unit;
    }

    /** The line under the chart: what n counts (before the chart is made). */
    String caption() {
        return "n = " + data.unitKind() + "s per arm and time since dose.";
    }

    /**
     * The line under the drawn chart: n of every point, e.g. "n = 20 animals per arm and time since dose, except
     * KET+VEH at 8 wk (19); VEH+BCI at 2 wk (19), 4 wk (19)." Call after {@link #chart(AnalysisResult)}.
     */
    String nText(ChartSpec spec) {
        int most = spec.series().stream().flatMap(x -> x.points().stream()).mapToInt(KeyResult::n).max().orElse(0);
        List<String> exceptions = new ArrayList<>();
        for (Series arm : spec.series()) {
            List<String> fewer = arm.points().stream().filter(q -> n(q) < most)
                    .map(q -> q.category() + " (" + n(q) + ")").toList();
            if (!fewer.isEmpty()) {
                String name = arm.name().contains(" (n = ") ? arm.name().substring(0, arm.name().indexOf(" (n = "))
                        : arm.name();
                exceptions.add(name + " at " + String.join(", ", fewer));
            }
        }
        return "n = " + most + " " + data.unitKind() + "s per arm and time since dose"
                + (exceptions.isEmpty() ? "." : ", except " + String.join("; ", exceptions) + ".");
    }

    /** The n a point of {@link #chart(AnalysisResult)} carries in its label ("n = 19"). */
    private static int n(Point p) {
        return p.label() != null && p.label().startsWith("n = ") ? Integer.parseInt(p.label().substring(4)) : 0;
    }

    /** Which sessions are left out and why, or "" when none. */
    String leftOutText() {
        return leftOut.isEmpty() ? "" : "Not shown until complete: " + String.join("; ", leftOut) + ".";
    }

    /** Mean ± SEM per arm over time from the descriptives of {@link #data()} (by arm and time). */
    ChartSpec chart(AnalysisResult descriptives) {
        ResultTable t = descriptives.table("descriptives");
        if (t == null || t.columnIndex("by") < 0) {
            return null;
        }
        int group = t.columnIndex("group");
        int by = t.columnIndex("by");
        int n = t.columnIndex("n");
        int mean = t.columnIndex("mean");
        int sem = t.columnIndex("sem");
        Map<String, List<Point>> points = new LinkedHashMap<>();
        Map<String, Set<Integer>> sizes = new LinkedHashMap<>();
        for (List<Object> row : t.rows()) {
            String arm = String.valueOf(row.get(group));
            double m = ((Number) row.get(mean)).doubleValue();
            double e = row.get(sem) instanceof Number s ? s.doubleValue() : 0;
            int k = ((Number) row.get(n)).intValue();
            points.computeIfAbsent(arm, a -> new ArrayList<>()).add(new Point(String.valueOf(row.get(by)), 0, m,
                    m - e, m + e, "n = " + k));
            sizes.computeIfAbsent(arm, a -> new java.util.TreeSet<>()).add(k);
        }
        List<Series> series = new ArrayList<>();
        points.forEach((arm, p) -> {
            List<Integer> k = new ArrayList<>(sizes.get(arm));
            String range = k.size() == 1 ? "" + k.get(0) : k.get(0) + "\u2013" + k.get(k.size() - 1);
            series.add(new Series(arm + " (n = " + range + ")", Series.Style.LINE_WITH_ERROR, p));
        });
        List<String> times = data.hasFactor(Dataset.TIME) ? data.levels(Dataset.TIME) : List.of();
        String yLabel = data.measures().get(data.primaryMeasure()).axisLabel();
        return new ChartSpec(ChartSpec.Kind.TIME_COURSE, title() + ", mean \u00b1 SEM", "Time since dose", yLabel,
                ChartSpec.Axis.CATEGORY, times, ChartSpec.ErrorBars.SEM, series, List.of());
    }
}
