package org.vivarium.analysis.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * Writes to the platform log when running in OSGi, else to java.util.logging. The platform log is the workspace's
 * {@code .metadata/.log} in the workbench; {@link #platform()} says so in each message that needs it.
 */
public final class AnalysisLog {

    public static final String BUNDLE = "org.vivarium.analysis";

    private static final PluginLog PLATFORM = status -> {
        log(status);
        return file();
    };

    private AnalysisLog() {
    }

    /** The platform log as a {@link PluginLog}: entries go to {@link #log(IStatus)}, the file is {@link #file()}. */
    public static PluginLog platform() {
        return PLATFORM;
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

    /** The platform log file (the workspace's .metadata/.log, or the configuration area's without a workspace). */
    public static Path file() {
        try {
            IPath location = Platform.getLogFileLocation();
            return location == null ? null : location.toFile().toPath().toAbsolutePath();
        } catch (RuntimeException | LinkageError notInOsgi) {
            return null;
        }
    }
}
