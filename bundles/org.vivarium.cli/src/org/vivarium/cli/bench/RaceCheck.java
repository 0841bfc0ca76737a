package org.vivarium.cli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;

/**
 * Checks a fresh read of the lab study against what each client believes it stored: every value there exactly once
 * with its value, the trail intact with one entry per stored change, each by the user who made it.
 */
record RaceCheck(long values, long lost, long wrong, long duplicated, long entries, long expectedEntries,
        TrailCheck trail, List<String> usersOff) {

    /** Whether nothing was lost or duplicated and the trail holds exactly the entries made, intact. */
    boolean passed() {
        return lost == 0 && wrong == 0 && duplicated == 0 && entries == expectedEntries && trail.intact()
                && usersOff.isEmpty();
    }

    /**
     * @param initial the number of audit entries before the clients started
     * @param users   the clients' user names, in the order of {@code stored}
     */
    static RaceCheck of(ReadStudy read, long initial, List<CommitRace.Stored> stored, List<String> users) {
        StudyResource resource = (StudyResource) read.resource();
        Map<String, Integer> copies = new HashMap<>();
        Map<String, Double> found = new HashMap<>();
        long duplicated = 0;
        for (AssaySession s : Studies.sessions(read.study())) {
            for (Measurement m : s.getMeasurements()) {
                String key = LabClient.key(resource, m);
                if (copies.merge(key, 1, Integer::sum) == 2) {
                    duplicated++;
                }
                found.put(key, m.getValue());
            }
        }
        long values = 0;
        long lost = 0;
        long wrong = 0;
        long made = 0;
        for (CommitRace.Stored client : stored) {
            made += client.commits();
            for (Map.Entry<String, Double> e : client.values().entrySet()) {
                values++;
                Double there = found.get(e.getKey());
                if (there == null) {
                    lost++;
                } else if (Double.compare(there, e.getValue()) != 0) {
                    wrong++;
                }
            }
        }
        AuditTrail trail = AuditTrail.of(resource);
        Map<String, Long> byUser = new HashMap<>();
        for (AuditEntry e : trail.entries()) {
            if (e.seq() > initial) {
                byUser.merge(e.user(), 1L, Long::sum);
            }
        }
        List<String> usersOff = new java.util.ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            long entries = byUser.getOrDefault(users.get(i), 0L);
            if (entries != stored.get(i).commits()) {
                usersOff.add(users.get(i) + ": " + entries + " entries for " + stored.get(i).commits() + " changes");
            }
        }
        return new RaceCheck(values, lost, wrong, duplicated, trail.size(), initial + made, trail.check(), usersOff);
    }

    /** One line: what was found. */
    String summary() {
        return String.format("%,d values set (the last of each measurement), %,d lost, %,d with another value, %,d"
                + " duplicated; trail of %,d entries (expected %,d): %s%s", values, lost, wrong, duplicated, entries,
                expectedEntries, trail.summary(), usersOff.isEmpty() ? "; each client's entries under its own user"
                        : "; entries per user off: " + String.join(", ", usersOff));
    }
}
