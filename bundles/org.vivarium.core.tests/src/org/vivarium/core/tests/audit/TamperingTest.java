package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestStudies;
import org.vivarium.testing.TrailFiles;

/** Every way of altering a study file by hand is found when it is read, named by the first broken entry. */
class TamperingTest {

    @TempDir
    Path dir;
    private Path file;

    /** A study with 4 entries: creation, a new title, two value corrections (saved in two saves: two blocks). */
    @BeforeEach
    void fourEntries() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store.open("s.vivarium")) {
            EditingDomain domain = AuditTrailTest.domain(open, "re-scored from video");
            domain.getCommandStack().execute(SetCommand.create(domain, open.study(), Literals.STUDY__TITLE, "T2"));
            open.save();
            domain.getCommandStack().execute(SetCommand.create(domain, AuditTrailTest.first(open),
                    Literals.MEASUREMENT__VALUE, 151.0));
            domain.getCommandStack().execute(SetCommand.create(domain, AuditTrailTest.first(open),
                    Literals.MEASUREMENT__VALUE, 152.0));
            open.save();
        }
        file = dir.resolve("s.vivarium");
        assertThat(check().summary()).isEqualTo("4 entries, chain intact");
    }

    private TrailCheck check() throws Exception {
        return AuditTrail.of(new FolderStudyStore(dir).read("s.vivarium").resource()).check();
    }

    @Test
    void anAlteredEntryIsNamed() throws Exception {
        TrailFiles.alterEntry(file, 3, json -> json.replace("\"new\":\"151\"", "\"new\":\"115\""));
        assertThat(check().problems().get(0).text()).startsWith("entry 3: altered");
    }

    @Test
    void anAlteredReasonIsNamed() throws Exception {
        TrailFiles.alterEntry(file, 4, json -> json.replace("re-scored from video", "re-scored from vide0"));
        assertThat(check().problems().get(0).text()).startsWith("entry 4: altered");
    }

    @Test
    void aRemovedEntryIsNamed() throws Exception {
        TrailFiles.deleteEntry(file, 2);
        assertThat(check().problems().get(0).text()).isEqualTo("entry 2 is missing (entry 3 follows entry 1)");
    }

    @Test
    void reorderedEntriesAreNamed() throws Exception {
        TrailFiles.swapEntries(file, 3, 4);
        assertThat(check().problems().get(0).text()).isEqualTo("entry 3 is missing (entry 4 follows entry 2)");
    }

    @Test
    void aTrailCutShortIsNamedEvenWithItsSealKept() throws Exception {
        String seal = new String(TrailFiles.entries(file).get(TrailFiles.SEAL), StandardCharsets.UTF_8);
        TrailFiles.cutAfter(file, 3);
        Map<String, byte[]> entries = TrailFiles.entries(file);
        entries.put(TrailFiles.SEAL, seal.getBytes(StandardCharsets.UTF_8));
        TrailFiles.write(file, entries);
        assertThat(check().problems().get(0).text()).contains("cut short").contains("it has 3 entries, its seal "
                + "names 4");
    }

    @Test
    void aTrailWithoutItsSealIsCutShort() throws Exception {
        TrailFiles.cutAfter(file, 4);
        assertThat(check().problems().get(0).text()).isEqualTo("the audit trail is cut short: it ends after entry 4 "
                + "without its seal");
        assertThat(check().usable()).isFalse();
    }

    @Test
    void aMissingTrailInAStudyOfThisVersionIsNotTakenForAnOldStudy() throws Exception {
        Map<String, byte[]> entries = TrailFiles.entries(file);
        entries.remove(TrailFiles.TRAIL); // the trail's entries are left out entirely
        TrailFiles.write(file, entries);
        assertThat(check().problems().get(0).text()).isEqualTo("the audit trail is missing from the study file");
    }

    @Test
    void aMeasurementChangedWithoutAnEntryIsFound() throws Exception {
        // as a tool that reads the study model but not the trail would: load, change a value, write the entries back
        TrailFiles.changeStudy(file, study -> Studies.sessions(study).get(0).getMeasurements().get(1).setValue(1.0));
        TrailCheck check = check();
        assertThat(check.problems()).hasSize(1);
        assertThat(check.problems().get(0).text()).isEqualTo("the study was changed without an audit entry (after "
                + "entry 4)");
        assertThat(check.usable()).isFalse();
    }

    @Test
    void anEntryLongerThanWhatIsKeptOfItIsHashedToItsLastByte() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        try (OpenStudy open = store.open("s.vivarium")) {
            EditingDomain domain = AuditTrailTest.domain(open, "scored");
            var session = Studies.sessions(open.study()).get(0);
            java.util.List<org.vivarium.model.Measurement> values = new java.util.ArrayList<>();
            for (int i = 0; i < 20_000; i++) { // one entry of several hundred kilobytes, many inflation buffers
                var m = org.vivarium.model.VivariumFactory.eINSTANCE.createMeasurement();
                m.setAnimal(session.getMeasurements().get(i % 4).getAnimal());
                m.setMeasure(session.getMeasurements().get(0).getMeasure());
                m.setValue(1000 + i);
                values.add(m);
            }
            domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, session,
                    Literals.ASSAY_SESSION__MEASUREMENTS, values));
            open.save();
        }
        assertThat(check().summary()).isEqualTo("5 entries, chain intact");
        TrailFiles.alterEntry(file, 5, json -> json.replace("20999", "20998"));
        assertThat(check().problems().get(0).text()).startsWith("entry 5: altered");
    }

    @Test
    void anAcknowledgedBreakIsRecordedAndTheStudyUsableAgainButNeverIntact() throws Exception {
        TrailFiles.alterEntry(file, 3, json -> json.replace("\"new\":\"151\"", "\"new\":\"115\""));
        FolderStudyStore store = new FolderStudyStore(dir);
        try (OpenStudy open = store.open("s.vivarium")) {
            AuditTrail trail = AuditTrail.of(open.resource());
            assertThat(trail.check().usable()).isFalse();
            long seq = trail.acknowledge("seen by the PI; the paper record shows 151");
            assertThat(seq).isEqualTo(5);
            assertThat(trail.check().usable()).isTrue();
            open.save();
        }
        TrailCheck again = check();
        assertThat(again.intact()).isFalse();
        assertThat(again.usable()).isTrue();
        assertThat(again.problems().get(0).toString()).startsWith("entry 3: altered")
                .contains("acknowledged: entry 5 by ");
        assertThat(again.entries()).isEqualTo(5);
    }
}
