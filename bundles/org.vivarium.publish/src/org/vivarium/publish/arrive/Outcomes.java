package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * The study's outcomes with data and the analyses the report runs on them through the installed analyses
 * ({@link AnalysisRegistry}, {@link AnalysisRunner}): descriptive statistics of every measure per arm and timepoint;
 * while the treatments are not coded, the durability comparisons of each treated arm with the control at each
 * timepoint (t tests, or log-rank tests for censored latencies; Sidak-adjusted), and for the primary measure of each
 * assay of a two-compound factorial design a two-way ANOVA per timepoint.
 */
final class Outcomes {

    static final String DESCRIPTIVES = "descriptives";
    static final String DURABILITY = "durability";
    static final String TWO_WAY = "two-way-anova";

    /** One measure of an assay with the values that enter analyses and the results. */
    record Outcome(AssayDefinition assay, MeasureDefinition measure, Dataset data, boolean censored,
            AnalysisResult descriptives, AnalysisResult comparisons, Map<String, AnalysisResult> anovas) {

        /** "FST immobility (s)". */
        String name() {
            String unit = measure.getUnit() == null || measure.getUnit().isBlank() ? "" : " (" + measure.getUnit()
                    + ")";
            return assay.getCode() + " " + label() + unit;
        }

        /** "Immobility". */
        String label() {
            return measure.getLabel() == null || measure.getLabel().isBlank() ? measure.getName() : measure.getLabel();
        }

        boolean primary() {
            return measure.isPrimary();
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> factors;
    private final Set<String> missing = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private Outcomes(List<String> factors) {
        this.factors = factors;
    }

    /** Runs the analyses; the monitor is advanced and checked for cancellation per measure. */
    static Outcomes run(Study study, Naming naming, SubMonitor monitor) {
        Outcomes o = new Outcomes(factorial(study));
        List<AssayDefinition> assays = study.getAssays().stream().filter(Outcomes::hasValues).toList();
        SubMonitor m = SubMonitor.convert(monitor, assays.size() * 4);
        boolean compare = !naming.blinded() && Studies.controlArm(study) != null && study.getArms().size() > 1;
        for (AssayDefinition assay : assays) {
            checkCancel(m);
            Dataset all;
            try {
                all = StudyDatasets.extract(study, assay.getCode(), null);
            } catch (DatasetException e) {
                o.problems.add(assay.getCode() + ": " + String.join("; ", e.problems()));
                continue;
            }
            SubMonitor perAssay = m.split(4).setWorkRemaining(assay.getMeasures().size());
            for (MeasureDefinition measure : assay.getMeasures()) {
                checkCancel(perAssay);
                Dataset d = all.select(measure.getName(), null);
                if (!d.observations().isEmpty()) {
                    o.outcomes.add(o.analyse(assay, measure, d, compare, perAssay.split(1)));
                }
            }
        }
        return o;
    }

    private Outcome analyse(AssayDefinition assay, MeasureDefinition measure, Dataset d, boolean compare,
            SubMonitor monitor) {
        String name = measure.getName();
        boolean censored = measure.getCensoringCutoff() != null || d.hasCensoredValues();
        boolean timed = d.hasFactor(Dataset.TIME);
        AnalysisResult descriptives = run(DESCRIPTIVES, d, monitor, timed ? new String[] { "measure", name, "by",
                Dataset.TIME } : new String[] { "measure", name });
        AnalysisResult comparisons = compare && d.levels(Dataset.ARM).size() > 1 && timed
                ? run(DURABILITY, d, monitor, "measure", name) : null;
        Map<String, AnalysisResult> anovas = new LinkedHashMap<>();
        if (compare && measure.isPrimary() && !censored && factors.size() == 2 && timed) {
            for (String time : d.levels(Dataset.TIME)) {
                Dataset at = d.select(name, x -> time.equals(x.level(Dataset.TIME)));
                anovas.put(time, run(TWO_WAY, at, monitor, "measure", name, "group", factors.get(0), "by",
                        factors.get(1)));
            }
        }
        return new Outcome(assay, measure, d, censored, descriptives, comparisons, anovas);
    }

    private AnalysisResult run(String id, Dataset data, SubMonitor monitor, String... params) {
        AnalysisDescriptor d = AnalysisRegistry.getDefault().find(id).orElse(null);
        if (d == null) {
            missing.add(id);
            return null;
        }
        return new AnalysisRunner().run(d, data, Parameters.of(params), monitor.newChild(0));
    }

    private static void checkCancel(SubMonitor m) {
        if (m.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static boolean hasValues(AssayDefinition assay) {
        return assay.getSessions().stream().anyMatch(s -> !s.getMeasurements().isEmpty());
    }

    /**
     * The two compound factors of a full 2-factor design (each with 2 or more levels, every combination an arm), e.g.
     * [Ketamine, BCI]; empty otherwise.
     */
    static List<String> factorial(Study study) {
        Map<String, Map<String, String>> compounds = StudyDatasets.compoundFactors(study);
        List<String> varying = compounds.entrySet().stream().filter(e -> new LinkedHashSet<>(e.getValue().values())
                .size() > 1).map(Map.Entry::getKey).toList();
        if (varying.size() != 2) {
            return List.of();
        }
        Set<String> combinations = new LinkedHashSet<>();
        for (TreatmentArm arm : study.getArms()) {
            combinations.add(compounds.get(varying.get(0)).get(arm.getCode()) + "\u0000" + compounds.get(varying.get(1))
                    .get(arm.getCode()));
        }
        long a = new LinkedHashSet<>(compounds.get(varying.get(0)).values()).size();
        long b = new LinkedHashSet<>(compounds.get(varying.get(1)).values()).size();
        return combinations.size() == a * b ? varying : List.of();
    }

    List<Outcome> all() {
        return outcomes;
    }

    /** The factors of the factorial design, e.g. [Ketamine, BCI], or empty. */
    List<String> factors() {
        return factors;
    }

    /** Ids of analyses the report would have run but are not installed. */
    Set<String> missing() {
        return missing;
    }

    /** Assays whose data could not be extracted, with why. */
    List<String> problems() {
        return problems;
    }

    /** Sessions without values yet (not done, or nothing entered). */
    static List<AssaySession> empty(Study study) {
        return Studies.sessions(study).stream().filter(s -> s.getMeasurements().isEmpty()).toList();
    }
}
