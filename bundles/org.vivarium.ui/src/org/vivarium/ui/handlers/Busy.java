package org.vivarium.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.PlatformUI;

/**
 * Runs file work (reading, writing a study or an export) in a background thread while the window stays painted: a
 * busy cursor, and a progress dialog when it takes long. The work's own exception comes back as it was thrown.
 */
final class Busy {

    /** The work, with its result and its checked exception. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run(IProgressMonitor monitor) throws E;
    }

    private Busy() {
    }

    /**
     * Runs the work; any other failure, or an interruption, becomes the work's exception type through {@code wrap}
     * (message, cause).
     */
    @SuppressWarnings("unchecked")
    static <T, E extends Exception> T run(String task, Class<E> type, Work<T, E> work,
            BiFunction<String, Throwable, E> wrap) throws E {
        Object[] result = new Object[1];
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                try {
                    result[0] = work.run(monitor);
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw type.isInstance(cause) ? type.cast(cause) : wrap.apply(String.valueOf(cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw wrap.apply("interrupted", e);
        }
        return (T) result[0];
    }
}
