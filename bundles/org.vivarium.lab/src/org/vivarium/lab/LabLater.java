package org.vivarium.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a lab study kept to be stored when the person saves (their choice, instead of each as it is made):
 * in order, each based on the versions the ones before it will have made - so that a value changed twice before a save
 * is stored twice, and a value someone else changed meanwhile is refused on saving.
 */
final class LabLater {

    private final List<LabCommits.Prepared> changes = new ArrayList<>();
    /** The design the first kept change was made on. */
    private long designSeq;

    /** Keeps a change; returns the number its audit entry will have if nobody stores anything before the save. */
    long add(LabCommits.Prepared change, LabOverlay.Versions versions, long design, long stored) {
        if (changes.isEmpty()) {
            designSeq = design;
        }
        changes.add(change);
        versions.values().putAll(change.next());
        change.recordIds().forEach(id -> versions.records().merge(id, 1, Integer::sum));
        return stored + changes.size();
    }

    List<LabCommits.Prepared> changes() {
        return changes;
    }

    long designSeq() {
        return designSeq;
    }

    int size() {
        return changes.size();
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    void clear() {
        changes.clear();
    }
}
