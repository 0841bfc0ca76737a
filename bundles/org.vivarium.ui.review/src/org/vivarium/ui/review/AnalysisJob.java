package org.vivarium.ui.review;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.internal.AnalysisLog;
import org.vivarium.analysis.result.AnalysisResult;

/**
 * Runs an analysis in the background with progress and cancellation (through {@link AnalysisRunner}, which turns a
 * plug-in that throws, hangs or returns garbage into an error result naming the plug-in and the workspace log that
 * holds the stack trace), within the time limit of Window > Preferences > Analyses; hands the result to the UI thread.
 */
public final class AnalysisJob extends Job {

    /** Family of all analysis jobs (tests join it). */
    public static final Object FAMILY = AnalysisJob.class;

    private final AnalysisDescriptor descriptor;
    private final Dataset data;
    private final Parameters parameters;
    private final Display display;
    private final Consumer<AnalysisResult> onResult;

    public AnalysisJob(AnalysisDescriptor descriptor, Dataset data, Parameters parameters, Display display,
            Consumer<AnalysisResult> onResult) {
        super("Analysis: " + descriptor.name());
        this.descriptor = descriptor;
        this.data = data;
        this.parameters = parameters;
        this.display = display;
        this.onResult = onResult;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        AnalysisResult result = new AnalysisRunner(AnalysisPreferences.timeLimit(), AnalysisLog.platform())
                .run(descriptor, data, parameters, monitor);
        if (!display.isDisposed()) {
            display.asyncExec(() -> onResult.accept(result));
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
