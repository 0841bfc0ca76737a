package org.vivarium.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.vivarium.analysis.internal.AnalysisLog;
import org.vivarium.analysis.internal.PluginFailures;
import org.vivarium.analysis.internal.PluginLog;

/**
 * Where the command line logs a plug-in's failure: a stack trace goes to a new file in {@link ErrorLog#folder()}
 * (the message names it); entries without one go to the platform log. Remembers whether the run timed out.
 */
final class AnalysisFailureLog implements PluginLog {

    private final Path folder;
    private volatile boolean timedOut;

    AnalysisFailureLog(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path write(IStatus status) {
        if (status.getCode() == PluginFailures.TIMED_OUT) {
            timedOut = true;
        }
        if (status.getException() == null) {
            AnalysisLog.log(status);
            return null;
        }
        try {
            return ErrorLog.write(folder, "vivarium: " + status.getMessage(), status.getException());
        } catch (IOException | RuntimeException e) {
            AnalysisLog.log(status);
            return AnalysisLog.file();
        }
    }

    /** Whether a run logged here was stopped at its time limit. */
    boolean timedOut() {
        return timedOut;
    }
}
