package org.vivarium.analysis.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;

/** Writes to the platform log (the workspace's .log) when running in OSGi, else to java.util.logging. */
public final class AnalysisLog {

    public static final String BUNDLE = "org.vivarium.analysis";

    private AnalysisLog() {
    }

    public static void log(IStatus status) {
        try {
            ILog.of(AnalysisLog.class).log(status);
            return;
        } catch (RuntimeException | LinkageError notInOsgi) {
            // fall through
        }
        System.Logger logger = System.getLogger(BUNDLE);
        System.Logger.Level level = switch (status.getSeverity()) {
            case IStatus.ERROR -> System.Logger.Level.ERROR;
            case IStatus.WARNING -> System.Logger.Level.WARNING;
            default -> System.Logger.Level.INFO;
        };
        logger.log(level, status.getMessage(), status.getException());
    }
}
