package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.store.StudyStoreException.Reason;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

class StudyStoreTest {

    @TempDir
    Path dir;

    private FolderStudyStore store() {
        return new FolderStudyStore(dir);
    }

    @Test
    void savedStudyReadsBackWithSameIdsAndValues() throws Exception {
        Study study = TestStudies.small();
        Measurement m = Studies.sessions(study).get(0).getMeasurements().get(2);
        m.setCensored(true);
        m.setExcluded(true);
        m.setExclusionReason("video lost");
        m.setSource("sheet.xlsx!FST!C4");
        String animalId;
        try (OpenStudy open = store().create("s.vivarium", study)) {
            animalId = ((XMLResource) open.resource()).getID(Studies.findAnimal(study, "B1"));
        }
        ReadStudy read = store().read("s.vivarium");
        Animal b1 = Studies.findAnimal(read.study(), "B1");
        assertThat(((XMLResource) read.resource()).getID(b1)).isEqualTo(animalId).startsWith("_");
        AssaySession fst = Studies.sessions(read.study()).get(0);
        assertThat(fst.getMeasurements()).extracting(Measurement::getValue).containsExactly(150.0, 160.0, 90.0, 100.0);
        Measurement back = fst.getMeasurements().get(2);
        assertThat(back.getAnimal()).isSameAs(b1);
        assertThat(back.isCensored()).isTrue();
        assertThat(back.isExcluded()).isTrue();
        assertThat(back.getExclusionReason()).isEqualTo("video lost");
        assertThat(back.getSource()).isEqualTo("sheet.xlsx!FST!C4");
        assertThat(back.getMeasure().getName()).isEqualTo("immobility");
        assertThat(store().list()).containsExactly("s.vivarium");
    }

