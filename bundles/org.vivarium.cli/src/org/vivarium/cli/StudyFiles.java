package org.vivarium.cli;

import java.nio.file.Path;

import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.Study;

/** Studies named on the command line: files, through the folder store of their folder, or lab studies. */
final class StudyFiles {

    private StudyFiles() {
    }

    static ReadStudy read(Path file) throws StudyStoreException, UsageException, RejectedException {
        if (LabTarget.names(file)) {
            return LabTarget.read(file);
        }
        return FolderStudyStore.containing(file).read(FolderStudyStore.nameOf(file));
    }

    static OpenStudy open(Path file) throws StudyStoreException, UsageException, RejectedException {
        if (LabTarget.names(file)) {
            return LabTarget.open(file);
        }
        return FolderStudyStore.containing(file).open(FolderStudyStore.nameOf(file));
    }

    static OpenStudy create(Path file, Study study) throws StudyStoreException {
        return FolderStudyStore.containing(file).create(FolderStudyStore.nameOf(file), study);
    }

    /** The study file name must end with .vivarium, so that the store and the workbench find it. */
    static Path checkExtension(Path file) throws UsageException {
        if (!file.getFileName().toString().endsWith(".vivarium")) {
            throw new UsageException("study files end with .vivarium: " + file);
        }
        return file;
    }
}
