package org.vivarium.core.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a study's audit trail: what one command (or import, randomisation, undo, ...) changed, by whom, when
 * and why. Entries are numbered from 1 and chained: {@link #hash()} is the SHA-256 of the previous entry's hash and
 * this entry's content, so that no entry can be altered, removed or moved unnoticed.
 *
 * @param seq           its number in the trail, from 1
 * @param time          when the change was made (UTC, the clock of the machine that made it)
 * @param user          who made it, as the store knows them (for study files: operating-system user and host)
 * @param authenticated whether the store authenticated the user (a study file cannot: false)
 * @param action        what was done, e.g. "Import scores.xlsx", "Set immobility of 1H-07 in FST 1 h"
 * @param reason        why, when given (required for changes to recorded data), else null
 * @param changes       what changed, object by object
 * @param acknowledges  for an entry acknowledging a broken trail: the problems it acknowledges (else empty)
 * @param hash          this entry's chain hash (64 hexadecimal digits)
 */
public record AuditEntry(long seq, Instant time, String user, boolean authenticated, String action, String reason,
        List<AuditChange> changes, List<String> acknowledges, String hash) {

    /** Whether any change of this entry is about the object of that stable id (or refers to it). */
    public boolean concerns(String id) {
        for (AuditChange c : changes) {
            if (c.concerns(id)) {
                return true;
            }
        }
        return false;
    }

    /** The user as shown: "alice@lab-pc (not authenticated)". */
    public String userShown() {
        return authenticated ? user : user + " (not authenticated)";
    }
}
