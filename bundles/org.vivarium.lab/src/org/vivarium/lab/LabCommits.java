package org.vivarium.lab;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.vivarium.core.audit.AuditRecorder;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.EntryRefusedException;
import org.vivarium.core.audit.SharedTrail;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.model.support.StudyResource;

/**
 * The changes of a lab study opened for editing, each stored on the server as it is made: its values as rows and, for
 * a change of the design, the study file, with its audit entry, in one transaction (the server's vivarium_commit);
 * then what the server has since - this change and other people's - is laid over the study and its trail
 * ({@link #refresh()}), right away or, when a watch follows the study, when the watch hears of it.
 */
final class LabCommits implements SharedTrail {

    private final LabDatabase db;
    private final long id;
    private final StudyResource resource;
    /** The version of each value and record the server has, as this study last heard (none: the study file's). */
    private final LabOverlay.Versions versions;
    private long designSeq;
    private boolean designChanged;
    /** The value being edited, with the version it had when the person began (refreshing does not move it). */
    private LabKey pinned;
    private int pinnedVersion;
    /** The record being edited, with the version it had when the person began. */
    private String pinnedRecord;
    private int pinnedRecordVersion;
    /** Whether changes are stored on saving rather than as they are made, and those waiting. */
    private boolean onSave;
    private final LabLater later = new LabLater();
    /** Whether a watch brings in what others store (then a change of values is not followed by a refresh). */
    private boolean followed;

    LabCommits(LabDatabase db, long id, StudyResource resource, LabOverlay.Versions versions, long designSeq) {
        this.db = db;
        this.id = id;
        this.resource = resource;
        this.versions = versions;
        this.designSeq = designSeq;
    }

    LabDatabase db() {
        return db;
    }

    long id() {
        return id;
    }

    /** Whether someone else changed the design since the study was opened (reopen it to see the change). */
    boolean designChanged() {
        return designChanged;
    }

    /**
     * Someone begins editing this value: their change is based on the version they see now, even if others' changes
     * come in while they type - so that a change made meanwhile is refused rather than silently replaced.
     */
    synchronized void pin(LabKey key) {
        pinned = key;
        pinnedVersion = versions.values().getOrDefault(key, 0);
    }

    /** As {@link #pin(LabKey)}, for a record (a dose given, a body weight, an animal's status) by its id. */
    synchronized void pinRecord(String id) {
        pinnedRecord = id;
        pinnedRecordVersion = versions.records().getOrDefault(id, 0);
    }

    @Override
    public synchronized long commit(Entry entry) {
        try {
            Prepared change = prepare(entry);
            if (onSave) {
                return later.add(change, versions, designSeq, AuditTrail.of(resource).size());
            }
            return store(change);
        } finally {
            pinned = null;
            pinnedRecord = null;
        }
    }

    /** A change as it is sent: its values' rows, its records, the design after it, the values' versions once stored. */
    record Prepared(Entry entry, Map<LabKey, String> rows, String records, byte[] design, Map<LabKey, Integer> next,
            List<String> recordIds) {
    }

    private Prepared prepare(Entry entry) {
        // each value is based on the version this study last heard of, or on the one it had when typing began
        ToIntFunction<LabKey> base = k -> k.equals(pinned) ? pinnedVersion
                : versions.values().getOrDefault(k, 0);
        Map<LabKey, String> rows = LabValueJson.of(resource, entry.change(), base);
        Map<LabKey, Integer> next = new LinkedHashMap<>(); // each value's version once stored
        rows.keySet().forEach(k -> next.put(k, base.applyAsInt(k) + 1));
        Map<String, Integer> bases = versions.records();
        if (pinnedRecord != null) { // based on the version the person saw when they began typing it
            bases = new HashMap<>(bases);
            bases.put(pinnedRecord, pinnedRecordVersion);
        }
        String records = LabRecordJson.of(resource, entry.change(), bases);
        List<String> recordIds = new ArrayList<>();
        entry.change().records().forEach(o -> recordIds.add(resource.idOf(o)));
        entry.change().removedRecords().forEach(r -> recordIds.add(resource.idOf(r.record())));
        return new Prepared(entry, rows, records, entry.change().design() ? design() : null, next, recordIds);
    }

