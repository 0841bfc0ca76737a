package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.store.StudyStoreException.Reason;
import org.vivarium.core.study.Studies;
import org.vivarium.testing.TestStudies;
import org.vivarium.testing.TrailFiles;

/**
 * Study files made to hurt: each is refused with one line saying what is wrong, quickly and within a small heap, and
 * a study reached through links can neither fork nor lose its link.
 */
class HostileStudyFilesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vivarium:Study xmi:version=\"2.0\" "
            + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:vivarium=\"http://vivarium.org/model/1.1\" xmi:id=\"s\" "
            + "title=\"t\">";

    @TempDir
    Path dir;

    private StudyStoreException refused(String name) {
        try {
            new FolderStudyStore(dir).read(name);
        } catch (StudyStoreException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e;
        }
        throw new AssertionError(name + " was read");
    }

    /** A study container whose study.xmi is the given text and whose measurement table is empty. */
    private Path container(String name, byte[] xmi) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("study.xmi"));
            zip.write(xmi);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("measurements.bin"));
            zip.write(new byte[] { 0x56, 0x49, 0x56, 0x4D, 0, 0, 0, 1, 0, 0, 0 });
            zip.closeEntry();
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void aContainerThatInflatesFarBeyondItsSizeIsRefusedBeforeItIsParsed() throws Exception {
        byte[] xmi = new byte[200 << 20]; // 200 MB of spaces inside the root element compress to about 200 KB
        Arrays.fill(xmi, (byte) ' ');
        byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, xmi, 0, head.length);
        Path file = container("bomb.vivarium", xmi);
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThat(refused("bomb.vivarium").getMessage()).contains("the study file is damaged or hostile: its content "
                + "inflates to more than 64 MB");
    }

    @Test
    void unknownElementsAreAnErrorAtTheFirstOne() throws Exception {
        StringBuilder xmi = new StringBuilder(HEAD);
        xmi.append("<noSuchThing/>".repeat(100_000)).append("</vivarium:Study>");
        container("unknown.vivarium", xmi.toString().getBytes(StandardCharsets.UTF_8));
        StudyStoreException e = refused("unknown.vivarium");
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("the study file is damaged").contains("noSuchThing");
    }

    @Test
    void aContainerWithoutItsZipDirectoryIsRefused() throws Exception {
        try (OpenStudy open = new FolderStudyStore(dir).create("cut.vivarium", TestStudies.small())) {
            open.save();
        }
        Path file = dir.resolve("cut.vivarium");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 30)); // the end of the central directory is cut off
        assertThat(refused("cut.vivarium").getMessage()).contains("damaged or truncated (its ZIP directory is missing "
                + "or cut off");
    }

    @Test
    void numbersThatAreNotNumbersAreRefusedWhereverTheyStand() throws Exception {
        Files.writeString(dir.resolve("nan.vivarium"), HEAD + "<routes code=\"i.p.\" maxVolumeMlPerKg=\"NaN\"/>"
                + "</vivarium:Study>");
        assertThat(refused("nan.vivarium").getMessage()).contains("maxVolumeMlPerKg is NaN, not a number");
        Files.writeString(dir.resolve("inf.vivarium"), HEAD + "<compounds name=\"K\" stockConcentrationMgPerMl="
                + "\"Infinity\"/></vivarium:Study>");
        assertThat(refused("inf.vivarium").getMessage()).contains("stockConcentrationMgPerMl is Infinity");

        var study = TestStudies.small(); // saving refuses NaN: the stored value is made one by hand
        Studies.sessions(study).get(0).getMeasurements().get(1).setValue(987_654.321);
        new FolderStudyStore(dir).create("value.vivarium", study).close();
        var entries = TrailFiles.entries(dir.resolve("value.vivarium"));
        byte[] table = entries.get(TrailFiles.MEASUREMENTS);
        byte[] value = java.nio.ByteBuffer.allocate(8).putDouble(987_654.321).array();
        int at = java.util.Collections.indexOfSubList(toList(table), toList(value));
        assertThat(at).isNotNegative();
        System.arraycopy(java.nio.ByteBuffer.allocate(8).putDouble(Double.NaN).array(), 0, table, at, 8);
        TrailFiles.write(dir.resolve("value.vivarium"), entries);
        assertThat(refused("value.vivarium").getMessage()).contains("a value of session 'FST 24 h' is NaN");
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new java.util.ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    @Test
    void referencesToOtherDocumentsAreRefusedNotFollowed() throws Exception {
        Files.writeString(dir.resolve("href.vivarium"), HEAD + "<arms code=\"A\"><regimens><compound href=\""
                + "file:/etc/passwd#x\"/></regimens></arms></vivarium:Study>");
        assertThat(refused("href.vivarium").getMessage()).contains("refers to another document (file:/etc/passwd#x)");
        Files.writeString(dir.resolve("http.vivarium"), HEAD + "<arms code=\"A\"><regimens><compound href=\""
                + "http://example.org/x.xmi#y\"/></regimens></arms></vivarium:Study>");
        assertThat(refused("http.vivarium").getMessage()).contains("refers to another document (http://example.org");
    }

    @Test
    void aStudyOpenedThroughASymbolicLinkIsLockedAndSavedAsItsTargetAndTheLinkStays() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("real.vivarium", TestStudies.small()).close();
        Path link = Files.createSymbolicLink(dir.resolve("link.vivarium"), dir.resolve("real.vivarium"));
        try (OpenStudy viaLink = store.open("link.vivarium")) {
            assertThatThrownBy(() -> store.open("real.vivarium")).isInstanceOf(StudyStoreException.class)
                    .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.LOCKED));
            viaLink.study().setTitle("saved through the link");
            viaLink.save();
        }
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(store.read("real.vivarium").study().getTitle()).isEqualTo("saved through the link");
        assertThat(Files.isSymbolicLink(dir.resolve("real.vivarium.bak"))).isFalse();
        assertThat(dir.resolve("link.vivarium.bak")).doesNotExist();
    }

    @Test
    void aStudyWithSeveralHardLinksIsNotOpenedForEditing() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("one.vivarium", TestStudies.small()).close();
        Files.createLink(dir.resolve("two.vivarium"), dir.resolve("one.vivarium"));
        byte[] before = Files.readAllBytes(dir.resolve("one.vivarium"));
        assertThatThrownBy(() -> store.open("two.vivarium")).isInstanceOf(StudyStoreException.class)
                .hasMessageContaining("the study file has 2 hard links: saving would separate them into two studies");
        assertThat(store.read("two.vivarium").study().getTitle()).isEqualTo("Test study");
        assertThat(Files.readAllBytes(dir.resolve("one.vivarium"))).isEqualTo(before);
    }
}
