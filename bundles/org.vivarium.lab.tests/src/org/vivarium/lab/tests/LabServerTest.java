package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabRole;
import org.vivarium.lab.LabStudies;
import org.vivarium.lab.LabStudy;
import org.vivarium.lab.LabUrl;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/** Against a real PostgreSQL started by releng/scripts/lab-server.sh for this class. */
class LabServerTest {

    private static TestLabServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = TestLabServer.start();
        try (LabDatabase db = owner()) {
            assertThat(db.init()).isEqualTo("schema created (version 4)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static LabDatabase owner() throws LabException {
        return LabDatabase.connect(server.url(), server.password());
    }

    @Test
    void initTwiceChangesNothing() throws LabException {
        try (LabDatabase db = owner()) {
            assertThat(db.init()).isEqualTo("schema up to date (version 4)");
            assertThat(db.init()).isEqualTo("schema up to date (version 4)");
        }
    }

    @Test
    void pushListPullRoundTrip() throws Exception {
        Path file = study("round.vivarium");
        long id;
        long trailSize;
        try (LabDatabase db = owner()) {
            LabStudies studies = db.studies();
            id = studies.push(file);
            trailSize = trail(file).size();
            assertThat(trailSize).isPositive();
            assertThat(studies.entries(id)).isEqualTo(trailSize);
            List<LabStudy> listed = studies.list();
            assertThat(listed).anySatisfy(s -> {
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.entries()).isEqualTo(trailSize);
                assertThat(s.pushedBy()).isEqualTo("postgres");
                assertThat(s.title()).isEqualTo(TestStudies.small().getTitle());
            });
            Path out = tmp.resolve("pulled").resolve("copy.vivarium");
            Files.createDirectories(out.getParent());
            studies.pull(id, out);
            ReadStudy pulled = FolderStudyStore.containing(out).read(FolderStudyStore.nameOf(out));
            assertThat(pulled.study().getTitle()).isEqualTo(TestStudies.small().getTitle());
            assertThat(pulled.study().getCohorts().get(0).getAnimals()).hasSize(4);
            assertThat(AuditTrail.of(pulled.resource()).lines()).isEqualTo(trail(file).lines());
            TrailCheck check = trail(out).check();
            assertThat(check.intact()).isTrue();
            assertThat(check.entries()).isEqualTo(trailSize);
            assertThat(assertThrows(LabException.class, () -> studies.pull(id, out)).getMessage())
                    .isEqualTo(out + " exists already: pull writes a new file (choose another name)");
            assertThat(assertThrows(LabException.class, () -> studies.pull(987654, tmp.resolve("x.vivarium")))
                    .getMessage()).isEqualTo("no lab study with id 987654 on " + server.url().where()
                            + " (see vivarium lab list " + server.url() + ")");
        }
    }

