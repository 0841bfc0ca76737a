package org.vivarium.core.audit;

import java.util.List;

/**
 * Where the entries of a study kept by a shared store (a lab server) go instead of the study file: each entry is
 * stored with the data its change touched, in one transaction, by the store - which numbers, times and chains it and
 * names the authenticated user - and then comes back to the trail through {@link AuditTrail#adopt(List)}.
 */
public interface SharedTrail {

    /** One entry as the study's change made it: what the store is asked to record. */
    record Entry(String action, String reason, List<? extends CharSequence> changes, List<String> acknowledges,
            StudyChange change) {
    }

    /**
     * Stores the entry and the data it touched; returns the entry's number.
     *
     * @throws EntryRefusedException when the store refuses it (a conflicting change, a role without the right, the
     *         server gone): then nothing was stored, and the caller takes the change back
     */
    long commit(Entry entry);
}
