package org.vivarium.lab;

import java.io.IOException;
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

import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.AtomicFileWriter;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;

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
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LabException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String title = read.study().getTitle() == null ? FolderStudyStore.nameOf(file) : read.study().getTitle();
        try {
            return db.inTransaction(c -> {
                long id = insertStudy(c, title, ModelVersions.versionRead(read.resource()),
                        file.getFileName().toString());
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO study_file (study_id, content, sha256) VALUES (?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setBytes(2, content);
                    s.setString(3, sha256(content));
                    s.executeUpdate();
                }
                insertEntries(c, id, trail.lines());
                return id;
            });
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
    }

    private static long insertStudy(Connection c, String title, String modelVersion, String fileName)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO study (title, model_version, file_name) VALUES (?, ?, ?) RETURNING id")) {
            s.setString(1, title);
            s.setString(2, modelVersion);
            s.setString(3, fileName);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The trail's entries, a row each: seq, chain hash and the entry's JSON as the file holds it. */
    private static void insertEntries(Connection c, long id, List<String> lines) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_entry (study_id, seq, hash, entry) VALUES (?, ?, ?, ?)")) {
            for (String line : lines) {
                String json = json(line);
                s.setLong(1, id);
                s.setLong(2, seq(json));
                s.setString(3, line.substring(0, HASH));
                s.setString(4, json);
                s.addBatch();
            }
            s.executeBatch();
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

    /** Writes a file copy of the lab study (atomically); an existing file is not overwritten. */
    public void pull(long id, Path out) throws LabException {
        if (Files.exists(out)) {
            throw new LabException(out + " exists already: pull writes a new file (choose another name)");
        }
        byte[] content = content(id);
        try {
            AtomicFileWriter.write(out, stream -> stream.write(content));
        } catch (IOException e) {
            throw new LabException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a lab study as it is stored (for the commands that only read it: info, validate, export, analyze, audit,
     * reports...), through the study store like a file, so that its audit trail is checked as a file's is.
     */
    public ReadStudy read(long id) throws LabException, StudyStoreException {
        byte[] content = content(id);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("vivarium-lab-");
            String name = "lab-" + id + ".vivarium";
            Files.write(dir.resolve(name), content);
            return new FolderStudyStore(dir).read(name);
        } catch (IOException e) {
            throw new LabException("cannot read lab study " + id + " into a temporary file: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * What differs between the server's audit rows of a study and the trail of its stored content (null when they
     * agree): the rows are the server's own record of the entries, appended in the transaction that stored them.
     */
    public String rowsDiffer(long id, AuditTrail trail) throws LabException {
        List<String> lines = trail.lines();
        int i = 0;
        try (PreparedStatement s = db.connection().prepareStatement(
                "SELECT seq, hash, entry FROM audit_entry WHERE study_id = ? ORDER BY seq")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long seq = r.getLong(1);
                    if (i >= lines.size()) {
                        return "the server has audit row " + seq + " that the study's trail does not have";
                    }
                    String line = lines.get(i++);
                    long entry = seq(json(line));
                    if (entry != seq || !line.startsWith(r.getString(2) + " ") || !json(line).equals(r.getString(3))) {
                        return "the server's audit row " + seq + " does not match entry " + entry
                                + " of the study's trail";
                    }
                }
            }
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
        return i == lines.size() ? null : "the server has " + i + " audit rows for " + lines.size()
                + " entries of the study's trail";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind; the system cleans it
        }
    }

    /** The stored file of a lab study, checked against its checksum. */
    private byte[] content(long id) throws LabException {
        byte[] content;
        String sha;
        try (PreparedStatement s = db.connection().prepareStatement(
                "SELECT content, sha256 FROM study_file WHERE study_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new LabException("no lab study with id " + id + " on " + db.url().where()
                            + " (see vivarium lab list " + db.url() + ")");
                }
                content = r.getBytes(1);
                sha = r.getString(2);
            }
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
        if (!sha256(content).equals(sha)) {
            throw new LabException("lab study " + id + " on " + db.url().where()
                    + " is damaged: its content does not match its checksum");
        }
        return content;
    }

    /** The studies on the server, oldest first. */
    public List<LabStudy> list() throws LabException {
        List<LabStudy> studies = new ArrayList<>();
        try (PreparedStatement s = db.connection().prepareStatement("SELECT s.id, s.title, s.model_version, "
                + "(SELECT count(*) FROM audit_entry a WHERE a.study_id = s.id), s.pushed_by, s.pushed_at "
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
                "SELECT count(*) FROM audit_entry WHERE study_id = ?")) {
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
