package org.vivarium.publish.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.core.study.Time;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * The study's outcomes - every measure of an assay that has values - each with the built-in {@code durability}
 * analysis run on it (each treated arm vs control at each time since dose, Sidak-adjusted), as the Review
 * perspective's durability view and {@code vivarium analyze --analysis durability} run it.
 */
final class Outcomes {

    static final String DURABILITY = "durability";

    /**
     * One outcome.
     *
     * @param result the durability result, or null when it was not run
     * @param problem why there is no result ("" when there is one)
     * @param times the times since dose with values
     */
    record Outcome(AssayDefinition assay, MeasureDefinition measure, AnalysisResult result, String problem,
            List<String> times) {

        String name() {
            return assay.getCode() + " " + measure.getLabel().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Outcomes() {
    }

    static List<Outcome> run(Study study, SubMonitor monitor) {
        List<MeasureDefinition> measures = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (AssayDefinition a : study.getAssays()) {
            for (MeasureDefinition m : a.getMeasures()) {
                if (!times(a, m).isEmpty()) {
                    measures.add(m);
                }
            }
        }
        monitor.setWorkRemaining(Math.max(1, measures.size()));
        AnalysisDescriptor durability = AnalysisRegistry.getDefault().find(DURABILITY).orElse(null);
        for (MeasureDefinition m : measures) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            AssayDefinition a = (AssayDefinition) m.eContainer();
            monitor.subTask(a.getCode() + " " + m.getLabel());
            outcomes.add(outcome(study, a, m, durability, monitor.split(1)));
        }
        return outcomes;
    }

    private static Outcome outcome(Study study, AssayDefinition a, MeasureDefinition m, AnalysisDescriptor durability,
            SubMonitor monitor) {
        List<String> times = times(a, m);
        if (durability == null) {
            return new Outcome(a, m, null, "The durability analysis is not installed.", times);
        }
        if (times.size() < 2) {
            return new Outcome(a, m, null, "Measured at one time since dose only (" + times.get(0)
                    + "): there is no effect over time to show.", times);
        }
        try {
            AnalysisResult r = new AnalysisRunner().run(durability, StudyDatasets.extract(study, a.getCode(),
                    m.getName()), Parameters.none(), monitor);
            if (!r.isOk()) {
                return new Outcome(a, m, null, "Not analysed: " + r.message(), times);
            }
            return new Outcome(a, m, r, "", times);
        } catch (DatasetException e) {
            return new Outcome(a, m, null, "Not analysed: " + String.join("; ", e.problems()), times);
        }
    }

    /** The times since dose at which the measure has values, in order. */
    static List<String> times(AssayDefinition a, MeasureDefinition m) {
        List<Double> hours = new ArrayList<>();
        for (AssaySession s : a.getSessions()) {
            for (Measurement x : s.getMeasurements()) {
                if (x.getMeasure() == m) {
                    if (!hours.contains(s.getTimeFromDoseHours())) {
                        hours.add(s.getTimeFromDoseHours());
                    }
                    break;
                }
            }
        }
        return hours.stream().sorted().map(Time::sinceDose).toList();
    }
}
