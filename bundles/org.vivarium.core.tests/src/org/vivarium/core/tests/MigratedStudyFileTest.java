package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.store.StudyStoreException.Reason;

/**
 * The file of a study of an older model version: untouched until the study is saved; the first save keeps it as
 * {@code <name>.bak} and writes the current version; later saves - in the same session or after opening the study
 * again - leave that backup alone until someone deletes it. A file of a newer model is refused, naming the file, its
 * model and this Vivarium's.
 */
class MigratedStudyFileTest {

    private static final String NEW_NS = "http://vivarium.org/model/" + ModelVersions.CURRENT;

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        String version = name.substring(name.lastIndexOf('-') + 1);
        Path file = dir.resolve(name + ".vivarium");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/model-" + version + "/" + name + ".vivarium")) {
            Files.copy(in, file);
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        return file;
    }

    private FolderStudyStore store() {
        return new FolderStudyStore(dir);
    }

    private static String xmi(Path file) throws IOException {
        return new String(ModelMigrationTest.entries(file).get("study.xmi"), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.0", "demo-1.1", "imported-1.1", "demo-1.2", "imported-1.2" })
    void openingAndClosingWithoutSavingLeavesTheOldFileByteForByte(String name) throws Exception {
        Path file = fixture(name);
        byte[] before = Files.readAllBytes(file);
        FileTime time = Files.getLastModifiedTime(file);
        try (OpenStudy open = store().open(file.getFileName().toString())) {
            assertThat(ModelVersions.migratedFrom(open.resource())).isNotNull();
            open.study().setTitle("changed, never saved");
        }
        store().read(file.getFileName().toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(time);
        assertThat(dir.resolve(file.getFileName() + ".bak")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.1", "demo-1.2" })
    void theFirstSaveKeepsTheOldFileAsBakAndNoLaterSaveReplacesIt(String name) throws Exception {
        Path file = fixture(name);
        Path bak = dir.resolve(file.getFileName() + ".bak");
        byte[] old = Files.readAllBytes(file);
        Files.writeString(bak, "a backup from long ago"); // the first save of the migrated study replaces it
        try (OpenStudy open = store().open(file.getFileName().toString())) {
            open.study().setTitle("first");
            open.save();
            assertThat(Files.readAllBytes(bak)).as("the old version's file").isEqualTo(old);
            assertThat(xmi(file)).contains(NEW_NS).contains("title=\"first\"");
            open.study().setTitle("second");
            open.save();
            assertThat(Files.readAllBytes(bak)).as("kept through a second save").isEqualTo(old);
        }
        try (OpenStudy open = store().open(file.getFileName().toString())) {
            assertThat(ModelVersions.migratedFrom(open.resource())).isNull();
            open.study().setTitle("third");
            open.save();
        }
        assertThat(Files.readAllBytes(bak)).as("kept by saves after opening it again").isEqualTo(old);
        assertThat(xmi(file)).contains("title=\"third\"");
        assertThat(ModelVersions.versionRead(store().read(bak.getFileName().toString()).resource()))
                .as("the backup opens as the old version").isEqualTo(name.substring(name.lastIndexOf('-') + 1));

        Files.delete(bak);
        try (OpenStudy open = store().open(file.getFileName().toString())) {
            open.study().setTitle("fourth");
            open.save();
        }
        assertThat(xmi(bak)).as("once deleted, the backup is the previous save again").contains(NEW_NS)
                .contains("title=\"third\"");
    }

    @Test
    void theMigratedStudyKeepsItsIdsWhenSaved() throws Exception {
        Path file = fixture("imported-1.0");
        String id;
        try (OpenStudy open = store().open(file.getFileName().toString())) {
            id = ((XMLResource) open.resource()).getID(open.study().getCohorts().get(0).getAnimals().get(0));
            open.save();
        }
        assertThat(xmi(file)).contains("xmi:id=\"" + id + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.9", "2.0", "1.10" })
    void aFileOfANewerModelIsRefusedNamingTheFileItsModelAndOurs(String version) throws Exception {
        Path plain = dir.resolve("plain-" + version + ".vivarium");
        Files.writeString(plain, study(version));
        Path container = dir.resolve("container-" + version + ".vivarium");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(container))) {
            zip.putNextEntry(new ZipEntry("study.xmi"));
            zip.write(study(version).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("measurements.bin"));
            zip.closeEntry();
        }
        for (Path file : new Path[] { plain, container }) {
            byte[] before = Files.readAllBytes(file);
            for (boolean forEditing : new boolean[] { false, true }) {
                String name = file.getFileName().toString();
                assertThatThrownBy(() -> {
                    if (forEditing) {
                        store().open(name).close();
                    } else {
                        store().read(name);
                    }
                }).isInstanceOf(StudyStoreException.class)
                        .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.NEWER_VERSION))
                        .hasMessage(file + ": the study was written by a newer Vivarium (study model " + version
                                + "; this Vivarium writes study model " + ModelVersions.CURRENT + " and reads "
                                + String.join(", ", ModelVersions.readable()) + "): update Vivarium to open it");
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
        assertThat(ModelVersions.readable()).startsWith("1.0", "1.1", "1.2").endsWith(ModelVersions.CURRENT);
    }

    private static String study(String version) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vivarium:Study xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:vivarium=\"http://vivarium.org/model/" + version
                + "\" xmi:id=\"s1\" title=\"from the future\"/>\n";
    }
}
