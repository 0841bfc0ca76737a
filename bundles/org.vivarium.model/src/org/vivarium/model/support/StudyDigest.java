package org.vivarium.model.support;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 digest over a study's stored bytes, which ties the audit trail to the study it records. */
final class StudyDigest {

    private StudyDigest() {
    }

    static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads what a parser left of an entry, so that the digest covers all of its bytes. */
    static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 14];
        while (in.read(buffer) >= 0) {
            // counted by the digest stream
        }
    }
}
