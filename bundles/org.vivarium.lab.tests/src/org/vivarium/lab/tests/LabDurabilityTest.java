package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.lab.LabWatch;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/**
 * A change's turn ends before the server writes it to disk (schema version 8); the client says "stored" only after
 * vivarium_kept, which returns once the log is on disk and says whether the change is still there.
 */
class LabDurabilityTest {

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

    @Test
    void keptAnswersForTheUsersOwnEntryOnly() throws Exception {
        long id = LabFixture.push(server, tmp, "own", TestStudies.small(), "sci", "s");
        try (LabClient a = new LabClient(server.url("tech_a"), "a", id)) {
            assertThat(a.set("A1", 111)).isNull(); // stored: the client asked vivarium_kept and was told yes
        }
        long seq = lastSeq(id);
        try (Connection a = LabFixture.jdbc(server, "tech_a", "a");
                Connection b = LabFixture.jdbc(server, "tech_b", "b")) {
            assertThat(kept(a, id, seq)).isTrue();
            assertThat(kept(b, id, seq)).as("another user's entry").isFalse();
            assertThat(kept(a, id, seq + 1)).as("an entry the server does not have (lost in a restart)").isFalse();
        }
    }

    @Test
    void keptReturnsOnlyOnceTheChangeIsOnDisk() throws Exception {
        long id = LabFixture.push(server, tmp, "disk", TestStudies.small(), "sci", "s");
        try (Connection tech = LabFixture.jdbc(server, "tech_a", "a");
                Connection owner = LabFixture.jdbc(server, "postgres", server.password())) {
            long seq;
            try (PreparedStatement s = tech.prepareStatement(
                    "SELECT vivarium_commit(?, '[]'::jsonb, NULL, NULL, 0, 'Edit', 'durability', '{}', '[]', NULL)")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    seq = r.getLong(1);
                }
            }
            String written = text(owner, "SELECT pg_current_wal_insert_lsn()::text"); // the commit is before this
            assertThat(kept(tech, id, seq)).isTrue();
            try (PreparedStatement s = owner.prepareStatement("SELECT pg_current_wal_flush_lsn() >= ?::pg_lsn")) {
                s.setString(1, written);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertThat(r.getBoolean(1)).as("the log is on disk up to the change").isTrue();
                }
            }
        }
    }

    @Test
    void aFollowedStudyBringsInOthersChangesWithTheWatchAndKeepsItsOwnVersionsMeanwhile() throws Exception {
        long id = LabFixture.push(server, tmp, "followed", TestStudies.small(), "sci", "s");
        try (LabClient a = new LabClient(server.url("tech_a"), "a", id);
                LabClient b = new LabClient(server.url("tech_b"), "b", id)) {
            AtomicInteger heard = new AtomicInteger();
            try (LabWatch watch = b.open.watch(new LabWatch.Listener() {
                @Override
                public void changed(long study, long seq) {
                    heard.incrementAndGet();
                }

                @Override
                public void connection(String problem) {
                    // not expected here
                }
            })) {
                assertThat(a.set("A1", 111)).isNull();
                assertThat(b.set("B1", 95)).isNull(); // a's change came first: b's trail waits for the watch
                assertThat(AuditTrail.of(b.open.resource()).size())
                        .as("b's trail before it brings in what it heard").isEqualTo(lastSeq(id) - 2);
                assertThat(b.set("B1", 96)).as("b's own value again, before any refresh: no clash with itself")
                        .isNull();
                long deadline = System.currentTimeMillis() + 5000;
                while (heard.get() < 3 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(heard.get()).isGreaterThanOrEqualTo(3);
                b.open.refresh(); // as the workbench does on the UI thread when the watch hears a change
                AuditTrail trail = AuditTrail.of(b.open.resource());
                assertThat(trail.size()).isEqualTo(lastSeq(id));
                assertThat(trail.lastHash()).as("the chain's head, as the server has it").isEqualTo(lastHash(id));
                assertThat(b.value("A1").getValue()).isEqualTo(111);
                assertThat(b.value("B1").getValue()).isEqualTo(96);
            }
        }
    }

    @Test
    void theRolesCannotWriteTheFlushTableThemselves() throws Exception {
        try (Connection tech = LabFixture.jdbc(server, "tech_a", "a")) {
            SQLException e = assertThrows(SQLException.class,
                    () -> tech.createStatement().execute("INSERT INTO connection_flush VALUES (1, now())"));
            assertThat(e.getSQLState()).isEqualTo("42501");
        }
    }

    private static boolean kept(Connection c, long id, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT vivarium_kept(?, ?)")) {
            s.setLong(1, id);
            s.setLong(2, seq);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static long lastSeq(long id) throws SQLException {
        return Long.parseLong(ofStudy(id, "last_seq"));
    }

    private static String lastHash(long id) throws SQLException {
        return ofStudy(id, "last_hash");
    }

    /** A column of the study's row, as text (read as the database owner). */
    private static String ofStudy(long id, String column) throws SQLException {
        try (Connection owner = LabFixture.jdbc(server, "postgres", server.password());
                PreparedStatement s = owner.prepareStatement("SELECT " + column + "::text FROM study WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
