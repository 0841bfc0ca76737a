package org.vivarium.core.store;

/**
 * A study opened for editing: locked against other writers until closed. {@link #save()} is atomic (temporary file,
 * fsync, rename; the previous version is kept as a backup).
 */
public interface OpenStudy extends ReadStudy, AutoCloseable {

    /** Saves the study atomically. */
    void save() throws StudyStoreException;

    /** Releases the lock; unsaved changes are discarded. */
    @Override
    void close();
}
