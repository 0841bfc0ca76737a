package org.vivarium.ui.review.publish;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;

/**
 * Writes a publication in the background, with progress and cancellation, from a snapshot of the study taken when it
 * was asked for (so later edits cannot tear it); the file is written atomically by the headless writers. The outcome -
 * what was written where, or the one-line reason it was not - goes to the UI thread.
 */
public final class PublishJob extends Job {

    /** Family of all publishing jobs (tests join it). */
    public static final Object FAMILY = PublishJob.class;

    /** How a job ended: {@code wrote} is the summary of a written file, else {@code problem} says why not. */
    public record Outcome(PublishRequest request, String wrote, String problem) {
    }

    private final Study snapshot;
    private final PublishRequest request;
    private final Display display;
    private final Consumer<Outcome> done;

    public PublishJob(Study snapshot, PublishRequest request, Display display, Consumer<Outcome> done) {
        super(request.publication().title() + ": " + request.out().getFileName());
        this.snapshot = snapshot;
        this.request = request;
        this.display = display;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Outcome outcome;
        try {
            outcome = new Outcome(request, Publishers.write(snapshot, request, monitor), null);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (PublishException e) {
            outcome = new Outcome(request, null, e.getMessage());
        } catch (IOException e) {
            outcome = new Outcome(request, null, "could not write (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            org.eclipse.core.runtime.ILog.of(PublishJob.class).error("publishing failed", e);
            outcome = new Outcome(request, null, "internal error: " + e + " (details in the error log)");
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Outcome result = outcome;
        if (!display.isDisposed()) {
            display.asyncExec(() -> done.accept(result));
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
