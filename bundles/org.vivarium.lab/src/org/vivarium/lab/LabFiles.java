package org.vivarium.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.support.StudyResource;
import org.vivarium.model.support.TrailPart;

/** The study file as the lab server keeps it, and temporary files of the lab client. */
final class LabFiles {

    private LabFiles() {
    }

    /**
     * The study file without its audit trail: the design and values as the server stores them (the server keeps the
     * trail as rows; a file read back from these bytes has none to check).
     */
    static byte[] design(StudyResource resource) throws IOException {
        TrailPart trail = resource.getTrailPart();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        resource.setTrailPart(null);
        try {
            resource.save(out, StudyResource.saveOptions());
        } finally {
            resource.setTrailPart(trail);
        }
        return out.toByteArray();
    }

    /**
     * Reads a study file held in memory (as the server stores it) through the study store, like any file: from a
     * temporary folder, deleted again. A file the store cannot read fails with its StudyStoreException.
     */
    static ReadStudy read(byte[] content, String name) throws IOException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("vivarium-lab-");
            Files.write(dir.resolve(name), content);
            return new FolderStudyStore(dir).read(name);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Deletes a temporary folder of files; one left behind is the system's to clean. */
    static void deleteQuietly(Path dir) {
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
}