    @Test
    void secondSaveKeepsPreviousVersionAsBackup() throws Exception {
        try (OpenStudy open = store().create("s.vivarium", TestStudies.small())) {
            open.study().setTitle("second");
            open.save();
        }
        Path backup = dir.resolve("s.vivarium.bak");
        assertThat(backup).exists();
        assertThat(new FolderStudyStore(dir).read("s.vivarium.bak").study().getTitle()).isEqualTo("Test study");
        assertThat(store().read("s.vivarium").study().getTitle()).isEqualTo("second");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** The study file refuses a value that is not a number when read; so saving one is refused, not written. */
    @Test
    void aValueThatIsNotANumberIsRefusedOnSaveAndTheFileKept() throws Exception {
        try (OpenStudy open = store().create("s.vivarium", TestStudies.small())) {
            Measurement m = Studies.sessions(open.study()).stream().flatMap(s -> s.getMeasurements().stream())
                    .findFirst().orElseThrow();
            m.setValue(Double.POSITIVE_INFINITY);
            assertThatThrownBy(open::save).isInstanceOf(StudyStoreException.class)
                    .hasMessageContaining("s.vivarium").hasMessageContaining("is Infinity, not a number")
                    .hasMessageContaining("the file on disk is unchanged");
        }
        assertThat(store().read("s.vivarium").study().getTitle()).isEqualTo("Test study");
    }

    @Test
    void secondWriterIsRefusedWithWhoHoldsTheLockButReadersAreNot() throws Exception {
        try (OpenStudy first = store().create("s.vivarium", TestStudies.small())) {
            assertThatThrownBy(() -> store().open("s.vivarium")).isInstanceOf(StudyStoreException.class)
                    .hasMessageContaining("s.vivarium").hasMessageContaining("open for editing by")
                    .hasMessageContaining("process " + ProcessHandle.current().pid())
                    .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.LOCKED));
            assertThat(store().read("s.vivarium").study().getTitle()).isEqualTo("Test study");
        }
        try (OpenStudy again = store().open("s.vivarium")) {
            assertThat(again.study().getId()).isEqualTo("TEST-1");
        }
    }

    @Test
    void creatingOverAnExistingStudyIsRefused() throws Exception {
        store().create("s.vivarium", TestStudies.small()).close();
        assertThatThrownBy(() -> store().create("s.vivarium", TestStudies.small()))
                .hasMessageContaining("exists already")
                .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.EXISTS));
    }

    @Test
    void missingFileIsNotFound() {
        assertThatThrownBy(() -> store().read("nope.vivarium")).hasMessage(dir.resolve("nope.vivarium")
                + ": no such study file");
        assertThatThrownBy(() -> store().open("nope.vivarium"))
                .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void truncatedStudyIsReportedAsDamagedWithTheBackupNamed() throws Exception {
        try (OpenStudy open = store().create("s.vivarium", TestStudies.small())) {
            open.save();
        }
        Path file = dir.resolve("s.vivarium");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> store().read("s.vivarium")).isInstanceOf(StudyStoreException.class)
                .hasMessageContaining("damaged").hasMessageContaining("s.vivarium.bak")
                .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.CORRUPT));
    }

    @Test
    void filesThatAreNotStudiesAreRefusedByKind() throws Exception {
        Files.writeString(dir.resolve("empty.vivarium"), "");
        Files.writeString(dir.resolve("text.vivarium"), "animal,value\nA1,3\n");
        Files.writeString(dir.resolve("xxe.vivarium"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><x>&e;</x>");
        Files.writeString(dir.resolve("other.vivarium"), "<?xml version=\"1.0\"?><a:b xmlns:a=\"urn:other\"/>");
        assertThatThrownBy(() -> store().read("empty.vivarium")).hasMessageEndingWith("the file is empty");
        assertThatThrownBy(() -> store().read("text.vivarium")).hasMessageContaining("not a Vivarium study file");
        assertThatThrownBy(() -> store().read("xxe.vivarium")).hasMessageContaining("not a readable study")
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> store().read("other.vivarium")).hasMessageContaining("not a Vivarium study")
                .hasMessageContaining("urn:other");
    }

    @Test
    void damagedEncodingNameIsADamagedFileNotAReadError() throws Exception {
        Files.writeString(dir.resolve("enc.vivarium"), "<?xml version=\"1.0\" encoding=\"UTC08\"?>\n"
                + "<vivarium:Study xmlns:vivarium=\"http://vivarium.org/model/1.0\" title=\"t\"/>");
        assertThatThrownBy(() -> store().read("enc.vivarium")).hasMessageContaining("not a readable study")
                .hasMessageContaining("UTC08")
                .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.CORRUPT));
    }

    @Test
    void newerModelVersionIsRefusedWithAnUpdateHint() throws Exception {
        Files.writeString(dir.resolve("new.vivarium"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<vivarium:Study xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:vivarium=\"http://vivarium.org/model/2.1\" title=\"future\"/>");
        assertThatThrownBy(() -> store().read("new.vivarium"))
                .hasMessageContaining("newer Vivarium (study model 2.1; this Vivarium writes study model "
                        + ModelVersions.CURRENT + " and reads 1.0, ")
                .satisfies(e -> assertThat(((StudyStoreException) e).reason()).isEqualTo(Reason.NEWER_VERSION));
    }

    @Test
    void plainXmiStudiesAreReadAndWrittenBackAsContainers() throws Exception {
        Files.writeString(dir.resolve("plain.vivarium"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<vivarium:Study xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:vivarium=\"http://vivarium.org/model/1.0\" xmi:id=\"s1\" title=\"hand made\">\n"
                + "  <cohorts xmi:id=\"c1\" name=\"C\"><animals xmi:id=\"a1\" id=\"M1\"/></cohorts>\n"
                + "</vivarium:Study>\n");
        try (OpenStudy open = store().open("plain.vivarium")) {
            assertThat(open.study().getTitle()).isEqualTo("hand made");
            open.save();
        }
        assertThat(Files.readAllBytes(dir.resolve("plain.vivarium"))).startsWith('P', 'K');
        assertThat(Studies.findAnimal(store().read("plain.vivarium").study(), "M1")).isNotNull();
    }

    @Test
    void damagedBytesNeverEscapeAsAnythingButAStoreError() throws Exception {
        try (OpenStudy open = store().create("s.vivarium", TestStudies.small())) {
            open.save();
        }
        byte[] good = Files.readAllBytes(dir.resolve("s.vivarium"));
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] bad = good.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Files.write(dir.resolve("bad.vivarium"), bad);
            try {
                store().read("bad.vivarium");
            } catch (StudyStoreException e) {
                assertThat(e.reason()).as(e.getMessage()).isIn(Reason.CORRUPT, Reason.NEWER_VERSION);
                assertThat(e.getMessage()).startsWith(dir.resolve("bad.vivarium").toString() + ": ");
            }
        }
    }

    @Test
    void listsOnlyStudyFiles() throws Exception {
        store().create("b.vivarium", TestStudies.small()).close();
        store().create("a.vivarium", TestStudies.small()).close();
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(store().list()).isEqualTo(List.of("a.vivarium", "b.vivarium"));
    }
}
