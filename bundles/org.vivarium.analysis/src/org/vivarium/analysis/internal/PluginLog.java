package org.vivarium.analysis.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;

/**
 * A log for plug-in failures that says where it wrote each entry, so that a message can name the file that holds the
 * stack trace. The runner appends {@link PluginFailures#seeLog(Path)} to its error messages when its log is one.
 */
public interface PluginLog extends Consumer<IStatus> {

    /** Writes the entry; returns the file it went to, or null when not known. */
    Path write(IStatus status);

    @Override
    default void accept(IStatus status) {
        write(status);
    }
}
