package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.Signature.Meaning;
import org.vivarium.core.schedule.Completion;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/**
 * Technicians mark the session they scored done (and open it again) on a lab study, against a real PostgreSQL: a
 * record the database lets technicians store (renaming or moving the session stays the design), seen by everyone,
 * two people marking it at once refused for the second naming who and when, and signing works on it.
 */
class LabSessionCompletionTest {

    private static final LocalDateTime DONE = TestStudies.ANCHOR.plusHours(25);
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";
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

    /** The small test study (its session FST 24 h not done) on the server. */
    private static long push(String name) throws Exception {
        return LabFixture.push(server, tmp, name, TestStudies.small(), "sci", "s");
    }

    private static ReadStudy fresh(long id) throws Exception {
        return LabFixture.read(server, "boss", "p", id);
    }

    private static AssaySession fst(Study study) {
        return Studies.findAssay(study, "FST").getSessions().get(0);
    }

    private static AssaySession fst(LabClient c) {
        return fst(c.open.study());
    }

    private static String markDone(LabClient c, String operator, LocalDateTime at) {
        return c.run(Completion.markDone(c.domain, fst(c), operator, at), null);
    }

    private static String reopen(LabClient c, String reason) {
        return c.run(Completion.reopen(c.domain, fst(c)), reason);
    }

    @Test
    void aTechnicianMarksASessionDoneAndOpensItAgainAndEveryoneSeesIt() throws Exception {
        long id = push("done");
        try (LabClient t = client("tech_a", "a", id); LabClient other = client("tech_b", "b", id)) {
            long start = AuditTrail.of(t.open.resource()).size();
            assertThat(markDone(t, "Ann Tech", DONE)).isNull();
            AssaySession stored = fst(fresh(id).study());
            assertThat(stored.getCompletedAt()).isEqualTo(DONE);
            assertThat(stored.getCompletedBy()).isEqualTo("Ann Tech");

            assertThat(fst(other).getCompletedAt()).as("not yet heard").isNull();
            other.open.refresh();
            assertThat(fst(other).getCompletedAt()).isEqualTo(DONE);
            assertThat(fst(other).getCompletedBy()).isEqualTo("Ann Tech");
            assertThat(other.open.designChanged()).as("a session marked done is not the design").isFalse();

            assertThat(reopen(t, "one animal not scored")).isNull();
            ReadStudy read = fresh(id);
            assertThat(fst(read.study()).getCompletedAt()).isNull();
            assertThat(fst(read.study()).getCompletedBy()).isNull();
            AuditTrail trail = AuditTrail.of(read.resource());
            assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
            List<AuditEntry> entries = trail.entries();
            assertThat(entries).hasSize((int) start + 2);
            assertThat(entries.subList((int) start, entries.size())).allSatisfy(e -> {
                assertThat(e.user()).isEqualTo("tech_a");
                assertThat(e.authenticated()).isTrue();
            });
            assertThat(entries.get((int) start).action()).isEqualTo("Mark FST 24 h done");
            assertThat(entries.get((int) start + 1).action()).isEqualTo("Mark FST 24 h not done");
            assertThat(entries.get((int) start + 1).reason()).isEqualTo("one animal not scored");

            other.open.refresh();
            assertThat(fst(other).getCompletedAt()).isNull();
            assertThat(AuditTrail.of(other.open.resource()).lastHash()).isEqualTo(trail.lastHash());
        }
    }

