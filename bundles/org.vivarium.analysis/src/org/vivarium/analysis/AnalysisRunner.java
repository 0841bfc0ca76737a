package org.vivarium.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.internal.AnalysisLog;
import org.vivarium.analysis.internal.CancellableMonitor;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultChecks;

/**
 * Runs analyses safely: completes and checks the parameters, runs the analysis on its own thread under the caller's
 * progress monitor, and turns every failure into an {@link AnalysisResult} with status ERROR (or CANCELLED) instead
 * of an exception. A plug-in that throws, hangs past the time limit or returns NaN or infinite numbers also gets a
 * log entry naming the analysis and its bundle. The caller's thread is never blocked for longer than the time limit
 * plus about a tenth of a second.
 * <p>
 * A hung analysis thread is asked to stop (cancelled monitor, interrupt) and abandoned; it is a daemon thread.
 */
public final class AnalysisRunner {

    /** Default time limit of one run. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 50;

    private final Duration timeLimit;
    private final Consumer<IStatus> log;

    /** A runner with the default time limit that logs to the platform log. */
    public AnalysisRunner() {
        this(DEFAULT_TIME_LIMIT, AnalysisLog::log);
    }

    /** A runner with its own time limit and log (tests, or callers with their own log). */
    public AnalysisRunner(Duration timeLimit, Consumer<IStatus> log) {
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Runs a registered analysis. */
    public AnalysisResult run(AnalysisDescriptor descriptor, Dataset data, Parameters parameters,
            IProgressMonitor monitor) {
        Analysis analysis;
        try {
            analysis = descriptor.analysis();
        } catch (AnalysisException e) {
            log.accept(new Status(IStatus.ERROR, AnalysisLog.BUNDLE, e.getMessage()));
            return AnalysisResult.error(descriptor.id(), e.getMessage(), List.of());
        }
        return run(descriptor.id(), descriptor.contributor(), analysis, data, parameters, monitor);
    }

    /**
     * Runs an analysis instance.
     *
     * @param id the analysis id (for messages and the result)
     * @param contributor who contributed it (for log entries)
     */
    public AnalysisResult run(String id, String contributor, Analysis analysis, Dataset data, Parameters parameters,
            IProgressMonitor monitor) {
        IProgressMonitor caller = monitor == null ? new NullProgressMonitor() : monitor;
        Parameters complete;
        try {
            complete = (parameters == null ? Parameters.none() : parameters).complete(analysis.parameters());
        } catch (AnalysisException e) {
            return AnalysisResult.error(id, e.getMessage(), List.of());
        } catch (RuntimeException e) {
            return failed(id, contributor, "failed while declaring its parameters: " + e, e);
        }
        CancellableMonitor inner = new CancellableMonitor(caller);
        CompletableFuture<AnalysisResult> future = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                future.complete(analysis.run(data, complete, inner));
            } catch (Throwable t) { // NOPMD: any failure of a plug-in becomes an error result
                future.completeExceptionally(t);
            }
        }, "analysis " + id);
        worker.setDaemon(true);
        worker.start();
        return await(id, contributor, future, worker, inner, caller);
    }

    private AnalysisResult await(String id, String contributor, CompletableFuture<AnalysisResult> future,
            Thread worker, CancellableMonitor inner, IProgressMonitor caller) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        while (true) {
            try {
                AnalysisResult r = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return checked(id, contributor, r);
            } catch (TimeoutException e) {
                if (caller.isCanceled()) {
                    stop(worker, inner);
                    return AnalysisResult.cancelled(id);
                }
                if (System.nanoTime() > deadline) {
                    stop(worker, inner);
                    String message = "analysis " + id + " did not finish within " + describe(timeLimit)
                            + " and was stopped";
                    log.accept(new Status(IStatus.ERROR, AnalysisLog.BUNDLE, message + " (" + contributor + ")"));
                    return AnalysisResult.error(id, message, List.of());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(worker, inner);
                return AnalysisResult.cancelled(id);
            } catch (ExecutionException e) {
                return thrown(id, contributor, e.getCause());
            }
        }
    }

    private AnalysisResult thrown(String id, String contributor, Throwable cause) {
        if (cause instanceof AnalysisException) {
            return AnalysisResult.error(id, cause.getMessage(), List.of());
        }
        if (cause instanceof OperationCanceledException) {
            return AnalysisResult.cancelled(id);
        }
        return failed(id, contributor, "failed: " + cause, cause);
    }

    private AnalysisResult failed(String id, String contributor, String what, Throwable cause) {
        String message = "analysis " + id + " " + what;
        log.accept(new Status(IStatus.ERROR, AnalysisLog.BUNDLE, message + " (" + contributor + ")", cause));
        return AnalysisResult.error(id, message, List.of());
    }

    private AnalysisResult checked(String id, String contributor, AnalysisResult r) {
        if (r == null) {
            return failed(id, contributor, "returned no result", null);
        }
        List<String> problems = ResultChecks.problems(r);
        if (problems.isEmpty()) {
            return r;
        }
        String message = "analysis " + id + " returned invalid numbers: " + String.join("; ", problems);
        log.accept(new Status(IStatus.ERROR, AnalysisLog.BUNDLE, message + " (" + contributor + ")"));
        return AnalysisResult.error(id, message, problems.stream().map(p -> new Note(Note.Kind.WARNING, p)).toList());
    }

    private static void stop(Thread worker, CancellableMonitor inner) {
        inner.cancel();
        worker.interrupt();
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
