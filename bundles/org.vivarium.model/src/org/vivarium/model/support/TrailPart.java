package org.vivarium.model.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The audit trail's parts of a study file, owned by whoever keeps the trail (the core's audit trail); the study resource
 * only carries their bytes. The entries ({@value StudyResource#TRAIL_ENTRY}) come first in the file, so that they can
 * be checked while the study is read; the seal ({@value StudyResource#SEAL_ENTRY}) comes last, with the SHA-256 digest
 * of the study as stored - the bytes of the {@value StudyResource#XMI_ENTRY} and
 * {@value StudyResource#MEASUREMENTS_ENTRY} entries - so that the trail ties itself to the exact study it records.
 */
public interface TrailPart {

    /** Called when a study file's trail entries are read (before the study; not at all for a file without them). */
    void readEntries(InputStream entries) throws IOException;

    /** Called when the study has been read: its seal (null when the file has none) and the digest of the study. */
    void readSeal(InputStream seal, byte[] studyDigest) throws IOException;

    /**
     * Called when a study file is about to be written, before the study is encoded: the trail may start encoding its new
     * entries on other threads meanwhile.
     */
    void prepareEntries();

    /** Called when a study file is written, before the study: writes the trail's entries. */
    void writeEntries(OutputStream out) throws IOException;

    /** Called after the study is written: writes the seal for a study of that digest. */
    void writeSeal(OutputStream out, byte[] studyDigest) throws IOException;
}
