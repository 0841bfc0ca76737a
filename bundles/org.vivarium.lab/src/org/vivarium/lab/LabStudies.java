package org.vivarium.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.vivarium.core.audit.AuditRecorder;
import org.vivarium.core.audit.AuditUser;

import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.AtomicFileWriter;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.support.StudyResource;

/** Pushing study files to the lab server, pulling file copies back, listing what is there. */
public final class LabStudies {

    /** A trail line starts with its entry's hash (64 hexadecimal digits) and a space; its JSON with the number. */
    private static final int HASH = 64;
    private static final String SEQ = "{\"seq\":";

    private final LabDatabase db;

    LabStudies(LabDatabase db) {
        this.db = db;
    }

    /**
     * Stores the study file and its audit trail (one row per entry) in one transaction; returns the lab study id. The
     * file is read through the study store first, so a broken or unreadable file is refused with the store's message.
     */
    public long push(Path file) throws LabException, StudyStoreException {
        ReadStudy read = FolderStudyStore.containing(file).read(FolderStudyStore.nameOf(file));
        AuditTrail trail = AuditTrail.of(read.resource());
        TrailCheck check = trail.check();
        if (!check.usable()) {
            throw new LabException(file + ": the audit trail is broken (" + check.summary()
                    + "): acknowledge it with 'vivarium audit " + file + " --acknowledge --reason ...' first");
        }
        byte[] content;
        try {
            content = LabFiles.design((StudyResource) read.resource()); // the trail is stored as rows
        } catch (IOException e) {
            throw new LabException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String title = read.study().getTitle() == null ? FolderStudyStore.nameOf(file) : read.study().getTitle();
        List<String> lines = trail.lines();
        int n = lines.size();
        Long[] seqs = new Long[n];
        String[] hashes = new String[n];
        String[] entries = new String[n];
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            entries[i] = json(line);
            seqs[i] = seq(entries[i]);
            hashes[i] = line.substring(0, HASH);
        }
        List<String> units = LabUnits.of((StudyResource) read.resource());
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT vivarium_push(?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, title);
                    s.setString(2, ModelVersions.CURRENT); // the file stored is written in it (a migrated one too)
                    s.setString(3, file.getFileName().toString());
                    s.setBytes(4, content);
                    s.setArray(5, c.createArrayOf("text", units.toArray()));
                    s.setArray(6, c.createArrayOf("bigint", seqs));
                    s.setArray(7, c.createArrayOf("text", hashes));
                    s.setArray(8, c.createArrayOf("text", entries));
                    long id;
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                    LabConcealment.store(c, id, read.study(), content);
                    return id;
                }
            });
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
    }

    private static String json(String line) {
        return line.substring(HASH + 1);
    }

    /** An entry's number: its JSON starts with it. */
    private static long seq(String json) {
        int end = SEQ.length();
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(SEQ.length(), end));
    }

    /**
     * Writes a file copy of the lab study as the server has it now (its values and its whole trail, sealed as a file's),
     * atomically; an existing file is not overwritten.
     */
    public void pull(long id, Path out) throws LabException, StudyStoreException {
        if (Files.exists(out)) {
            throw new LabException(out + " exists already: pull writes a new file (choose another name)");
        }
        ReadStudy read = read(id);
        TrailCheck check = AuditTrail.of(read.resource()).check();
        if (!check.intact()) {
            throw new LabException("lab study " + id + " on " + db.url().where() + ": its audit rows are broken ("
                    + check.summary() + "); see vivarium audit lab:" + id + " --verify");
        }
        try {
            AtomicFileWriter.write(out, stream -> read.resource().save(stream, StudyResource.saveOptions()));
        } catch (IOException e) {
            throw new LabException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a lab study as the server has it now - the study file as last stored, its values laid over it, its trail
     * from the server's audit rows (checked as a chain) - for the commands that only read it (info, validate, export,
     * analyze, audit, reports...).
     */
    public ReadStudy read(long id) throws LabException, StudyStoreException {
        return load(id, false);
    }

    /**
     * Opens a lab study for editing: as {@link #read(long)}, and every change made to it from now on is stored on the
     * server as it is made, with its audit entry, in one transaction; a change that clashes with one stored meanwhile
     * is refused (and taken back), naming who made the other and when.
     */
    public LabOpenStudy open(long id) throws LabException, StudyStoreException {
        return (LabOpenStudy) load(id, true);
    }

    private ReadStudy load(long id, boolean editing) throws LabException, StudyStoreException {
        record Snapshot(byte[][] stored, List<String> lines, LabOverlay rows, long designSeq,
                List<Signature> signatures) {
        }
        Snapshot snap;
        try {
            snap = db.inSnapshot(c -> new Snapshot(stored(c, id), lines(c, id, 0), LabOverlay.since(c, id, 0),
                    designSeq(c, id), LabSignatures.read(c, id)));
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
        ReadStudy file = readFile(id, checked(id, snap.stored()));
        StudyResource resource = (StudyResource) file.resource();
        LabOverlay.Versions versions = new LabOverlay.Versions();
        snap.rows().apply(resource, versions);
        AuditTrail trail = AuditTrail.of(resource);
        if (snap.signatures() != null) {
            StudySignatures.attach(resource, snap.signatures());
        }
        String name = "lab:" + id;
        if (!editing) {
            trail.share(snap.lines(), null);
            return new ReadStudy() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Resource resource() {
                    return resource;
                }
            };
        }
        LabCommits commits = new LabCommits(db, id, resource, versions, snap.designSeq());
        db.announce(name);
        trail.share(snap.lines(), commits);
        AuditRecorder.attach(resource).trail().setUser(new AuditUser(db.url().user(), true));
        return new LabOpenStudy(name, resource, commits);
    }

    /** The study file, read through the study store (from a temporary copy) like any file. */
    private static ReadStudy readFile(long id, byte[] content) throws LabException, StudyStoreException {
        try {
            return LabFiles.read(content, "lab-" + id + ".vivarium");
        } catch (StudyStoreException e) {
            throw e;
        } catch (IOException e) {
            throw new LabException("cannot read lab study " + id + " into a temporary file: " + e.getMessage(), e);
        }
    }

    /**
     * The audit entries of a study after entry {@code after}, oldest first, each as "HASH JSON" - an entry whose text
     * is withheld from this user (a blinded technician) as {@link AuditTrail#withheldLine}.
     */
    static List<String> lines(Connection c, long id, long after) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT hash, entry, seq, recorded_at, recorded_by "
                + "FROM audit_entry_shown WHERE study_id = ? AND seq > ? ORDER BY seq")) {
            s.setLong(1, id);
            s.setLong(2, after);
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String entry = r.getString(2);
                    lines.add(entry != null ? r.getString(1) + " " + entry : AuditTrail.withheldLine(r.getString(1),
                            r.getLong(3), r.getTimestamp(4).toInstant(), r.getString(5)));
                }
            }
        }
        return lines;
    }

    /** The entry that last changed the study's design (the study file). */
    static long designSeq(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT design_seq FROM study WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /**
     * What differs between the server's record of the study's last audit entry (its number and hash, kept on the
     * study's row by every change) and the trail read from the audit rows (null when they agree): rows cut off the
     * end, or added past it, show here; rows altered in between show in the trail's own check.
     */
    public String rowsDiffer(long id, AuditTrail trail) throws LabException {
        try (PreparedStatement s = db.connection().prepareStatement(
                "SELECT last_seq, last_hash FROM study WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new LabException("no lab study with id " + id + " on " + db.url().where());
                }
                long last = r.getLong(1);
                if (last != trail.size()) {
                    long rows = trail.size();
                    return "the server recorded " + last + " audit entr" + (last == 1 ? "y" : "ies")
                            + " for the study, but " + rows + (rows == 1 ? " row is" : " rows are") + " there";
                }
                if (!r.getString(2).equals(trail.lastHash())) {
                    return "the hash of the last audit row does not match the one the server recorded with entry "
                            + last;
                }
                return null;
            }
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
    }


    /** A study's file as stored, with the checksum stored with it (null: no such study). */
    private static byte[][] stored(Connection c, long id) throws SQLException {
        String table = LabConcealment.readsFullDesign(c) ? "study_file" : "study_blinded_file"; // a fixed name
        try (PreparedStatement s = c.prepareStatement("SELECT content, sha256 FROM " + table
                + " WHERE study_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new byte[][] { r.getBytes(1), r.getString(2).getBytes(StandardCharsets.US_ASCII) }
                        : null;
            }
        }
    }

    private byte[] checked(long id, byte[][] stored) throws LabException {
        if (stored == null) {
            throw new LabException("no lab study with id " + id + " on " + db.url().where()
                    + " (see vivarium lab list " + db.url() + ")");
        }
        if (!sha256(stored[0]).equals(new String(stored[1], StandardCharsets.US_ASCII))) {
            throw new LabException("lab study " + id + " on " + db.url().where()
                    + " is damaged: its content does not match its checksum");
        }
        return stored[0];
    }

    /**
     * Who has the lab study open for editing now: the users of the connections that announced it (their
     * application_name), each once, sorted.
     */
    public List<String> connected(long id) throws LabException {
        List<String> users = new ArrayList<>();
        try (PreparedStatement s = db.connection().prepareStatement("SELECT DISTINCT usename FROM pg_stat_activity "
                + "WHERE application_name = ? AND usename IS NOT NULL ORDER BY usename")) {
            s.setString(1, LabDatabase.APPLICATION + " lab:" + id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    users.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
        return users;
    }

    /** The studies on the server, oldest first. */
    public List<LabStudy> list() throws LabException {
        List<LabStudy> studies = new ArrayList<>();
        try (PreparedStatement s = db.connection().prepareStatement("SELECT s.id, s.title, s.model_version, "
                + "(SELECT count(*) FROM audit_entry_shown a WHERE a.study_id = s.id), s.pushed_by, s.pushed_at "
                + "FROM study s ORDER BY s.id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                studies.add(new LabStudy(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5),
                        r.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
        return studies;
    }

    /** The number of audit rows stored for a study. */
    public long entries(long id) throws LabException {
        try (PreparedStatement s = db.connection().prepareStatement(
                "SELECT count(*) FROM audit_entry_shown WHERE study_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
