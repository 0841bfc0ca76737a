package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Note;

/**
 * Base of the built-in analyses: the common parameters ({@code measure}, {@code subset}), measure and subset
 * selection, and the exclusion notes every result carries.
 */
abstract class StatsAnalysis implements Analysis {

    static final String MEASURE = "measure";
    static final String SUBSET = "subset";
    static final String GROUP = "group";
    static final String BY = "by";
    static final String LEVELS = "levels";
    static final String CONTROL = "control";
    static final String ALPHA = "alpha";

    private final String id;
    private final String title;
    private final Applicability applicability;

    StatsAnalysis(String id, String title, Applicability applicability) {
        this.id = id;
        this.title = title;
        this.applicability = applicability;
    }

    @Override
    public Applicability applicability() {
        return applicability;
    }

    @Override
    public final List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(ownParameters());
        all.add(Parameter.measure());
        all.add(new Parameter(SUBSET, "Subset", Parameter.Type.TEXT, "", List.of(),
                "Analyse only the rows with these levels: factor=level[;factor=level], e.g. time=1 wk;sex=FEMALE."));
        return all;
    }

    /** Whether this run pools several timepoints without modelling time (then the result warns). */
    boolean poolsTimepoints(Dataset data, Parameters p) {
        if (!data.hasFactor(Dataset.TIME) || data.levels(Dataset.TIME).size() < 2) {
            return false;
        }
        return java.util.stream.Stream.of(GROUP, BY, "within").noneMatch(n -> Dataset.TIME.equals(p.text(n)));
    }

    /** The analysis-specific parameters. */
    abstract List<Parameter> ownParameters();

    @Override
    public final AnalysisResult run(Dataset data, Parameters parameters, IProgressMonitor monitor)
            throws AnalysisException {
        Dataset d = Inputs.prepare(data, parameters);
        Dataset.MeasureInfo measure = d.measures().get(d.primaryMeasure());
        AnalysisResult.Builder r = AnalysisResult.builder(id, title + ": " + measure.axisLabel()
                + (d.source().isEmpty() ? "" : " (" + d.source() + ")"));
        analyse(d, measure, parameters, monitor, r);
        if (poolsTimepoints(d, parameters)) {
            List<String> times = d.levels(Dataset.TIME);
            r.note(Note.Kind.WARNING, "Values of " + times.size() + " timepoints (" + String.join(", ", times)
                    + ") are analysed together; analyse one time since dose (Analyse only: Time since dose; on the "
                    + "command line --param subset=time=" + times.get(0) + "), or use time as a factor (durability, two-way-anova with by=time).");
        }
        Inputs.reportExclusions(d, r);
        return r.build();
    }

    /** Computes the result into {@code r}. */
    abstract void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException;

    /**
     * The groups of the {@code group} parameter's factor (restricted to the {@code levels} parameter), checked to
     * number between min and max (and at most {@link Groups#MAX_GROUPS}) with at least minN values each and at least
     * one group with 2 or more values; {@code name} names the analysis in messages.
     */
    static Groups groups(Dataset data, Parameters p, int min, int max, int minN, String name)
            throws AnalysisException {
        return Groups.of(data, p.text(GROUP, Dataset.ARM), Inputs.levels(p.text(LEVELS))).requireReplicates()
                .require(min, max, name).requireN(minN, name);
    }

    static Parameter groupParameter(String description) {
        return Parameter.factor(GROUP, "Group factor", Dataset.ARM, description);
    }

    /** The group factor and its levels: the parameters of most group comparisons. */
    static List<Parameter> groupAndLevels(String description) {
        return List.of(groupParameter(description), levelsParameter());
    }

    static Parameter levelsParameter() {
        return new Parameter(LEVELS, "Levels", Parameter.Type.TEXT, "", List.of(),
                "Comma-separated levels of the group factor to compare, in order (default: all levels).");
    }

    static Parameter controlParameter() {
        return Parameter.level(CONTROL, "Control", "The control level (default: the study's control arm, else the "
                + "first level).");
    }

    static Parameter alphaParameter() {
        return Parameter.number(ALPHA, "Significance level", 0.05, "Two-sided significance level; confidence "
                + "intervals have level 1 - alpha.");
    }
}
