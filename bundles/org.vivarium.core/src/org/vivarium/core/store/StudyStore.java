package org.vivarium.core.store;

import java.util.List;

import org.vivarium.core.audit.AuditUser;
import org.vivarium.model.Study;

/**
 * Where studies live. The default store is a folder of {@code .vivarium} files ({@link FolderStudyStore}); a store
 * shared across a lab's PCs can implement the same interface.
 * <p>
 * Studies are named by the store ({@link #list()}); a study opened for editing is locked against other writers until
 * it is closed, and every save is atomic: a crash at any moment leaves a loadable study.
 */
public interface StudyStore {

    /** Names of the studies in this store, sorted. */
    List<String> list() throws StudyStoreException;

    /** Whether a study of that name exists. */
    boolean exists(String name);

    /** Opens a study for editing; it stays locked against other writers until {@link OpenStudy#close()}. */
    OpenStudy open(String name) throws StudyStoreException;

    /** Reads a study without locking it (for reports and analyses); the result is not saved back. */
    ReadStudy read(String name) throws StudyStoreException;

    /** Stores a new study under a name that must not exist yet and opens it for editing. */
    OpenStudy create(String name, Study study) throws StudyStoreException;

    /** Who changes studies through this store, as the audit trail names them. */
    AuditUser user();

    /** How the named study is shown to people (for folder stores: the file path). */
    String describe(String name);
}
