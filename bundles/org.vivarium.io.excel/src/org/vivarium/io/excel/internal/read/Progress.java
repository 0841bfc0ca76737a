package org.vivarium.io.excel.internal.read;

/**
 * Told how far a reader is; the caller maps it onto a progress monitor and throws
 * {@link org.eclipse.core.runtime.OperationCanceledException} to cancel.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} units (bytes or rows; total is -1 when unknown). */
    void at(long done, long total);
}
