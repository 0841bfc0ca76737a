package org.vivarium.lab.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.ds.PGSimpleDataSource;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabRole;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.testing.TestLabServer;

/** What the lab tests share: a study pushed by a user, read as a user, a plain JDBC connection (as with psql). */
final class LabFixture {

    private LabFixture() {
    }

    /** A real PostgreSQL for a test class, its schema made ({@code lab init}). */
    static TestLabServer start() throws Exception {
        TestLabServer server = TestLabServer.start();
        try (LabDatabase db = LabDatabase.connect(server.url(), server.password())) {
            db.init();
        }
        return server;
    }

    /** As {@link #start()}, with the lab the tests share: tech_a/a and tech_b/b (technicians), sci/s, boss/p (PI). */
    static TestLabServer startWithTeam() throws Exception {
        TestLabServer server = start();
        try (LabDatabase db = LabDatabase.connect(server.url(), server.password())) {
            db.users().add("tech_a", LabRole.TECHNICIAN, "a");
            db.users().add("tech_b", LabRole.TECHNICIAN, "b");
            db.users().add("sci", LabRole.SCIENTIST, "s");
            db.users().add("boss", LabRole.PI, "p");
        }
        return server;
    }

    /** Writes the study to a file in the folder and pushes it as the user; the lab study's id. */
    static long push(TestLabServer server, Path dir, String name, Study study, String user, String password)
            throws Exception {
        Path file = dir.resolve(name + ".vivarium");
        try (OpenStudy s = FolderStudyStore.containing(file).create(FolderStudyStore.nameOf(file), study)) {
            // created
        }
        try (LabDatabase db = LabDatabase.connect(server.url(user), password)) {
            return db.studies().push(file);
        }
    }

    /** The lab study as the user reads it from the server now. */
    static ReadStudy read(TestLabServer server, String user, String password, long id) throws Exception {
        try (LabDatabase db = LabDatabase.connect(server.url(user), password)) {
            return db.studies().read(id);
        }
    }

    /** A plain JDBC connection as the user, as a person with psql has. */
    static Connection jdbc(TestLabServer server, String user, String password) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] { server.url().host() });
        ds.setPortNumbers(new int[] { server.url().port() });
        ds.setDatabaseName(server.url().database());
        ds.setUser(user);
        ds.setPassword(password);
        return ds.getConnection();
    }

    /** The (first) FST session's value of an animal in the test study, or null. */
    static Measurement value(Study study, String animal) {
        AssaySession fst = Studies.findAssay(study, "FST").getSessions().get(0);
        return fst.getMeasurements().stream().filter(m -> m.getAnimal() != null && animal.equals(m.getAnimal()
                .getId())).findFirst().orElse(null);
    }
}
