package org.vivarium.lab;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;

/**
 * The measurements of a session by animal (or cage) and measure, kept with the study between refreshes: laying rows
 * over a session of thousands of values must not index it anew for every change heard. The study changes under it
 * (its person's own commands), so an entry found is checked, and a value not found makes the index anew once.
 */
final class SessionIndex {

    private final StudyResource resource;
    private final AssaySession session;
    private Map<String, Measurement> byKey;
    private boolean fresh;

    private SessionIndex(StudyResource resource, AssaySession session, Map<String, Measurement> byKey) {
        this.resource = resource;
        this.session = session;
        this.byKey = byKey;
    }

    /** The index of a session of the study, the one kept since the last refresh if there is one. */
    static SessionIndex of(StudyResource resource, AssaySession session) {
        Kept kept = Kept.of(resource);
        Map<String, Measurement> byKey = kept.indexes.get(session);
        SessionIndex index = new SessionIndex(resource, session, byKey);
        if (byKey == null) {
            index.rebuild();
            kept.indexes.put(session, index.byKey);
        }
        return index;
    }

    /** The session's measurement of that key, or null when the session has none. */
    Measurement find(LabKey key) {
        Measurement m = byKey.get(key.inSession());
        if (m != null && m.eContainer() == session && key.equals(LabKey.of(resource, session, m))) {
            return m;
        }
        if (!fresh) { // stale or missing: the person's own commands may have added, removed or moved values
            rebuild();
            return find(key);
        }
        return null;
    }

    void put(LabKey key, Measurement m) {
        byKey.put(key.inSession(), m);
    }

    void forget(LabKey key) {
        byKey.remove(key.inSession());
    }

    private void rebuild() {
        Map<String, Measurement> map = byKey == null ? new HashMap<>(session.getMeasurements().size() * 2) : byKey;
        map.clear();
        for (Measurement m : session.getMeasurements()) {
            LabKey key = LabKey.of(resource, session, m);
            if (key != null) {
                map.put(key.inSession(), m);
            }
        }
        byKey = map;
        fresh = true;
    }

    /** The indexes kept with a study's resource (sessions that go away are forgotten with them). */
    private static final class Kept extends AdapterImpl {
        final Map<AssaySession, Map<String, Measurement>> indexes = new WeakHashMap<>();

        static Kept of(StudyResource resource) {
            for (Object a : resource.eAdapters()) {
                if (a instanceof Kept k) {
                    return k;
                }
            }
            Kept k = new Kept();
            resource.eAdapters().add(k);
            return k;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Kept.class;
        }
    }
}
