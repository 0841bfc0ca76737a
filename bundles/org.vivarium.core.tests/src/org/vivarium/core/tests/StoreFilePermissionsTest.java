package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.TempFiles;
import org.vivarium.testing.TestStudies;

/** Study files on a lab's shared drive stay readable by whoever could read them before a save. */
class StoreFilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void newStudyFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        try (OpenStudy open = new FolderStudyStore(dir).create("s.vivarium", TestStudies.small())) {
            open.save();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("s.vivarium"))))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
    }

    @Test
    void saveKeepsTheStudyFilesPermissions() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("s.vivarium", TestStudies.small()).close();
        Path file = dir.resolve("s.vivarium");
        for (String permissions : new String[] { "rw-rw----", "rw-r--r--", "rw-------" }) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            try (OpenStudy open = store.open("s.vivarium")) {
                open.study().setTitle(permissions);
                open.save();
            }
            assertThat(store.read("s.vivarium").study().getTitle()).isEqualTo(permissions);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        }
    }

    @Test
    void tempFileBesideAnExistingTargetHasItsPermissionsAndAHiddenUniqueName() throws Exception {
        Path target = Files.createFile(dir.resolve("export.xlsx"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        Path a = TempFiles.createBeside(target, ".tmp");
        Path b = TempFiles.createBeside(target, ".tmp");
        assertThat(a).isNotEqualTo(b).hasParent(dir);
        assertThat(a.getFileName().toString()).startsWith(".export.xlsx.").endsWith(".tmp");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a))).isEqualTo("rw-rw-r--");
        assertThat(a).isEmptyFile();
    }
}
