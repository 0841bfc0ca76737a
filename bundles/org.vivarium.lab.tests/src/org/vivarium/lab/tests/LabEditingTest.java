package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
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
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/**
 * Lab studies changed in place by several people at once, against a real PostgreSQL: each change stored with its
 * audit entry in one transaction, conflicting changes refused naming who and when, roles held by the database.
 */
class LabEditingTest {

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

    /** Executes a design change as the workbench does; the refusal, or null when it was stored. */
    private static String execute(LabClient c, Command command) {
        String refusal = c.run(command, "design change");
        assertThat(refusal != null || c.stack.getMostRecentCommand() == command).as("executed").isTrue();
        return refusal;
    }

    private static Measurement value(Study study, String animal) {
        return LabFixture.value(study, animal);
    }

    private static long push(String name) throws Exception {
        return LabFixture.push(server, tmp, name, TestStudies.small(), "sci", "s");
    }

    private static ReadStudy fresh(long id) throws Exception {
        return LabFixture.read(server, "boss", "p", id);
    }

    @Test
    void twoTechniciansEnteringDifferentAnimalsBothSucceedAndSeeEachOthersValues() throws Exception {
        long id = push("different");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            assertThat(a.set("A1", 111)).isNull();
            assertThat(b.set("B1", 95)).isNull();
            assertThat(a.value("B1").getValue()).as("not yet heard from the server").isEqualTo(90);
            a.open.refresh();
            assertThat(a.value("B1").getValue()).isEqualTo(95);
            assertThat(b.value("A1").getValue()).as("b heard of a's change when storing its own").isEqualTo(111);

            ReadStudy read = fresh(id);
            assertThat(value(read.study(), "A1").getValue()).isEqualTo(111);
            assertThat(value(read.study(), "B1").getValue()).isEqualTo(95);
            AuditTrail trail = AuditTrail.of(read.resource());
            assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
            List<AuditEntry> entries = trail.entries();
            AuditEntry byA = entries.get(entries.size() - 2);
            AuditEntry byB = entries.get(entries.size() - 1);
            assertThat(byA.user()).isEqualTo("tech_a");
            assertThat(byB.user()).isEqualTo("tech_b");
            assertThat(byA.authenticated()).isTrue();
            assertThat(byB.reason()).isEqualTo("re-scored from the video");
            assertThat(byB.time()).isBetween(before, Instant.now().plusSeconds(1));
            assertThat(AuditTrail.of(a.open.resource()).lastHash()).isEqualTo(trail.lastHash());
            assertThat(a.open.connected()).as("who has the study open, as another user sees it")
                    .containsExactly("tech_a", "tech_b");
        }
    }

    /** A change stored by one client is heard by the other (NOTIFY), which then shows it on refreshing. */
    @Test
    void aChangeIsHeardByTheOtherClientWithinASecond() throws Exception {
        long id = push("heard");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            java.util.concurrent.BlockingQueue<Long> heard = new java.util.concurrent.LinkedBlockingQueue<>();
            try (var watch = a.open.watch((study, seq) -> heard.add(seq))) {
                long sent = System.nanoTime();
                assertThat(b.set("B2", 42)).isNull();
                Long seq = heard.poll(5, java.util.concurrent.TimeUnit.SECONDS);
                long millis = (System.nanoTime() - sent) / 1_000_000;
                assertThat(seq).as("heard").isEqualTo(AuditTrail.of(b.open.resource()).size());
                assertThat(millis).as("heard within a second").isLessThan(1000);
                a.open.refresh();
                assertThat(a.value("B2").getValue()).isEqualTo(42);
            }
        }
    }

    /** The person's choice: changes kept until they save, then stored together - all of them, or none. */
    @Test
    void changesKeptUntilSavedAreStoredTogetherOrNotAtAll() throws Exception {
        long id = push("onsave");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            a.open.storeOnSave(true);
            long before = AuditTrail.of(fresh(id).resource()).size();
            assertThat(a.set("A1", 70)).isNull();
            assertThat(a.set("A1", 71)).as("a value changed twice before saving").isNull();
            assertThat(a.set("B1", 62)).isNull();
            assertThat(a.open.hasUnstored()).isTrue();
            assertThat(value(fresh(id).study(), "A1").getValue()).as("nothing stored yet").isEqualTo(150);
            a.open.save();
            assertThat(a.open.hasUnstored()).isFalse();
            a.open.refresh(); // as the workbench does once saved, on its UI thread
            ReadStudy read = fresh(id);
            assertThat(value(read.study(), "A1").getValue()).isEqualTo(71);
            assertThat(value(read.study(), "B1").getValue()).isEqualTo(62);
            AuditTrail trail = AuditTrail.of(read.resource());
            assertThat(trail.size()).isEqualTo(before + 3);
            assertThat(trail.check().intact()).isTrue();
            assertThat(AuditTrail.of(a.open.resource()).lastHash()).isEqualTo(trail.lastHash());

            assertThat(a.set("A2", 63)).isNull();
            assertThat(a.set("B2", 65)).isNull();
            assertThat(b.set("A2", 64)).isNull();
            a.open.refresh();
            assertThat(a.value("A2").getValue()).as("kept as typed until saved").isEqualTo(63);
            String refused = assertThrows(org.vivarium.core.store.StudyStoreException.class, a.open::save).getMessage();
            assertThat(refused).contains("session FST 24 h, animal A2, immobility was changed to 64 by tech_b at ")
                    .contains("none of the 2 changes since the last save was stored; they are kept");
            assertThat(a.open.hasUnstored()).isTrue();
            read = fresh(id);
            assertThat(value(read.study(), "A2").getValue()).isEqualTo(64);
            assertThat(value(read.study(), "B2").getValue()).as("all or nothing").isEqualTo(100);
        }
    }

    /** The server drops the connection (a restart, the network): the next change connects again and is stored. */
    @Test
    void aDroppedConnectionIsMadeAgainForTheNextChange() throws Exception {
        long id = push("dropped");
        try (LabClient a = client("tech_a", "a", id)) {
            try (Connection c = jdbc("postgres", server.password()); Statement s = c.createStatement();
                    var r = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            + "WHERE application_name = 'Vivarium lab:" + id + "'")) {
                r.next();
                assertThat(r.getInt(1)).as("the client's connection was there to drop").isEqualTo(1);
            }
            assertThat(a.set("A1", 55)).isNull();
            assertThat(value(fresh(id).study(), "A1").getValue()).isEqualTo(55);
            assertThat(a.open.connected()).containsExactly("tech_a");
        }
    }

    @Test
    void theSecondOfTwoConflictingChangesIsRefusedNamingWhoAndWhenAndCanBeReapplied() throws Exception {
        long id = push("conflict");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            assertThat(a.set("A2", 120)).isNull();
            long entries = AuditTrail.of(fresh(id).resource()).size();
            String refusal = b.set("A2", 130);
            assertThat(refusal).startsWith("session FST 24 h, animal A2, immobility was changed to 120 by tech_a at ")
                    .endsWith(" while you were entering 130: yours was not stored (enter it again to replace theirs)");
            assertThat(b.value("A2").getValue()).as("taken back").isEqualTo(160);
            assertThat(b.stack.canUndo()).isFalse();
            ReadStudy read = fresh(id);
            assertThat(value(read.study(), "A2").getValue()).isEqualTo(120);
            assertThat(AuditTrail.of(read.resource()).size()).as("no entry for the refused change").isEqualTo(entries);

            b.open.refresh();
            assertThat(b.value("A2").getValue()).isEqualTo(120);
            assertThat(b.set("A2", 130)).isNull();
            assertThat(value(fresh(id).study(), "A2").getValue()).isEqualTo(130);
        }
    }

    @Test
    void manyChangesFromTwoClientsAtOnceAreAllStoredInOneChain() throws Exception {
        long id = push("busy");
        int each = 30;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            long start = AuditTrail.of(a.open.resource()).size();
            List<Callable<List<String>>> work = List.of(() -> run(a, "A1", each), () -> run(b, "B1", each));
            List<String> refusals = new ArrayList<>();
            for (Future<List<String>> f : pool.invokeAll(work)) {
                refusals.addAll(f.get());
            }
            assertThat(refusals).isEmpty();
            ReadStudy read = fresh(id);
            assertThat(value(read.study(), "A1").getValue()).isEqualTo(each);
            assertThat(value(read.study(), "B1").getValue()).isEqualTo(each);
            AuditTrail trail = AuditTrail.of(read.resource());
            assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
            assertThat(trail.size()).isEqualTo(start + 2L * each);
            assertThat(trail.entries().stream().skip(start).filter(e -> e.user().equals("tech_a")).count())
                    .isEqualTo(each);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> run(LabClient c, String animal, int times) {
        List<String> refusals = new ArrayList<>();
        for (int i = 1; i <= times; i++) {
            String r = c.set(animal, i);
            if (r != null) {
                refusals.add(r);
            }
        }
        return refusals;
    }

    @Test
    void aTechnicianCannotChangeTheDesignThroughVivarium() throws Exception {
        long id = push("design");
        try (LabClient t = client("tech_a", "a", id)) {
            String refusal = execute(t, SetCommand.create(t.domain, t.open.study(), Literals.STUDY__TITLE, "mine"));
            assertThat(refusal).isEqualTo("tech_a may not change the design of a lab study (scientists and PIs do; "
                    + "technicians record doses, weights and values): nothing of this change was stored");
            assertThat(t.open.study().getTitle()).isEqualTo("Test study");
        }
        assertThat(fresh(id).study().getTitle()).isEqualTo("Test study");
        try (LabClient s = client("sci", "s", id)) {
            assertThat(execute(s, SetCommand.create(s.domain, s.open.study(), Literals.STUDY__TITLE, "Renamed")))
                    .isNull();
        }
        ReadStudy read = fresh(id);
        assertThat(read.study().getTitle()).isEqualTo("Renamed");
        List<AuditEntry> entries = AuditTrail.of(read.resource()).entries();
        assertThat(entries.get(entries.size() - 1).user()).isEqualTo("sci");
    }

    @Test
    void aTechnicianConnectedDirectlyCannotDoMoreThanThroughVivarium() throws Exception {
        long id = push("psql");
        try (Connection c = jdbc("tech_a", "a"); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE measurement SET value = 1",
                    "INSERT INTO measurement (study_id, session_id, unit_id, measure_id, value, censored, excluded, "
                            + "removed, version, seq, changed_by, changed_at) VALUES (" + id
                            + ", 's', 'u', 'm', 1, false, false, false, 1, 1, 'x', now())",
                    "UPDATE study_file SET content = '\\x00'::bytea", "DELETE FROM study_unit",
                    "UPDATE study SET last_seq = 0",
                    "INSERT INTO audit_entry (study_id, seq, hash, entry) VALUES (" + id + ", 99, 'h', '{}')",
                    "SELECT vivarium_entry(" + id + ", 'forged', null, null, '[]')",
                    "SELECT vivarium_push('t', '1.4', 'f', '\\x00'::bytea, '{}', '{}', '{}', '{}')")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
            }
            SQLException design = assertThrows(SQLException.class, () -> s.execute("SELECT vivarium_commit(" + id
                    + ", '[]', '\\x00'::bytea, '{}', 999, 'New design', null, '{}', '[]')"));
            assertThat(design.getSQLState()).isEqualTo("42501");
            assertThat(design.getMessage()).contains("tech_a may not change the design of a lab study");
            // what a technician may do with psql is what Vivarium does: record a value, under their own name
            try (var r = s.executeQuery("SELECT vivarium_commit(" + id + ", '[]', null, null, 0, 'By hand', "
                    + "'typed in psql', '{}', '[]')")) {
                r.next();
            }
        }
        ReadStudy read = fresh(id);
        AuditTrail trail = AuditTrail.of(read.resource());
        assertThat(trail.check().intact()).isTrue();
        AuditEntry last = trail.entries().get((int) trail.size() - 1);
        assertThat(last.user()).isEqualTo("tech_a");
        assertThat(last.action()).isEqualTo("By hand");
    }

    @Test
    void aValueForAnAnimalRemovedMeanwhileIsRefusedNamingWhoRemovedIt() throws Exception {
        long id = push("removed");
        try (LabClient t = client("tech_a", "a", id); LabClient s = client("sci", "s", id)) {
            Study study = s.open.study();
            var b2 = Studies.findAnimal(study, "B2");
            AssaySession fst = Studies.findAssay(study, "FST").getSessions().get(0);
            Measurement m = value(study, "B2");
            assertThat(execute(s, RemoveCommand.create(s.domain, fst, Literals.ASSAY_SESSION__MEASUREMENTS, m)))
                    .isNull();
            CompoundCommand delete = new CompoundCommand("Delete animal B2");
            delete.append(SetCommand.create(s.domain, b2, Literals.ANIMAL__CAGE, null));
            delete.append(RemoveCommand.create(s.domain, b2.eContainer(), Literals.COHORT__ANIMALS, b2));
            assertThat(execute(s, delete)).isNull();
            String refusal = t.set("B2", 77);
            assertThat(refusal).startsWith("session FST 24 h, animal B2, immobility was removed by sci at ");
            t.open.refresh();
            assertThat(t.value("B2")).isNull();
            assertThat(t.open.designChanged()).isTrue();
        }
        assertThat(value(fresh(id).study(), "B2")).isNull();
    }

    private static Connection jdbc(String user, String password) throws SQLException {
        return LabFixture.jdbc(server, user, password);
    }
}