    private long store(Prepared p) {
        long seq;
        try {
            // a change of values is one statement, its own transaction: the study's lock is not held over one more
            // round trip for COMMIT (a design is stored with its copy for blinded users: two statements)
            seq = p.design() == null ? db.inStatement(c -> call(c, p.entry(), p.rows(), p.records(), null))
                    : db.inTransaction(c -> call(c, p.entry(), p.rows(), p.records(), p.design()));
        } catch (SQLException e) {
            throw new EntryRefusedException(LabRefusals.of(e, db.url(), resource, p.entry().change()), e);
        }
        kept(seq);
        if (p.design() != null) {
            designSeq = seq;
        }
        try {
            boolean onlyValues = p.design() == null && p.entry().change().records().isEmpty()
                    && p.entry().change().removedRecords().isEmpty();
            if (onlyValues && followed && !adoptAlone(seq, p.next())) {
                // others stored changes in between: the watch brings them in with this one's entry; until then the
                // values of this change have the versions the server gave them
                versions.values().putAll(p.next());
            } else if (!(onlyValues && adoptAlone(seq, p.next()))) {
                refresh();
            }
        } catch (LabException e) {
            // stored; what came with it is fetched with the next change or refresh
        }
        return seq;
    }

    /** A watch now brings in what the server stores (see {@link LabOpenStudy#watch}). */
    synchronized void followed() {
        followed = true;
    }

    /** Changes are kept here and stored together on {@link #flush()} (the person's choice), or each as it is made. */
    synchronized void storeOnSave(boolean onSave) {
        this.onSave = onSave;
    }

    synchronized boolean storesOnSave() {
        return onSave;
    }

    /** Whether changes wait to be stored with the next save. */
    synchronized boolean hasWaiting() {
        return !later.isEmpty();
    }

