package org.vivarium.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary files of the lab client. */
final class LabFiles {

    private LabFiles() {
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
