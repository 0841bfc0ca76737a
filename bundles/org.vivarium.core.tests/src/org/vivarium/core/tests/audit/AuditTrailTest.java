package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditRecorder;
import org.vivarium.core.audit.AuditScope;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestStudies;

/** The trail as the store keeps it: entries per command with old and new values, reasons, chained and sealed. */
class AuditTrailTest {

    @TempDir
    Path dir;

    private FolderStudyStore store() {
        return new FolderStudyStore(dir);
    }

    static Measurement first(OpenStudy open) {
        AssaySession fst = Studies.sessions(open.study()).get(0);
        return fst.getMeasurements().get(0);
    }

    static EditingDomain domain(OpenStudy open, String reason) {
        AuditedCommandStack stack = new AuditedCommandStack(open.resource());
        stack.setReasons((action, data) -> reason);
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
    }

    @Test
    void creationAndEachCommandBecomeEntriesWithOldAndNewValuesAndTheReason() throws Exception {
        store().create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store().open("s.vivarium")) {
            AuditTrail trail = AuditTrail.of(open.resource());
            assertThat(trail.check().intact()).isTrue();
            assertThat(trail.size()).isEqualTo(1);
            EditingDomain domain = domain(open, "transcription error, video re-scored");
            Measurement m = first(open);
            domain.getCommandStack().execute(SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, 155.0));
            open.save();
        }
        try (OpenStudy open = store().open("s.vivarium")) {
            AuditTrail trail = AuditTrail.of(open.resource());
            assertThat(trail.check().summary()).isEqualTo("2 entries, chain intact");
            List<AuditEntry> entries = trail.entries();
            AuditEntry created = entries.get(0);
            assertThat(created.action()).isEqualTo("Create study TEST-1");
            assertThat(created.reason()).isNull();
            assertThat(created.user()).isEqualTo(System.getProperty("user.name") + "@" + created.user().split("@")[1]);
            assertThat(created.authenticated()).isFalse();
            assertThat(created.changes()).extracting(AuditChange::op).contains(AuditChange.Op.ADD);
            AuditEntry set = entries.get(1);
            assertThat(set.seq()).isEqualTo(2);
            assertThat(set.reason()).isEqualTo("transcription error, video re-scored");
            assertThat(set.changes()).hasSize(1);
            AuditChange c = set.changes().get(0);
            assertThat(c.op()).isEqualTo(AuditChange.Op.SET);
            assertThat(c.feature()).isEqualTo("value");
            assertThat(c.oldValue()).isEqualTo("150");
            assertThat(c.newValue()).isEqualTo("155");
            assertThat(c.label()).isEqualTo("session FST 24 h, animal A1, immobility");
            String animalId = ((org.vivarium.model.support.StudyResource) open.resource())
                    .idOf(first(open).getAnimal());
            assertThat(set.concerns(animalId)).isTrue();
            assertThat(created.concerns(animalId)).as("its creation added it").isTrue();
            assertThat(set.hash()).isEqualTo(trail.lastHash());
        }
    }

    @Test
    void changingRecordedDataWithoutAReasonIsRefusedAndTakenBack() throws Exception {
        store().create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store().open("s.vivarium")) {
            AuditedCommandStack stack = new AuditedCommandStack(open.resource());
            EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
            Measurement m = first(open);
            var command = SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, 1.0);
            stack.execute(command);
            assertThat(m.getValue()).isEqualTo(150.0);
            assertThat(stack.getMostRecentCommand()).isNull();
            assertThat(stack.canUndo()).isFalse();
            assertThat(stack.refusal()).contains("value of session FST 24 h, animal A1, immobility");
            assertThat(AuditTrail.of(open.resource()).size()).isEqualTo(1);
            // the title is not recorded data: no reason needed
            stack.execute(SetCommand.create(domain, open.study(), Literals.STUDY__TITLE, "Renamed"));
            assertThat(open.study().getTitle()).isEqualTo("Renamed");
            assertThat(AuditTrail.of(open.resource()).size()).isEqualTo(2);
        }
    }

    @Test
    void undoAndRedoAreRecordedAsChangesOfTheirOwn() throws Exception {
        store().create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store().open("s.vivarium")) {
            EditingDomain domain = domain(open, "typo");
            Measurement m = first(open);
            domain.getCommandStack().execute(SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, 151.0));
            domain.getCommandStack().undo();
            domain.getCommandStack().redo();
            List<AuditEntry> entries = AuditTrail.of(open.resource()).entries();
            assertThat(entries).extracting(AuditEntry::action).containsExactly("Create study TEST-1",
                    entries.get(1).action(), "Undo " + entries.get(1).action(), "Redo " + entries.get(1).action());
            assertThat(entries.get(2).changes().get(0).oldValue()).isEqualTo("151");
            assertThat(entries.get(2).changes().get(0).newValue()).isEqualTo("150");
            assertThat(entries.get(2).reason()).isEqualTo("undo of entry 2 (typo)");
        }
    }

    @Test
    void scopesRefuseAFinishWithoutAReasonForRecordedData() throws Exception {
        store().create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store().open("s.vivarium")) {
            Measurement m = first(open);
            AuditRecorder recorder = AuditRecorder.of(open.resource());
            try (AuditScope scope = recorder.begin("exclude")) {
                scope.watch(m);
                m.setExcluded(true);
                assertThat(scope.needsReason()).isTrue();
                assertThatThrownBy(() -> scope.finish(null)).hasMessageContaining("a reason is required");
                assertThat(scope.finish("animal fell asleep")).isEqualTo(2);
            }
        }
    }

    @Test
    void changesOutsideAnyCommandAreStillRecordedWhenSaved() throws Exception {
        store().create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store().open("s.vivarium")) {
            open.study().setTitle("Changed directly");
            open.save();
            AuditEntry last = AuditTrail.of(open.resource()).entries().get(1);
            assertThat(last.action()).isEqualTo(AuditRecorder.LOOSE_ACTION);
            assertThat(last.changes().get(0).newValue()).isEqualTo("Changed directly");
        }
    }
}