    /**
     * Stores the changes kept since the last save, in order, in one transaction: all of them or, when the server
     * refuses one (a clash, a missing right), none - they then stay kept, for another try or a file copy.
     */
    synchronized void flush() {
        if (later.isEmpty()) {
            return;
        }
        Prepared[] failed = new Prepared[1];
        long[] lastSeq = new long[1];
        try {
            db.inTransaction(c -> {
                for (Prepared p : later.changes()) {
                    failed[0] = p;
                    long seq = call(c, p.entry(), p.rows(), p.records(), p.design());
                    lastSeq[0] = seq;
                    if (p.design() != null) {
                        designSeq = seq; // the next design in this save follows this one
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            designSeq = later.designSeq();
            throw new EntryRefusedException(LabRefusals.of(e, db.url(), resource, failed[0].entry().change())
                    + " (none of the " + later.size() + " changes since the last save was stored; they are kept: save "
                    + "again, or File > Save Study As for a file copy)", e);
        }
        kept(lastSeq[0]);
        later.clear(); // what came with them is brought in by the next refresh (saving may run off the UI thread)
    }

    private long call(Connection c, Entry entry, Map<LabKey, String> rows, String records, byte[] design)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT vivarium_commit(?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            s.setLong(1, id);
            s.setString(2, "[" + String.join(",", rows.values()) + "]");
            if (design == null) {
                s.setNull(3, Types.BINARY);
                s.setNull(4, Types.ARRAY);
            } else {
                s.setBytes(3, design);
                s.setArray(4, c.createArrayOf("text", LabUnits.of(resource).toArray()));
            }
            s.setLong(5, designSeq);
            s.setString(6, entry.action());
            s.setString(7, entry.reason());
            Array acks = c.createArrayOf("text", entry.acknowledges().toArray());
            s.setArray(8, acks);
            StringBuilder changes = new StringBuilder();
            entry.changes().forEach(changes::append);
            s.setString(9, changes.toString());
            s.setString(10, records);
            long seq;
            try (ResultSet r = s.executeQuery()) {
                r.next();
                seq = r.getLong(1);
            }
            if (design != null) {
                LabConcealment.store(c, id, (org.vivarium.model.Study) resource.getContents().get(0), design);
            }
            return seq;
        }
    }

    /**
     * Returns once the server has its change (audit entry {@code seq}, just committed) on disk. vivarium_commit ends
     * its turn without waiting for the disk (schema version 8); this asks the server to write the log up to here
     * and to say whether the entry is still there - after a restart of the server in between it is not, and the
     * change was not stored.
     */
    private void kept(long seq) {
        boolean kept;
        try {
            kept = db.inStatement(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT vivarium_kept(?, ?)")) {
                    s.setLong(1, id);
                    s.setLong(2, seq);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() && r.getBoolean(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new EntryRefusedException("the lab server did not confirm that it keeps this change ("
                    + LabErrors.of(e, db.url()).getMessage() + "): it shows once the study is brought up to date if "
                    + "it was stored", e);
        }
        if (!kept) {
            throw new EntryRefusedException("the lab server restarted before it wrote this change to disk: it was not "
                    + "stored (enter it again)");
        }
    }

    /** The study file without its trail (the server keeps the trail as rows). */
    private byte[] design() {
        try {
            return LabFiles.design(resource);
        } catch (IOException e) {
            throw new EntryRefusedException("cannot write the study's design for the lab server: " + e.getMessage(), e);
        }
    }

    /**
     * After storing a change of values: when nobody stored anything in between (the server's only new entry is this
     * one) and the study has no signatures a change could invalidate, this study already shows what the server has -
     * it only needs its entry, as the server wrote it, and the values' new versions (one query instead of a refresh).
     */
    private boolean adoptAlone(long seq, Map<LabKey, Integer> next) throws LabException {
        AuditTrail trail = AuditTrail.of(resource);
        List<Signature> signed = StudySignatures.of(resource);
        if (seq != trail.size() + 1 || signed != null && !signed.isEmpty()) {
            return false;
        }
        List<String> lines;
        try {
            lines = db.inStatement(c -> LabStudies.lines(c, id, seq - 1));
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
        if (lines.size() != 1) {
            return false; // someone stored a change right after: bring everything in
        }
        versions.values().putAll(next);
        trail.adopt(lines);
        return true;
    }

    /**
     * Brings the study up to what the server has: the audit entries stored since (this study's and other people's)
     * and the values they changed, laid over the study without being recorded again.
     */
    synchronized void refresh() throws LabException {
        if (!later.isEmpty()) {
            return; // others' changes come in after this person's are stored (on saving): theirs stay as typed
        }
        AuditTrail trail = AuditTrail.of(resource);
        long known = trail.size();
        List<String> lines = new ArrayList<>();
        LabOverlay rows;
        long[] design = new long[1];
        List<Signature> signatures = new ArrayList<>();
        try {
            rows = db.inSnapshot(c -> {
                lines.addAll(LabStudies.lines(c, id, known));
                design[0] = LabStudies.designSeq(c, id);
                signatures.addAll(LabSignatures.read(c, id)); // a later change may have invalidated one
                return LabOverlay.since(c, id, known);
            });
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
        if (design[0] > designSeq) {
            designChanged = true;
        }
        LabOverlay.Versions seen = new LabOverlay.Versions();
        AuditRecorder recorder = AuditRecorder.of(resource);
        Runnable lay = () -> rows.apply(resource, seen);
        if (recorder != null) {
            recorder.unrecorded(lay);
        } else {
            lay.run();
        }
        versions.putAll(seen);
        trail.adopt(lines);
        StudySignatures.attach(resource, signatures);
    }
}
