package org.vivarium.core.store;

import java.io.IOException;

/**
 * A study could not be opened, read or saved. The message names the study and says what to do; {@link #reason()}
 * lets callers react (e.g. offer the backup of a damaged file).
 */
public class StudyStoreException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a store operation failed. */
    public enum Reason {
        /** There is no study under that name. */
        NOT_FOUND,
        /** The study exists already (creating it again would overwrite it). */
        EXISTS,
        /** The file is damaged, truncated, or not a study file at all. */
        CORRUPT,
        /** The file was written by a newer Vivarium whose study model this version does not know. */
        NEWER_VERSION,
        /** Another program or window has the study open for editing. */
        LOCKED,
        /** The operating system refused (permissions, disk full, ...). */
        IO
    }

    private final Reason reason;
    private final String study;

    public StudyStoreException(Reason reason, String study, String message, Throwable cause) {
        super(study + ": " + message, cause);
        this.reason = reason;
        this.study = study;
    }

    public StudyStoreException(Reason reason, String study, String message) {
        this(reason, study, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** How the study was named to the store (file path for folder stores). */
    public String study() {
        return study;
    }
}
