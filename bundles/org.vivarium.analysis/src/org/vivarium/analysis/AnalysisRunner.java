package org.vivarium.analysis;

import java.nio.file.Path;
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
import org.vivarium.analysis.internal.AbandonedRuns;
import org.vivarium.analysis.internal.AnalysisLog;
import org.vivarium.analysis.internal.CancellableMonitor;
import org.vivarium.analysis.internal.PluginFailures;
import org.vivarium.analysis.internal.PluginLog;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultChecks;

/**
 * Runs analyses safely: completes and checks the parameters, runs the analysis on its own thread under the caller's
 * progress monitor, and turns every failure into an {@link AnalysisResult} with status ERROR (or CANCELLED) instead
 * of an exception. A plug-in that throws, hangs past the time limit or returns NaN or infinite numbers also gets a
 * log entry; the message names the analysis, its bundle and the bundle's version (and, when the log says where it
 * wrote, the file that holds the stack trace).
 * <p>
 * A run past the time limit (or cancelled) is stopped: its monitor is cancelled and its thread interrupted. A thread
 * that still runs after a grace period of one second is abandoned (Java cannot end it): it is a daemon
 * thread named after the analysis and its plug-in, left at the lowest priority, and the analysis is refused until
 * that thread ends, so that retries do not pile up threads using CPU. The caller's thread is never blocked for longer
 * than the time limit plus the grace period plus about a tenth of a second.
 */
public final class AnalysisRunner {

    /** Default time limit of one run. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(2);
    /** How long a stopped run's thread may take to end before it is abandoned. */
    private static final long GRACE_MILLIS = 1000;
    private static final long POLL_MILLIS = 50;

    private final Duration timeLimit;
    private final Consumer<IStatus> log;

    /** A runner with the default time limit that logs to the platform log. */
    public AnalysisRunner() {
        this(DEFAULT_TIME_LIMIT, AnalysisLog.platform());
    }

    /**
     * A runner with its own time limit and log (tests, or callers with their own log). A log that is a
     * {@code org.vivarium.analysis.internal.PluginLog} is named in error messages.
     */
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
            log(PluginFailures.CANNOT_CREATE, e.getMessage(), null);
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
        PluginFailures words = new PluginFailures(contributor, id);
        var abandonedSince = AbandonedRuns.since(contributor, id);
        if (abandonedSince.isPresent()) {
            return AnalysisResult.error(id, words.stillRunning(abandonedSince.get()), List.of());
        }
        Parameters complete;
        try {
            complete = (parameters == null ? Parameters.none() : parameters).complete(analysis.parameters());
        } catch (AnalysisException e) {
            return AnalysisResult.error(id, e.getMessage(), List.of());
        } catch (RuntimeException e) {
            return failed(id, PluginFailures.FAILED, words.failedDeclaringParameters(e), e);
        }
        CancellableMonitor inner = new CancellableMonitor(caller);
        CompletableFuture<AnalysisResult> future = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                future.complete(analysis.run(data, complete, inner));
            } catch (Throwable t) { // NOPMD: any failure of a plug-in becomes an error result
                future.completeExceptionally(t);
            }
        }, words.threadName());
        worker.setDaemon(true);
        worker.start();
        return await(id, contributor, words, future, worker, inner, caller);
    }

    private AnalysisResult await(String id, String contributor, PluginFailures words,
            CompletableFuture<AnalysisResult> future, Thread worker, CancellableMonitor inner,
            IProgressMonitor caller) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        while (true) {
            try {
                AnalysisResult r = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return checked(id, words, r);
            } catch (TimeoutException e) {
                if (caller.isCanceled()) {
                    if (stop(worker, inner)) {
                        return AnalysisResult.cancelled(id);
                    }
                    AbandonedRuns.abandon(contributor, id, worker);
                    return failed(id, PluginFailures.ABANDONED, words.cancelledAbandoned(), null);
                }
                if (System.nanoTime() > deadline) {
                    if (stop(worker, inner)) {
                        return failed(id, PluginFailures.TIMED_OUT, words.timedOut(timeLimit), null);
                    }
                    AbandonedRuns.abandon(contributor, id, worker);
                    return failed(id, PluginFailures.TIMED_OUT, words.timedOutAbandoned(timeLimit), null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                inner.cancel();
                worker.interrupt();
                return AnalysisResult.cancelled(id);
            } catch (ExecutionException e) {
                return thrown(id, words, e.getCause());
            }
        }
    }

    private AnalysisResult thrown(String id, PluginFailures words, Throwable cause) {
        if (cause instanceof AnalysisException) {
            return AnalysisResult.error(id, cause.getMessage(), List.of());
        }
        if (cause instanceof OperationCanceledException) {
            return AnalysisResult.cancelled(id);
        }
        return failed(id, PluginFailures.FAILED, words.failed(cause), cause);
    }

    /** Logs the failure and makes the error result, its message naming the log file when the log tells it. */
    private AnalysisResult failed(String id, int code, String message, Throwable cause) {
        return AnalysisResult.error(id, message + log(code, message, cause), List.of());
    }

    /** Writes a log entry; returns " (stack trace in FILE)" for an entry with a stack trace, when the file is known. */
    private String log(int code, String message, Throwable cause) {
        Status status = new Status(IStatus.ERROR, AnalysisLog.BUNDLE, code, message, cause);
        if (log instanceof PluginLog pluginLog) {
            Path file = pluginLog.write(status);
            return cause == null ? "" : PluginFailures.seeLog(file);
        }
        log.accept(status);
        return "";
    }

    private AnalysisResult checked(String id, PluginFailures words, AnalysisResult r) {
        if (r == null) {
            return failed(id, PluginFailures.INVALID_RESULT, words.noResult(), null);
        }
        List<String> problems = ResultChecks.problems(r);
        if (problems.isEmpty()) {
            return r;
        }
        String message = words.invalidNumbers(String.join("; ", problems));
        log(PluginFailures.INVALID_RESULT, message, null);
        return AnalysisResult.error(id, message, problems.stream().map(p -> new Note(Note.Kind.WARNING, p)).toList());
    }

    /** Cancels the run's monitor and interrupts its thread; true when the thread ended within the grace period. */
    private static boolean stop(Thread worker, CancellableMonitor inner) {
        inner.cancel();
        worker.interrupt();
        try {
            worker.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !worker.isAlive();
    }
}
