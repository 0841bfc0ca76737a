package org.vivarium.analysis.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/**
 * Runs a contributed analysis in a test exactly as Vivarium does: found by its id in the registry (so the
 * {@code plugin.xml} is tested too) and run by the {@link AnalysisRunner}, which checks parameters and results.
 * Failures are plain {@link AssertionError}s, so any test framework reports them.
 */
public final class AnalysisTesting {

    /** The time limit of a run in tests. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    private AnalysisTesting() {
    }

    /**
     * The registered analysis with this id.
     *
     * @throws AssertionError listing the registered ids and the registry's problems when there is none
     */
    public static AnalysisDescriptor descriptor(String id) {
        AnalysisRegistry registry = AnalysisRegistry.getDefault();
        return registry.find(id).orElseThrow(() -> new AssertionError("no analysis '" + id
                + "' is registered (is plugin.xml in build.properties' bin.includes?); registered: "
                + registry.all().stream().map(AnalysisDescriptor::id).toList()
                + (registry.problems().isEmpty() ? "" : "; problems: " + registry.problems())));
    }

    /** Runs an analysis with its default parameters; see {@link #run(String, Dataset, Parameters)}. */
    public static AnalysisResult run(String id, Dataset data) {
        return run(id, data, Parameters.none());
    }

    /**
     * Runs an analysis. An error result for data that do not suit it ({@code AnalysisException}) is returned as
     * is; anything the runner would log (an unexpected exception, NaN or infinite numbers, a run over
     * {@link #TIME_LIMIT}) fails with an {@link AssertionError} carrying the message and cause.
     */
    public static AnalysisResult run(String id, Dataset data, Parameters parameters) {
        List<IStatus> logged = new ArrayList<>();
        AnalysisResult r = new AnalysisRunner(TIME_LIMIT, logged::add).run(descriptor(id), data, parameters,
                new NullProgressMonitor());
        if (!logged.isEmpty()) {
            IStatus first = logged.get(0);
            throw new AssertionError(first.getMessage(), first.getException());
        }
        return r;
    }

    /** Runs an analysis that must succeed: an error result fails with its message. */
    public static AnalysisResult runOk(String id, Dataset data, Parameters parameters) {
        AnalysisResult r = run(id, data, parameters);
        if (!r.isOk()) {
            throw new AssertionError("analysis " + id + " ended " + r.status() + ": " + r.message());
        }
        return r;
    }
}
