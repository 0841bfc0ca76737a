package org.vivarium.lab;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.Signature.Meaning;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.study.Labels;
import org.vivarium.model.AssaySession;
import org.vivarium.model.support.StudyResource;

/**
 * Electronic signatures of lab studies (21 CFR 11.50, 11.70, 11.200): a completed session signed "performed by" or
 * "reviewed by", the study signed "approved by" (which locks it). Signing re-authenticates: it opens a connection of
 * its own with the password typed for the signature (never PGPASSWORD or ~/.pgpass), reads the study as the server has
 * it and signs what it read, in one transaction with the signing audit entry (the server's vivarium_sign).
 */
public final class LabSignatures {

    private static final String REFUSED = "signature refused: ";
    /** Signing what was read fails when it changed meanwhile; it is read again this many times. */
    private static final int ATTEMPTS = 3;

    private final LabDatabase db;

    LabSignatures(LabDatabase db) {
        this.db = db;
    }

    /**
     * Signs as this connection's user, with the password typed for the signature: a session (by name or id) as
     * performed or reviewed, or the study (session null) as approved. Refused with one line (starting "signature
     * refused: ") for a wrong password, a role without the right, a session not completed, a bad printed name.
     */
    public Signature sign(long studyId, String session, Meaning meaning, String printedName, String password)
            throws LabException, StudyStoreException {
        return sign(db.url(), password, studyId, session, meaning, printedName);
    }

