package org.vivarium.core.audit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * The changes of one action, recorded until {@link #finish(String)} turns them into an audit entry (or
 * {@link #close()} drops them). A nested scope (an action started within another) adds to the outer one.
 *
 * <pre>
 * try (AuditScope scope = AuditRecorder.of(resource).begin("Import scores.xlsx")) {
 *     plan.applyTo(study);
 *     if (scope.needsReason() &amp;&amp; reason == null) { ... refuse, take the changes back ... }
 *     scope.finish(reason);
 * }
 * </pre>
 */
public final class AuditScope implements AutoCloseable {

    private final AuditRecorder recorder;
    private final String action;
    private final AuditScope outer;
    private Delta delta = new Delta();
    private ChangeWriter written;
    private boolean done;

    AuditScope(AuditRecorder recorder, String action) {
        this(recorder, action, null);
    }

    private AuditScope(AuditRecorder recorder, String action, AuditScope outer) {
        this.recorder = recorder;
        this.action = action;
        this.outer = outer;
    }

    AuditScope nested() {
        return new AuditScope(recorder, action, this);
    }

    Delta delta() {
        return delta;
    }

    /** Listens to a measurement that the action will set (the recorder does not follow measurements by default). */
    public void watch(EObject measurement) {
        recorder.watch(measurement);
    }

    /** Whether anything changed. */
    public boolean isEmpty() {
        return outer == null && changes().count() == 0;
    }

    /** Whether the changes alter recorded data, so that a reason is required. */
    public boolean needsReason() {
        return outer == null && !changes().recordedData().isEmpty();
    }

    /** The recorded data the changes alter, as people name it (e.g. "value of session FST 1 h, animal 1H-07, ..."). */
    public List<String> recordedData() {
        return outer != null ? List.of() : changes().recordedData();
    }

    private ChangeWriter changes() {
        if (written == null) {
            written = new ChangeWriter(recorder.resource());
            written.write(delta);
        }
        return written;
    }

    /**
     * Ends the scope: its changes become an entry with this reason (null when none is given). Returns the entry's
     * number, or 0 when nothing changed (or the scope is nested: the outer scope records).
     *
     * @throws IllegalStateException when a reason is required and none is given
     */
    public long finish(String reason) {
        if (done || outer != null) {
            done = true;
            return 0;
        }
        ChangeWriter w = changes();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!w.recordedData().isEmpty() && why == null) {
            throw new IllegalStateException("a reason is required: " + action + " changes recorded data ("
                    + w.recordedData().get(0) + ")");
        }
        done = true;
        recorder.ended(this);
        return w.count() == 0 ? 0 : recorder.trail().append(action, why, w.json(), List.of(),
                StudyChange.of(delta));
    }

    /**
     * Ends a scope that was not finished: what is still changed (nothing, when the action was taken back) becomes an
     * entry marked "(not completed)", so that no change goes unrecorded.
     */
    @Override
    public void close() {
        if (!done && outer == null) {
            done = true;
            written = null;
            ChangeWriter w = changes();
            recorder.ended(this);
            if (w.count() > 0) {
                recorder.trail().append(action + " (not completed)", null, w.json(), List.of(),
                        StudyChange.of(delta));
            }
        }
    }
}
