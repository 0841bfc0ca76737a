package org.vivarium.core.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An electronic signature of a study kept by a shared store (21 CFR 11.50, 11.70): what was signed (a completed
 * session, or the whole study), its meaning, the signer's printed name and login, when (the server's clock), and the
 * exact record signed - the trail's last entry and hash at signing and, for a session, a digest of its values. A later
 * change of what it signed invalidates it: {@link #invalidatedBy()} names that change.
 *
 * @param subjectId     the stable id of the signed session, or null for the study
 * @param subject       what was signed, as people say it: "session FST 1 h", "study KET-BCI-DEMO"
 * @param meaning       performed, reviewed or approved
 * @param printedName   the signer's printed name as typed for the signature
 * @param signedBy      the authenticated login that signed
 * @param signedAt      when (the server's time)
 * @param signedSeq     the number of the trail's last entry when it was signed (the record signed)
 * @param signedHash    the trail's hash after that entry
 * @param entrySeq      the number of the signature's own audit entry
 * @param valuesDigest  for a session: the SHA-256 of its values at signing (null for the study)
 * @param invalidatedBy the first later change of what it signed, or null while it is valid
 */
public record Signature(String subjectId, String subject, Meaning meaning, String printedName, String signedBy,
        Instant signedAt, long signedSeq, String signedHash, long entrySeq, String valuesDigest, Change invalidatedBy) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What a signature means (21 CFR 11.50(a)(3)). */
    public enum Meaning {
        /** "performed by": the signer did the session's work (technicians, scientists, PIs). */
        PERFORMED,
        /** "reviewed by": the signer reviewed the session's record (scientists, PIs). */
        REVIEWED,
        /** "approved by": the signer approved the whole study, which is then locked (PIs). */
        APPROVED;

        /** "performed", "reviewed", "approved". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The meaning of that word, or null. */
        public static Meaning of(String word) {
            for (Meaning m : values()) {
                if (m.word().equals(word)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** A change (an audit entry) after a signature: its number, who made it, when. */
    public record Change(long seq, String by, Instant at) {
    }

    /** Whether nothing it signed changed since. */
    public boolean valid() {
        return invalidatedBy == null;
    }

    /** "valid", or "INVALIDATED by entry 12 by tech_a at 2026-12-06 10:31:02 UTC". */
    public String state() {
        return valid() ? "valid" : "INVALIDATED by entry " + invalidatedBy.seq() + " by " + invalidatedBy.by() + " at "
                + time(invalidatedBy.at());
    }

    /**
     * One line for people: "session FST 1 h: reviewed by Dr Jane Roe (jroe) at 2026-12-06 10:31:02 UTC, entry 9,
     * record hash 1a2b3c4d5e6f...; valid".
     */
    public String describe() {
        return subject + ": " + meaning.word() + " by " + printedName + " (" + signedBy + ") at " + time(signedAt)
                + ", entry " + entrySeq + ", record hash " + signedHash.substring(0, Math.min(12, signedHash.length()))
                + "...; " + state();
    }

    /** A time as signatures show it: "2026-12-06 10:31:02 UTC". */
    public static String time(Instant at) {
        return TIME.format(at);
    }
}
