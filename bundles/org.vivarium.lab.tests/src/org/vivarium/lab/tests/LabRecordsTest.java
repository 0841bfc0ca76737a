package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/**
 * Technicians record doses, body weights and animals' status on a lab study, against a real PostgreSQL: stored as rows
 * the database lets technicians write (but not the design), seen by everyone, conflicting changes refused naming who
 * and when.
 */
class LabRecordsTest {

    private static final LocalDateTime GIVEN = TestStudies.ANCHOR.plusMinutes(12);
    private static final String DESIGN_REFUSED = "tech_a may not change the design of a lab study (scientists and PIs "
            + "do; technicians record doses, weights and values): nothing of this change was stored";

    private static TestLabServer server;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = LabFixture.startWithTeam();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static LabClient client(String user, String password, long id) throws Exception {
        return new LabClient(server.url(user), password, id);
    }

    private static long push(String name) throws Exception {
        return LabFixture.push(server, tmp, name, TestStudies.small(), "sci", "s");
    }

    private static ReadStudy fresh(long id) throws Exception {
        return LabFixture.read(server, "boss", "p", id);
    }

    private static Animal animal(ReadStudy read, String id) {
        return Studies.findAnimal(read.study(), id);
    }

    private static CompoundCommand give(LabClient c, String animal, LocalDateTime at, double ml) {
        DosingEvent dose = c.dose(animal);
        CompoundCommand give = new CompoundCommand("Dose " + animal);
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__ACTUAL_TIME, at));
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__VOLUME_ML, ml));
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__OPERATOR, c.db.url().user()));
        return give;
    }

    private static BodyWeight weight(double grams) {
        BodyWeight w = VivariumFactory.eINSTANCE.createBodyWeight();
        w.setMeasuredAt(TestStudies.ANCHOR.plusDays(1));
        w.setWeightGrams(grams);
        w.setOperator("scale 2");
        return w;
    }

    private static CompoundCommand status(LabClient c, String animal, AnimalStatus status, String reason) {
        Animal a = c.animal(animal);
        CompoundCommand exclude = new CompoundCommand("Status of " + animal);
        exclude.append(SetCommand.create(c.domain, a, Literals.ANIMAL__STATUS, status));
        exclude.append(SetCommand.create(c.domain, a, Literals.ANIMAL__STATUS_DATE, LocalDate.of(2026, 3, 3)));
        exclude.append(SetCommand.create(c.domain, a, Literals.ANIMAL__STATUS_REASON, reason));
        return exclude;
    }

    @Test
    void aTechnicianGivesADoseWeighsAndExcludesAnAnimalAndEveryoneSeesIt() throws Exception {
        long id = push("records");
        try (LabClient t = client("tech_a", "a", id); LabClient other = client("tech_b", "b", id)) {
            long start = AuditTrail.of(t.open.resource()).size();
            CompoundCommand give = give(t, "A1", GIVEN, 0.21);
            give.append(SetCommand.create(t.domain, t.dose("A1"), Literals.DOSING_EVENT__NOTE, "struggled"));
            assertThat(t.run(give, "given late")).isNull();
            BodyWeight w = weight(22.5);
            assertThat(t.run(AddCommand.create(t.domain, t.animal("A2"), Literals.ANIMAL__BODY_WEIGHTS, w), null))
                    .isNull();
            String weightId = t.idOf(w);
            assertThat(weightId).isNotNull();
            assertThat(t.run(status(t, "B1", AnimalStatus.EXCLUDED, "fighting wounds"), "welfare")).isNull();
            assertThat(t.idOf(w)).as("the id sent is the id kept").isEqualTo(weightId);

            ReadStudy read = fresh(id);
            assertRecorded(read.study(), weightId, read);
            AuditTrail trail = AuditTrail.of(read.resource());
            assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
            List<AuditEntry> entries = trail.entries();
            assertThat(entries).hasSize((int) start + 3);
            assertThat(entries.subList((int) start, entries.size())).allSatisfy(e -> {
                assertThat(e.user()).isEqualTo("tech_a");
                assertThat(e.authenticated()).isTrue();
            });
            assertThat(entries.get((int) start).reason()).isEqualTo("given late");

            assertThat(other.dose("A1").getActualTime()).as("not yet heard").isEqualTo(TestStudies.ANCHOR
                    .plusMinutes(5));
            other.open.refresh();
            assertRecorded(other.open.study(), weightId, null);
            assertThat(other.byId(weightId)).isInstanceOf(BodyWeight.class);
            assertThat(other.open.designChanged()).as("records are not the design").isFalse();
            assertThat(AuditTrail.of(other.open.resource()).lastHash()).isEqualTo(trail.lastHash());

            assertThat(t.run(RemoveCommand.create(t.domain, t.animal("A2"), Literals.ANIMAL__BODY_WEIGHTS, w),
                    "weighed twice")).isNull();
            ReadStudy after = fresh(id);
            assertThat(after.resource().getEObject(weightId)).isNull();
            assertThat(animal(after, "A2").getBodyWeights()).hasSize(1);
            other.open.refresh();
            assertThat(other.byId(weightId)).isNull();
            assertThat(other.animal("A2").getBodyWeights()).hasSize(1);
        }
    }

    /** The dose of A1, the new weight of A2 (by its id) and B1's exclusion, as the technician recorded them. */
    private static void assertRecorded(Study study, String weightId, ReadStudy read) {
        DosingEvent dose = Studies.findAnimal(study, "A1").getDosingEvents().get(0);
        assertThat(dose.getActualTime()).isEqualTo(GIVEN);
        assertThat(dose.getVolumeMl()).isEqualTo(0.21);
        assertThat(dose.getOperator()).isEqualTo("tech_a");
        assertThat(dose.getNote()).isEqualTo("struggled");
        assertThat(dose.getScheduledTime()).isEqualTo(TestStudies.ANCHOR);
        Animal a2 = Studies.findAnimal(study, "A2");
        assertThat(a2.getBodyWeights()).hasSize(2);
        BodyWeight w = a2.getBodyWeights().get(1);
        assertThat(w.getWeightGrams()).isEqualTo(22.5);
        assertThat(w.getMeasuredAt()).isEqualTo(TestStudies.ANCHOR.plusDays(1));
        assertThat(w.getOperator()).isEqualTo("scale 2");
        if (read != null) {
            assertThat(read.resource().getEObject(weightId)).isSameAs(w);
        }
        Animal b1 = Studies.findAnimal(study, "B1");
        assertThat(b1.getStatus()).isEqualTo(AnimalStatus.EXCLUDED);
        assertThat(b1.getStatusDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(b1.getStatusReason()).isEqualTo("fighting wounds");
    }

    @Test
    void twoTechniciansRecordingDifferentAnimalsBothSucceed() throws Exception {
        long id = push("different");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            assertThat(a.run(give(a, "A1", GIVEN, 0.2), "late")).isNull();
            assertThat(b.run(give(b, "B1", GIVEN.plusMinutes(1), 0.22), "late")).isNull();
            assertThat(a.run(AddCommand.create(a.domain, a.animal("A2"), Literals.ANIMAL__BODY_WEIGHTS,
                    weight(25.5)), null)).isNull();
            assertThat(b.run(AddCommand.create(b.domain, b.animal("B2"), Literals.ANIMAL__BODY_WEIGHTS,
                    weight(24.5)), null)).isNull();
            ReadStudy read = fresh(id);
            assertThat(animal(read, "A1").getDosingEvents().get(0).getVolumeMl()).isEqualTo(0.2);
            assertThat(animal(read, "B1").getDosingEvents().get(0).getVolumeMl()).isEqualTo(0.22);
            assertThat(animal(read, "B1").getDosingEvents().get(0).getOperator()).isEqualTo("tech_b");
            assertThat(grams(animal(read, "A2")))
                    .containsExactly(25.0, 25.5);
            assertThat(grams(animal(read, "B2")))
                    .containsExactly(24.0, 24.5);
            assertThat(b.animal("A2").getBodyWeights()).as("b heard of a's weight when storing its own").hasSize(2);
        }
    }

    private static List<Double> grams(Animal animal) {
        return animal.getBodyWeights().stream().map(BodyWeight::getWeightGrams).toList();
    }

    /** A dose someone else changes while it is typed (and refreshed meanwhile) is refused, not replaced unseen. */
    @Test
    void aRecordChangedByOthersWhileItIsTypedIsRefused() throws Exception {
        long id = push("pinned");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            assertThat(a.run(give(a, "A2", GIVEN, 0.26), "late")).isNull();
            b.open.refresh();
            b.open.pin(b.dose("A2")); // b begins typing the volume given ...
            assertThat(a.run(give(a, "A2", GIVEN, 0.28), "re-measured")).isNull();
            b.open.refresh(); // ... while a's change comes in
            assertThat(b.dose("A2").getVolumeMl()).isEqualTo(0.28);
            String refusal = b.run(give(b, "A2", GIVEN, 0.27), "typed");
            assertThat(refusal).startsWith("the dose of animal A2 due 2026-03-02 09:00 was changed by tech_a at ");
            assertThat(animal(fresh(id), "A2").getDosingEvents().get(0).getVolumeMl()).isEqualTo(0.28);
        }
    }

    @Test
    void theSameRecordChangedByTwoIsRefusedForTheSecondNamingWhoAndWhen() throws Exception {
        long id = push("conflict");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            double planned = b.dose("A2").getVolumeMl();
            assertThat(a.run(give(a, "A2", GIVEN, 0.26), "late")).isNull();
            long entries = AuditTrail.of(fresh(id).resource()).size();
            String refusal = b.run(give(b, "A2", GIVEN.plusMinutes(2), 0.27), "late");
            assertThat(refusal).startsWith("the dose of animal A2 due 2026-03-02 09:00 was changed by tech_a at ")
                    .endsWith(" while you were entering given 2026-03-02 09:14, 0.27 mL: yours was not stored "
                            + "(enter it again to replace theirs)");
            assertThat(b.dose("A2").getVolumeMl()).as("taken back").isEqualTo(planned);
            ReadStudy read = fresh(id);
            assertThat(animal(read, "A2").getDosingEvents().get(0).getVolumeMl()).isEqualTo(0.26);
            assertThat(AuditTrail.of(read.resource()).size()).as("no entry for the refused change").isEqualTo(entries);

            b.open.refresh();
            assertThat(b.dose("A2").getVolumeMl()).isEqualTo(0.26);
            assertThat(b.run(give(b, "A2", GIVEN.plusMinutes(2), 0.27), "re-entered")).isNull();
            assertThat(animal(fresh(id), "A2").getDosingEvents().get(0).getVolumeMl()).isEqualTo(0.27);

            assertThat(a.run(status(a, "B2", AnimalStatus.EXCLUDED, "not moving"), "welfare")).isNull();
            String status = b.run(status(b, "B2", AnimalStatus.FOUND_DEAD, "found in the morning"), "welfare");
            assertThat(status).startsWith("the status of animal B2 was changed by tech_a at ")
                    .contains(" while you were entering FOUND_DEAD: yours was not stored");
            assertThat(animal(fresh(id), "B2").getStatus()).isEqualTo(AnimalStatus.EXCLUDED);
        }
    }

    @Test
    void aTechnicianChangingADosesPlanIsRefusedAsADesignChange() throws Exception {
        long id = push("plan");
        try (LabClient t = client("tech_a", "a", id)) {
            DosingEvent dose = t.dose("A1");
            assertThat(t.run(SetCommand.create(t.domain, dose, Literals.DOSING_EVENT__SCHEDULED_TIME,
                    TestStudies.ANCHOR.plusHours(2)), "moved")).isEqualTo(DESIGN_REFUSED);
            assertThat(dose.getScheduledTime()).as("taken back").isEqualTo(TestStudies.ANCHOR);
            assertThat(t.run(SetCommand.create(t.domain, dose, Literals.DOSING_EVENT__REGIMEN,
                    t.dose("B1").getRegimen()), "wrong arm")).isEqualTo(DESIGN_REFUSED);
            assertThat(dose.getRegimen()).isSameAs(t.dose("A2").getRegimen());
            CompoundCommand both = give(t, "A1", GIVEN, 0.3);
            both.append(SetCommand.create(t.domain, dose, Literals.DOSING_EVENT__SCHEDULED_TIME, GIVEN));
            assertThat(t.run(both, "given and moved")).as("nothing of a change that touches the plan")
                    .isEqualTo(DESIGN_REFUSED);
        }
        ReadStudy read = fresh(id);
        DosingEvent stored = animal(read, "A1").getDosingEvents().get(0);
        assertThat(stored.getScheduledTime()).isEqualTo(TestStudies.ANCHOR);
        assertThat(stored.getActualTime()).isEqualTo(TestStudies.ANCHOR.plusMinutes(5));
        assertThat(stored.getRegimen()).isSameAs(animal(read, "A2").getDosingEvents().get(0).getRegimen());
        try (LabClient s = client("sci", "s", id)) {
            assertThat(s.run(SetCommand.create(s.domain, s.dose("A1"), Literals.DOSING_EVENT__SCHEDULED_TIME,
                    TestStudies.ANCHOR.plusHours(2)), "moved")).isNull();
        }
        assertThat(animal(fresh(id), "A1").getDosingEvents().get(0).getScheduledTime())
                .isEqualTo(TestStudies.ANCHOR.plusHours(2));
    }

    @Test
    void aNewDoseRecordedByATechnicianKeepsItsIdAndPlan() throws Exception {
        long id = push("newdose");
        String doseId;
        try (LabClient t = client("tech_a", "a", id)) {
            Animal b2 = t.animal("B2");
            DosingEvent dose = VivariumFactory.eINSTANCE.createDosingEvent();
            dose.setRegimen(b2.getDosingEvents().get(0).getRegimen());
            dose.setScheduledTime(TestStudies.ANCHOR.plusDays(1));
            dose.setActualTime(TestStudies.ANCHOR.plusDays(1).plusMinutes(4));
            dose.setVolumeMl(0.24);
            assertThat(t.run(AddCommand.create(t.domain, b2, Literals.ANIMAL__DOSING_EVENTS, dose), null)).isNull();
            doseId = t.idOf(dose);
        }
        ReadStudy read = fresh(id);
        DosingEvent stored = (DosingEvent) read.resource().getEObject(doseId);
        assertThat(stored.getAnimal()).isSameAs(animal(read, "B2"));
        assertThat(stored.getRegimen()).isSameAs(animal(read, "B2").getDosingEvents().get(0).getRegimen());
        assertThat(stored.getScheduledTime()).isEqualTo(TestStudies.ANCHOR.plusDays(1));
        assertThat(stored.getActualTime()).isEqualTo(TestStudies.ANCHOR.plusDays(1).plusMinutes(4));
        assertThat(stored.getVolumeMl()).isEqualTo(0.24);
    }

    @Test
    void aRecordForAnAnimalRemovedMeanwhileIsRefusedNamingWhoRemovedIt() throws Exception {
        long id = push("removed");
        try (LabClient t = client("tech_a", "a", id); LabClient s = client("sci", "s", id)) {
            Study study = s.open.study();
            Animal b2 = Studies.findAnimal(study, "B2");
            AssaySession fst = Studies.findAssay(study, "FST").getSessions().get(0);
            Measurement m = fst.getMeasurements().stream().filter(x -> x.getAnimal() == b2).findFirst().orElseThrow();
            CompoundCommand delete = new CompoundCommand("Delete animal B2");
            delete.append(RemoveCommand.create(s.domain, fst, Literals.ASSAY_SESSION__MEASUREMENTS, m));
            delete.append(SetCommand.create(s.domain, b2, Literals.ANIMAL__CAGE, null));
            delete.append(RemoveCommand.create(s.domain, b2.eContainer(), Literals.COHORT__ANIMALS, b2));
            assertThat(s.run(delete, "escaped")).isNull();
            String refusal = t.run(AddCommand.create(t.domain, t.animal("B2"), Literals.ANIMAL__BODY_WEIGHTS,
                    weight(23)), null);
            assertThat(refusal).startsWith("animal B2 was removed from the study by sci at ")
                    .endsWith(": what you entered for it was not stored");
        }
        assertThat(animal(fresh(id), "B2")).isNull();
    }

    @Test
    void aTechnicianConnectedDirectlyCannotWriteRecords() throws Exception {
        long id = push("psql");
        try (Connection c = jdbc("tech_a", "a"); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE animal_record SET volume_ml = 1",
                    "INSERT INTO animal_record (study_id, object_id, kind, animal_id, removed, version, seq, "
                            + "changed_by, changed_at) VALUES (" + id + ", 'x', 'weight', 'a', false, 1, 1, 'x', now())",
                    "DELETE FROM animal_record", "TRUNCATE animal_record",
                    "SELECT * FROM vivarium_records('[]')")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
            }
            SQLException bad = assertThrows(SQLException.class, () -> s.execute("SELECT vivarium_commit(" + id
                    + ", '[]', null, null, 0, 'x', null, '{}', '[]', '[{\"object_id\":\"o\",\"kind\":\"regimen\","
                    + "\"animal_id\":\"a\",\"base\":0}]')"));
            assertThat(bad.getSQLState()).isEqualTo("22023");
        }
        assertThat(AuditTrail.of(fresh(id).resource()).check().intact()).isTrue();
    }

    private static Connection jdbc(String user, String password) throws SQLException {
        return LabFixture.jdbc(server, user, password);
    }
}
