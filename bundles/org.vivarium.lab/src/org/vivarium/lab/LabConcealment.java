package org.vivarium.lab;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.vivarium.core.blinding.BlindedCopy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.Study;
import org.vivarium.model.support.StudyResource;

/**
 * The copy of a study's design that technicians read from the server while its treatments are coded (allocation
 * concealment held by the database): made with {@link BlindedCopy} and stored with each design (vivarium_conceal).
 */
final class LabConcealment {

    private LabConcealment() {
    }

    /** Stores the copy for blinded users of the design just stored, in the caller's transaction. */
    static void store(Connection c, long id, Study study, byte[] design) throws SQLException {
        boolean blinded = BlindedCopy.needed(study);
        byte[] copy = blinded ? copy(design) : design;
        try (PreparedStatement s = c.prepareStatement("SELECT vivarium_conceal(?, ?, ?)")) {
            s.setLong(1, id);
            s.setBoolean(2, blinded);
            s.setBytes(3, copy);
            s.executeQuery().close();
        }
    }

    /** Whether the connected user may read the study files themselves (else: the copies without the code key). */
    static boolean readsFullDesign(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT has_table_privilege('study_file', 'SELECT')");
                ResultSet r = s.executeQuery()) {
            return r.next() && r.getBoolean(1);
        }
    }

    /** The design without its code key (read from the stored bytes, so that every object keeps its id). */
    private static byte[] copy(byte[] design) throws SQLException {
        try {
            ReadStudy read = LabFiles.read(design, "design.vivarium");
            BlindedCopy.strip(read.study());
            return LabFiles.design((StudyResource) read.resource());
        } catch (IOException e) { // a StudyStoreException too
            throw new SQLException("cannot make the copy of the design for blinded users: " + e.getMessage(), e);
        }
    }
}