    @Test
    void twoMarkingTheSameSessionAtOnceTheSecondIsRefusedNamingWhoAndWhen() throws Exception {
        long id = push("twice");
        try (LabClient a = client("tech_a", "a", id); LabClient b = client("tech_b", "b", id)) {
            assertThat(markDone(a, "Ann Tech", DONE)).isNull();
            long entries = AuditTrail.of(fresh(id).resource()).size();
            assertThat(markDone(b, "Bob Tech", DONE.plusMinutes(3))).matches("session FST 24 h was marked done by "
                    + "tech_a at " + TIME + " while you were marking it done: yours was not stored \\(do it again to "
                    + "replace theirs\\)");
            assertThat(fst(b).getCompletedAt()).as("taken back").isNull();
            ReadStudy read = fresh(id);
            assertThat(fst(read.study()).getCompletedBy()).isEqualTo("Ann Tech");
            assertThat(AuditTrail.of(read.resource()).size()).as("no entry for the refused change").isEqualTo(entries);

            b.open.refresh();
            assertThat(fst(b).getCompletedBy()).isEqualTo("Ann Tech");
            assertThat(reopen(b, "B2 to be re-scored")).isNull();
            assertThat(markDone(a, "Ann Tech", DONE.plusHours(1))).matches("session FST 24 h was opened again by "
                    + "tech_b at " + TIME + " while you were marking it done: yours was not stored.*");
            assertThat(fst(fresh(id).study()).getCompletedAt()).isNull();
        }
    }

    @Test
    void aTechnicianRenamingOrMovingASessionIsRefusedAsADesignChange() throws Exception {
        long id = push("rename");
        try (LabClient t = client("tech_a", "a", id)) {
            AssaySession s = fst(t);
            LocalDateTime date = s.getDate();
            assertThat(t.run(SetCommand.create(t.domain, s, Literals.ASSAY_SESSION__NAME, "FST day 2"), "typo"))
                    .isEqualTo(DESIGN_REFUSED);
            assertThat(s.getName()).as("taken back").isEqualTo("FST 24 h");
            assertThat(t.run(SetCommand.create(t.domain, s, Literals.ASSAY_SESSION__DATE, DONE.plusDays(1)), "moved"))
                    .isEqualTo(DESIGN_REFUSED);
            assertThat(s.getDate()).isEqualTo(date);
            CompoundCommand both = new CompoundCommand("Done and renamed");
            both.append(Completion.markDone(t.domain, s, "Ann Tech", DONE));
            both.append(SetCommand.create(t.domain, s, Literals.ASSAY_SESSION__NAME, "FST day 2"));
            assertThat(t.run(both, null)).as("nothing of a change that touches the design").isEqualTo(DESIGN_REFUSED);
            assertThat(s.getCompletedAt()).isNull();
        }
        AssaySession stored = fst(fresh(id).study());
        assertThat(stored.getName()).isEqualTo("FST 24 h");
        assertThat(stored.getCompletedAt()).isNull();
        try (LabClient s = client("sci", "s", id)) {
            assertThat(markDone(s, "Sam Sci", DONE)).as("scientists mark sessions done too").isNull();
        }
        assertThat(fst(fresh(id).study()).getCompletedBy()).isEqualTo("Sam Sci");
    }

