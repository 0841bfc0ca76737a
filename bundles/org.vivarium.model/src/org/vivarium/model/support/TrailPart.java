package org.vivarium.model.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The audit trail's part of a study file ({@value StudyResource#TRAIL_ENTRY}), owned by whoever keeps the trail (the
 * core's audit trail); the study resource only carries its bytes. Both calls get the SHA-256 digest of the study as
 * stored - the bytes of the {@value StudyResource#XMI_ENTRY} and {@value StudyResource#MEASUREMENTS_ENTRY} entries -
 * so that the trail can tie itself to the exact study it belongs to.
 */
public interface TrailPart {

    /**
     * Called when a study file has been read: the trail entry's content (null when the file has none, e.g. a study
     * written before trails or a plain XMI file) and the digest of the study as read.
     */
    void read(InputStream trail, byte[] studyDigest) throws IOException;

    /** Called when a study file is written, after the study: writes the trail entry for a study of that digest. */
    void write(OutputStream out, byte[] studyDigest) throws IOException;
}