    /** The server's rows are the trail itself: taken alone, in order, each hash is that of the previous and the JSON. */
    @Test
    void theServersAuditRowsCheckAsAChainOnTheirOwn() throws Exception {
        Path file = study("chain.vivarium");
        try (OpenStudy open = FolderStudyStore.containing(file).open(FolderStudyStore.nameOf(file))) {
            open.study().setTitle("second title");
            open.save();
            open.study().setTitle("third title");
            open.save();
        }
        long id;
        try (LabDatabase db = owner()) {
            id = db.studies().push(file);
        }
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        String previous = java.util.HexFormat.of().formatHex(sha.digest("vivarium audit trail".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)));
        int rows = 0;
        try (Connection c = jdbc("postgres", server.password()); var s = c.prepareStatement(
                "SELECT seq, hash, entry FROM audit_entry WHERE study_id = ? ORDER BY seq")) {
            s.setLong(1, id);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    assertThat(r.getLong(1)).isEqualTo(rows);
                    assertThat(r.getString(3)).startsWith("{\"seq\":" + rows + ",");
                    sha.update(java.util.HexFormat.of().parseHex(previous));
                    sha.update(r.getString(3).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    previous = java.util.HexFormat.of().formatHex(sha.digest());
                    assertThat(r.getString(2)).as("row %d", rows).isEqualTo(previous);
                }
            }
        }
        assertThat(rows).isEqualTo(3);
        assertThat(previous).isEqualTo(trail(file).lastHash());
    }

    @Test
    void aBrokenFileIsRefusedWithTheStoresMessage() throws Exception {
        Path file = tmp.resolve("broken.vivarium");
        Files.writeString(file, "not a study");
        try (LabDatabase db = owner()) {
            long before = db.studies().list().size();
            StudyStoreException e = assertThrows(StudyStoreException.class, () -> db.studies().push(file));
            assertThat(e.getMessage()).contains(file.toString());
            assertThat(db.studies().list()).hasSize((int) before);
        }
    }

    @Test
    void theAuditTableIsAppendOnlyForEveryRole() throws Exception {
        try (LabDatabase db = owner()) {
            db.studies().push(study("append.vivarium"));
            db.users().add("pi_append", LabRole.PI, "pi-secret");
            db.users().add("tech_append", LabRole.TECHNICIAN, "tech-secret");
        }
        for (String user : List.of("pi_append", "tech_append")) {
            try (Connection c = jdbc(user, user.startsWith("pi") ? "pi-secret" : "tech-secret");
                    Statement s = c.createStatement()) {
                assertThat(s.executeQuery("SELECT count(*) FROM audit_entry").next()).isTrue();
                for (String sql : List.of("UPDATE audit_entry SET entry = 'forged'", "DELETE FROM audit_entry",
                        "TRUNCATE audit_entry", "INSERT INTO audit_entry (study_id, seq, hash, entry, recorded_by) "
                                + "VALUES (1, 999, 'h', 'e', 'someone else')",
                        "UPDATE study SET title = 'renamed'", "DELETE FROM study_file")) {
                    SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                    assertThat(e.getSQLState()).as(user + ": " + sql).isEqualTo("42501");
                }
            }
        }
    }

    @Test
    void addedUsersLogInAndAWrongPasswordSaysSo() throws Exception {
        try (LabDatabase db = owner()) {
            db.users().add("sci1", LabRole.SCIENTIST, "s3cret!'\"");
            assertThat(assertThrows(LabException.class, () -> db.users().add("sci1", LabRole.SCIENTIST, "x"))
                    .getMessage()).isEqualTo("user sci1 exists already on 127.0.0.1:" + server.url().port());
            assertThat(assertThrows(LabException.class, () -> db.users().add("Robert'); DROP", LabRole.PI, "x"))
                    .getMessage()).startsWith("bad user name 'Robert'); DROP'");
            assertThat(assertThrows(LabException.class, () -> db.users().add("pi", LabRole.PI, "x")).getMessage())
                    .isEqualTo("bad user name 'pi': that is the name of a role");
        }
        LabUrl sci = server.url("sci1");
        try (LabDatabase db = LabDatabase.connect(sci, "s3cret!'\"")) {
            Path file = study("bysci.vivarium");
            long id = db.studies().push(file);
            assertThat(db.studies().list()).anySatisfy(s -> {
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.pushedBy()).isEqualTo("sci1");
            });
        }
        assertThat(assertThrows(LabException.class, () -> LabDatabase.connect(sci, "wrong")).getMessage())
                .isEqualTo("wrong password for sci1 at 127.0.0.1:" + server.url().port());
    }

    @Test
    void aViewerReadsButCannotPush() throws Exception {
        try (LabDatabase db = owner()) {
            db.users().add("view1", LabRole.VIEWER, "v");
        }
        try (LabDatabase db = LabDatabase.connect(server.url("view1"), "v")) {
            assertThat(db.studies().list()).isNotNull();
            String m = assertThrows(LabException.class, () -> db.studies().push(study("v.vivarium"))).getMessage();
            assertThat(m).startsWith("view1 is not allowed to do this on " + server.url("view1").where()
                    + ": permission denied for function vivarium_push");
        }
    }

    @Test
    void clearMessagesForServerDownUnknownDatabaseAndMissingOrNewerSchema() throws Exception {
        LabUrl down = LabUrl.parse("postgresql://postgres@127.0.0.1:1/vivarium");
        assertThat(assertThrows(LabException.class, () -> LabDatabase.connect(down, "x")).getMessage())
                .isEqualTo("cannot reach the lab server at 127.0.0.1:1 (is it running? start one with "
                        + "'vivarium lab start DIR')");
        LabUrl other = LabUrl.parse(server.url().toString().replace("/vivarium", "/nosuchdb"));
        assertThat(assertThrows(LabException.class, () -> LabDatabase.connect(other, server.password()))
                .getMessage()).isEqualTo("there is no database 'nosuchdb' on 127.0.0.1:" + server.url().port());
        try (Connection c = jdbc("postgres", server.password()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE future");
            s.execute("CREATE DATABASE empty");
        }
        LabUrl empty = LabUrl.parse(server.url().toString().replace("/vivarium", "/empty"));
        try (LabDatabase db = LabDatabase.connect(empty, server.password())) {
            assertThat(assertThrows(LabException.class, db::studies).getMessage()).isEqualTo("the database "
                    + empty.where() + " has no Vivarium schema: run 'vivarium lab init " + empty + "' first");
        }
        LabUrl future = LabUrl.parse(server.url().toString().replace("/vivarium", "/future"));
        try (LabDatabase db = LabDatabase.connect(future, server.password())) {
            db.init();
        }
        try (Connection c = jdbc(future, "postgres", server.password()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '5', 'from the future', 'SQL', "
                    + "'V5__future.sql', 'postgres', 0, true)");
        }
        String newer = "the lab schema on " + future.where()
                + " is version 5, newer than this Vivarium knows (4): update Vivarium";
        try (LabDatabase db = LabDatabase.connect(future, server.password())) {
            assertThat(assertThrows(LabException.class, db::studies).getMessage()).isEqualTo(newer);
            assertThat(assertThrows(LabException.class, db::init).getMessage()).isEqualTo(newer);
        }
    }

    private static AuditTrail trail(Path file) throws StudyStoreException {
        return AuditTrail.of(FolderStudyStore.containing(file).read(FolderStudyStore.nameOf(file)).resource());
    }

    private Path study(String name) throws StudyStoreException {
        Path file = tmp.resolve(name);
        try (OpenStudy s = FolderStudyStore.containing(file).create(FolderStudyStore.nameOf(file),
                TestStudies.small())) {
            return file;
        }
    }

    private static Connection jdbc(String user, String password) throws SQLException {
        return jdbc(server.url(), user, password);
    }

    private static Connection jdbc(LabUrl url, String user, String password) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] { url.host() });
        ds.setPortNumbers(new int[] { url.port() });
        ds.setDatabaseName(url.database());
        ds.setUser(user);
        ds.setPassword(password);
        return ds.getConnection();
    }
}
