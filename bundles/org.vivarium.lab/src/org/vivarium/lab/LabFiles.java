package org.vivarium.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