    @Test
    void aTechnicianConnectedDirectlyCannotWriteSessionRecords() throws Exception {
        long id = push("psql");
        try (Connection c = jdbc("tech_a", "a"); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE animal_record SET completed_at = now()",
                    "INSERT INTO animal_record (study_id, object_id, kind, completed_at, completed_by, removed, "
                            + "version, seq, changed_by, changed_at) VALUES (" + id + ", 's', 'session', now(), 'x', "
                            + "false, 1, 1, 'x', now())",
                    "DELETE FROM animal_record WHERE kind = 'session'", "TRUNCATE animal_record")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
            }
            for (String record : List.of("{\"object_id\":\"s\",\"kind\":\"session\",\"animal_id\":\"a\",\"base\":0}",
                    "{\"object_id\":\"s\",\"kind\":\"session\",\"base\":0,\"removed\":true}",
                    "{\"object_id\":\"s\",\"kind\":\"weight\",\"base\":0}")) {
                SQLException bad = assertThrows(SQLException.class, () -> s.execute("SELECT vivarium_commit(" + id
                        + ", '[]', null, null, 0, 'x', null, '{}', '[]', '[" + record + "]')"), record);
                assertThat(bad.getSQLState()).as(record).isEqualTo("22023");
            }
        }
        assertThat(AuditTrail.of(fresh(id).resource()).check().intact()).isTrue();
    }

    /** Signing needs the session done: marked by a technician it can be signed; opened again, it is invalidated. */
    @Test
    void aSessionATechnicianMarkedDoneIsSignedAndOpeningItAgainInvalidatesTheSignature() throws Exception {
        long id = push("sign");
        String session;
        try (LabClient t = client("tech_a", "a", id)) {
            session = t.idOf(fst(t));
            assertThat(markDone(t, "Ann Tech", DONE)).isNull();
            Signature performed = sign("tech_a", "a", id, Meaning.PERFORMED, "Ann Tech");
            Signature reviewed = sign("boss", "p", id, Meaning.REVIEWED, "Prof. Pat Boss");
            assertThat(performed.subjectId()).isEqualTo(session);
            assertThat(reviewed.signedBy()).isEqualTo("boss");
            assertThat(signatures(id)).hasSize(2).allMatch(Signature::valid);

            assertThat(reopen(t, "B2 to be re-scored")).isNull();
            long reopened = AuditTrail.of(fresh(id).resource()).size();
            assertThat(signatures(id)).hasSize(2).allSatisfy(g -> {
                assertThat(g.valid()).isFalse();
                assertThat(g.invalidatedBy().seq()).isEqualTo(reopened);
                assertThat(g.invalidatedBy().by()).isEqualTo("tech_a");
            });
            try (LabDatabase db = LabDatabase.connect(server.url("boss"), "p")) {
                assertThat(assertThrows(LabException.class, () -> db.signatures().sign(id, "FST 24 h",
                        Meaning.REVIEWED, "Prof. Pat Boss", "p")).getMessage()).isEqualTo("signature refused: "
                                + "session FST 24 h is not completed: mark it done before signing it");
            }
            try (Connection c = jdbc("boss", "p"); Statement s = c.createStatement()) {
                SQLException open = assertThrows(SQLException.class, () -> s.execute(signSql(c, id, session, DONE)));
                assertThat(open.getSQLState()).isEqualTo("VV422");
                assertThat(open.getMessage()).containsPattern("session FST 24 h was opened again by tech_a at " + TIME
                        + " UTC: mark it done before signing it");
            }

            assertThat(markDone(t, "Ann Tech", DONE.plusHours(2))).isNull();
            try (Connection c = jdbc("boss", "p"); Statement s = c.createStatement()) {
                SQLException stale = assertThrows(SQLException.class, () -> s.execute(signSql(c, id, session, DONE)));
                assertThat(stale.getSQLState()).isEqualTo("22023");
                assertThat(stale.getMessage()).contains("session FST 24 h was marked done at 2026-03-03 12:00, not "
                        + "at 2026-03-03 10:00: read it again and sign");
            }
        }
        Signature again = sign("boss", "p", id, Meaning.REVIEWED, "Prof. Pat Boss");
        assertThat(again.valid()).isTrue();
        assertThat(signatures(id).stream().map(Signature::valid).toList()).containsExactly(false, false, true);
        assertThat(AuditTrail.of(fresh(id).resource()).check().intact()).isTrue();
    }

    private static Signature sign(String user, String password, long id, Meaning meaning, String printed)
            throws Exception {
        try (LabDatabase db = LabDatabase.connect(server.url(user), password)) {
            return db.signatures().sign(id, "FST 24 h", meaning, printed, password);
        }
    }

    private static List<Signature> signatures(long id) throws Exception {
        try (LabDatabase db = LabDatabase.connect(server.url("sci"), "s")) {
            return db.signatures().list(id);
        }
    }

    /** vivarium_sign as a client that read the study just now and states the session done at {@code at}. */
    private static String signSql(Connection c, long id, String session, LocalDateTime at) throws SQLException {
        long last;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT last_seq FROM study WHERE id = " + id)) {
            r.next();
            last = r.getLong(1);
        }
        return "SELECT vivarium_sign(" + id + ", '" + session + "', '" + session + "', 'session FST 24 h', '" + at
                + "', 'reviewed', 'Prof. Pat Boss', " + last + ", repeat('a', 64))";
    }

    private static Connection jdbc(String user, String password) throws SQLException {
        return LabFixture.jdbc(server, user, password);
    }
}
