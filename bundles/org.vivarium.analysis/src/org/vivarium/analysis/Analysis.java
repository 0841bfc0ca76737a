package org.vivarium.analysis;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/**
 * A statistical analysis that Vivarium can run on a {@link Dataset}. Contributed through the extension point
 * {@code org.vivarium.analysis.analyses} (see {@code schema/analyses.exsd}) or registered with
 * {@link AnalysisRegistry#register(AnalysisDescriptor)}.
 * <p>
 * Implementations are headless (no UI types), stateless and thread-safe: one instance may run several times, also
 * concurrently. They need a public no-argument constructor when contributed through the extension point. Run them
 * through {@link AnalysisRunner}, which checks parameters, enforces a time limit, catches exceptions and rejects
 * results with NaN or infinite numbers.
 */
public interface Analysis {

    /** What data the analysis applies to; a view offers it only for such data. */
    Applicability applicability();

    /** The parameters it takes, with defaults; {@link Parameters} passed to {@link #run} hold only these names. */
    List<Parameter> parameters();

    /**
     * Runs the analysis.
     *
     * @param data the data; its {@link Dataset#exclusions()} must be reported (the helper notes of the built-in
     *        analyses do this)
     * @param parameters values of {@link #parameters()} (defaults filled in)
     * @param monitor progress and cancellation: check {@link IProgressMonitor#isCanceled()} in long loops and throw
     *        {@link org.eclipse.core.runtime.OperationCanceledException} when cancelled
     * @return the result; never null
     * @throws AnalysisException when the data do not suit the analysis (too few groups, n too small, ...): the
     *         message is shown to the user as is, so say what is wrong and where
     */
    AnalysisResult run(Dataset data, Parameters parameters, IProgressMonitor monitor) throws AnalysisException;
}