    /** As {@link #sign(long, String, Meaning, String, String)}, for the user of the URL (no other connection needed). */
    public static Signature sign(LabUrl url, String password, long studyId, String session, Meaning meaning,
            String printedName) throws LabException, StudyStoreException {
        String name = printedName == null ? "" : printedName.strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new LabException(REFUSED + "give the signer's printed name (one line, at most 200 characters)");
        }
        if (meaning == Meaning.APPROVED && session != null) {
            throw new LabException(REFUSED + "an approval signs the whole study, not a session");
        }
        if (meaning != Meaning.APPROVED && session == null) {
            throw new LabException(REFUSED + "a \"" + meaning.word() + " by\" signature signs a session: name it");
        }
        if (password == null || password.isEmpty()) {
            throw new LabException(REFUSED + "no password typed for the signature");
        }
        LabDatabase signer;
        try {
            signer = LabDatabase.connect(url, password);
        } catch (LabException e) {
            throw new LabException(REFUSED + e.getMessage(), e);
        }
        try (signer) {
            LabStudies studies = signer.studies();
            for (int attempt = 1;; attempt++) {
                ReadStudy read = studies.read(studyId);
                Target target = Target.of(read, studyId, session);
                try {
                    long id = signer.inTransaction(c -> call(c, studyId, target, meaning, name,
                            AuditTrail.of(read.resource()).size()));
                    return find(signer, studyId, id);
                } catch (SQLException e) {
                    if (!"VV409".equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw refused(e, url, studyId);
                    }
                }
            }
        }
    }

    /** The signature just made, as the server has it. */
    private static Signature find(LabDatabase signer, long studyId, long id) throws SQLException {
        return query(signer.connection(), studyId, id).get(0);
    }

    private static long call(Connection c, long studyId, Target t, Meaning meaning, String name, long readSeq)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT vivarium_sign(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, studyId);
            s.setString(2, t.session());
            s.setString(3, t.id());
            s.setString(4, t.label());
            if (t.completedAt() == null) {
                s.setNull(5, Types.TIMESTAMP);
            } else {
                s.setTimestamp(5, Timestamp.valueOf(t.completedAt()));
            }
            s.setString(6, meaning.word());
            s.setString(7, name);
            s.setLong(8, readSeq);
            s.setString(9, t.digest());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static LabException refused(SQLException e, LabUrl url, long studyId) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String message = switch (state) {
            case "42501", "22023", "VV422" -> server == null ? e.getMessage() : server.getMessage();
            case "VV404" -> "no lab study with id " + studyId + " on " + url.where();
            case "VV409" -> (server == null ? e.getMessage() : server.getMessage()) + when(server)
                    + ": read it again and sign";
            default -> LabErrors.of(e, url).getMessage();
        };
        return new LabException(REFUSED + message, e);
    }

    private static String when(ServerErrorMessage server) {
        if (server == null || server.getDetail() == null) {
            return "";
        }
        String[] d = server.getDetail().split("\t", -1);
        return d.length < 6 ? "" : " (by " + d[4] + " at " + d[5] + ")";
    }

    /**
     * The signatures of a study, in the order they were made, each with its state (valid or invalidated by...); a
     * study that is not there is named as such.
     */
    public List<Signature> list(long studyId) throws LabException {
        try (PreparedStatement s = db.connection().prepareStatement("SELECT 1 FROM study WHERE id = ?")) {
            s.setLong(1, studyId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new LabException("no lab study with id " + studyId + " on " + db.url().where()
                            + " (see vivarium lab list " + db.url() + ")");
                }
            }
            List<Signature> list = read(db.connection(), studyId);
            return list == null ? List.of() : list;
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
    }

    /** The signatures of a study (null when the server's schema has no signatures yet). */
    static List<Signature> read(Connection c, long studyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass('signature') IS NOT NULL");
                ResultSet r = s.executeQuery()) {
            r.next();
            if (!r.getBoolean(1)) {
                return null;
            }
        }
        return query(c, studyId, null);
    }

    /**
     * The signatures (all of the study's, or the one of that id), each with the first change after it that
     * invalidates it: for a session, an entry that changed one of its values; for the study, any entry that is not a
     * signature's.
     */
    private static List<Signature> query(Connection c, long studyId, Long id) throws SQLException {
        List<Signature> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT g.session_id, g.subject, g.meaning, g.printed_name, "
                + "g.signed_by, g.signed_at, g.signed_seq, g.signed_hash, g.entry_seq, g.values_digest, x.seq, "
                + "x.recorded_by, x.recorded_at FROM signature g LEFT JOIN LATERAL (SELECT a.seq, a.recorded_by, "
                + "a.recorded_at FROM audit_entry_shown a WHERE a.study_id = g.study_id AND a.seq > g.entry_seq AND CASE "
                + "WHEN g.session_id IS NULL THEN NOT EXISTS (SELECT 1 FROM signature o WHERE o.study_id = a.study_id "
                + "AND o.entry_seq = a.seq) ELSE EXISTS (SELECT 1 FROM session_change h WHERE h.study_id = a.study_id "
                + "AND h.session_id = g.session_id AND h.seq = a.seq) END ORDER BY a.seq LIMIT 1) x ON true "
                + "WHERE g.study_id = ? AND (?::bigint IS NULL OR g.id = ?) ORDER BY g.entry_seq")) {
            s.setLong(1, studyId);
            if (id == null) {
                s.setNull(2, Types.BIGINT);
                s.setNull(3, Types.BIGINT);
            } else {
                s.setLong(2, id);
                s.setLong(3, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long changed = r.getLong(11);
                    Signature.Change by = r.wasNull() ? null : new Signature.Change(changed, r.getString(12),
                            r.getTimestamp(13).toInstant());
                    list.add(new Signature(r.getString(1), r.getString(2), Meaning.of(r.getString(3)),
                            r.getString(4), r.getString(5), r.getTimestamp(6).toInstant(), r.getLong(7),
                            r.getString(8), r.getLong(9), r.getString(10), by));
                }
            }
        }
        return list;
    }

    /** What a signature signs, as read from the study: the session (or the study), and what the server is told. */
    private record Target(String session, String id, String label, java.time.LocalDateTime completedAt,
            String digest) {

        static Target of(ReadStudy read, long studyId, String name) throws LabException {
            StudyResource resource = (StudyResource) read.resource();
            if (name == null) {
                String id = resource.idOf(read.study());
                return new Target(null, id == null ? "study" : id, Labels.of(read.study()), null, null);
            }
            AssaySession session = LabSessions.find(read.study(), resource, name, "lab study " + studyId);
            String label = Labels.of(session);
            if (session.getCompletedAt() == null) {
                throw new LabException(REFUSED + label + " is not completed: mark it done before signing it");
            }
            return new Target(resource.idOf(session), resource.idOf(session), label, session.getCompletedAt(),
                    LabSessions.digest(resource, session));
        }
    }
}
