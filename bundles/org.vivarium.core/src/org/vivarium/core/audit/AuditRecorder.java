package org.vivarium.core.audit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;

/**
 * Records every change to a study's resource into its {@link AuditTrail}. Changes are grouped into entries by
 * {@link #begin(String) scopes} (one per command, import, randomisation, undo...); a change made outside any scope
 * still becomes an entry ("Change outside a command") before the next scope starts or the study is saved.
 * <p>
 * The recorder listens to every object of the study except measurements, which may number millions: their lists
 * (adds and removes) are seen on their sessions, and a scope {@link AuditScope#watch(EObject) watches} the
 * measurements a command sets.
 */
public final class AuditRecorder extends EContentAdapter {

    /** The action of an entry for changes made outside any command. */
    public static final String LOOSE_ACTION = "Change outside a command";

    private final Resource resource;
    private final AuditTrail trail;
    private final Set<EObject> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private AuditScope scope;
    private Delta loose = new Delta();
    private int paused;

    private AuditRecorder(Resource resource, AuditTrail trail) {
        this.resource = resource;
        this.trail = trail;
    }

    /** Starts recording the changes of a study's resource into its trail (attaching the trail if needed). */
    public static AuditRecorder attach(StudyResource resource) {
        AuditRecorder recorder = of(resource);
        if (recorder == null) {
            AuditTrail trail = AuditTrail.attach(resource);
            recorder = new AuditRecorder(resource, trail);
            resource.eAdapters().add(recorder);
            trail.beforeWrite(recorder::flushLoose);
        }
        return recorder;
    }

    /** The recorder of a resource, or null. */
    public static AuditRecorder of(Resource resource) {
        if (resource == null) {
            return null;
        }
        for (Object a : resource.eAdapters()) {
            if (a instanceof AuditRecorder r) {
                return r;
            }
        }
        return null;
    }

    public AuditTrail trail() {
        return trail;
    }

    /** Opens a scope: the changes until it closes become one entry with this action. */
    public AuditScope begin(String action) {
        if (scope != null) {
            return scope.nested();
        }
        flushLoose();
        scope = new AuditScope(this, action);
        return scope;
    }

    /** Runs without recording (for taking back a change that was refused: it never happened). */
    public void unrecorded(Runnable action) {
        paused++;
        try {
            action.run();
        } finally {
            paused--;
        }
    }

    void ended(AuditScope s) {
        if (scope == s) {
            scope = null;
            for (EObject o : List.copyOf(watched)) {
                unwatch(o);
            }
        }
    }

    Resource resource() {
        return resource;
    }

    void watch(EObject o) {
        if (o instanceof Measurement && watched.add(o)) {
            o.eAdapters().add(this);
        }
    }

    private void unwatch(EObject o) {
        watched.remove(o);
        o.eAdapters().remove(this);
    }

    /** Changes made outside any scope become one entry (called before a scope starts and before saving). */
    void flushLoose() {
        if (!loose.isEmpty()) {
            Delta d = loose;
            loose = new Delta();
            ChangeWriter w = new ChangeWriter(resource);
            w.write(d);
            if (w.count() > 0) {
                trail.append(LOOSE_ACTION, null, w.json(), List.of(), StudyChange.of(d));
            }
        }
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (paused > 0) {
            return;
        }
        (scope != null ? scope.delta() : loose).record(n);
    }

    @Override
    protected void addAdapter(Notifier notifier) {
        if (!(notifier instanceof Measurement) || watched.contains(notifier)) {
            super.addAdapter(notifier);
        }
    }

    @Override
    protected void removeAdapter(Notifier notifier) {
        if (!(notifier instanceof Measurement) || watched.contains(notifier)) {
            super.removeAdapter(notifier);
        }
    }

    @Override
    protected void removeAdapter(Notifier notifier, boolean checkContainer, boolean checkResource) {
        if (!(notifier instanceof Measurement) || watched.contains(notifier)) {
            super.removeAdapter(notifier, checkContainer, checkResource);
        }
    }
}
