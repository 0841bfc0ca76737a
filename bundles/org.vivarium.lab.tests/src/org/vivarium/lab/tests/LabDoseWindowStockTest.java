package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabStudy;
import org.vivarium.lab.LabUrl;
import org.vivarium.model.Animal;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.model.support.StudyResource;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/**
 * Model 1.3 on the lab server (schema V9): a dose given out of its window with the reason why, drawn from a bottle of
 * the study's stock, is stored as the dose's row (window_reason, stock_id) and comes back to everyone - for a dose of
 * the design and for one recorded as new; a correction replaces both. A schema of version 8 upgrades keeping its
 * rows, and a client refuses to work on it before (its functions would drop the new fields). A study file of an older
 * model is pushed in the current one.
 */
class LabDoseWindowStockTest {

    private static final LocalDateTime LATE = TestStudies.ANCHOR.plusMinutes(95);
    private static final String BOTTLE = "KET-2026-014";

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

    /** The small test study with a bottle of ketamine in its stock. */
    private static Study withStock() {
        Study study = TestStudies.small();
        Stock bottle = VivariumFactory.eINSTANCE.createStock();
        bottle.setId(BOTTLE);
        bottle.setCompound(study.getCompounds().stream().filter(c -> c.getName().equals("Ketamine")).findFirst()
                .orElseThrow());
        bottle.setLot("L-7731");
        bottle.setSupplier("Vetpharm");
        bottle.setConcentrationMgPerMl(10);
        bottle.setVolumeMl(10);
        bottle.setReceivedAt(TestStudies.ANCHOR.minusDays(10));
        bottle.setReceivedBy("sci");
        bottle.setLocation("Safe 2");
        bottle.setExpiry(LocalDate.of(2027, 1, 31));
        study.getStocks().add(bottle);
        return study;
    }

    private static Stock bottle(LabClient c) {
        return c.open.study().getStocks().get(0);
    }

    private static CompoundCommand give(LabClient c, DosingEvent dose, String reason, Stock stock) {
        CompoundCommand give = new CompoundCommand("Dose " + dose.getAnimal());
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__ACTUAL_TIME, LATE));
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__VOLUME_ML, 0.21));
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__OPERATOR, c.db.url().user()));
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__WINDOW_REASON, reason));
        give.append(SetCommand.create(c.domain, dose, Literals.DOSING_EVENT__STOCK, stock));
        return give;
    }

    @Test
    void aDoseOutOfItsWindowFromABottleRoundTripsThroughTheServerAndACorrectionReplacesBoth() throws Exception {
        long id = LabFixture.push(server, tmp, "window", withStock(), "sci", "s");
        try (LabClient a = new LabClient(server.url("tech_a"), "a", id);
                LabClient b = new LabClient(server.url("tech_b"), "b", id)) {
            String bottleId = a.idOf(bottle(a));
            assertThat(a.run(give(a, a.dose("B1"), "cage change ran over", bottle(a)), "late")).isNull();

            DosingEvent read = Studies.findAnimal(LabFixture.read(server, "boss", "p", id).study(), "B1")
                    .getDosingEvents().get(0);
            assertThat(read.getWindowReason()).isEqualTo("cage change ran over");
            assertThat(read.getStock().getId()).isEqualTo(BOTTLE);
            assertThat(read.getActualTime()).isEqualTo(LATE);
            assertThat(row(id, a.idOf(a.dose("B1")))).isEqualTo("cage change ran over|" + bottleId);

            b.open.refresh();
            assertThat(b.dose("B1").getWindowReason()).isEqualTo("cage change ran over");
            assertThat(b.dose("B1").getStock()).isSameAs(bottle(b));
            CompoundCommand correct = new CompoundCommand("Correct the dose of B1");
            correct.append(SetCommand.create(b.domain, b.dose("B1"), Literals.DOSING_EVENT__WINDOW_REASON, null));
            correct.append(SetCommand.create(b.domain, b.dose("B1"), Literals.DOSING_EVENT__STOCK, null));
            assertThat(b.run(correct, "entered on the wrong dose")).isNull();
            assertThat(row(id, a.idOf(a.dose("B1")))).isEqualTo("null|null");
            a.open.refresh();
            assertThat(a.dose("B1").getWindowReason()).isNull();
            assertThat(a.dose("B1").getStock()).isNull();
        }
    }

    @Test
    void aDoseRecordedAsNewIsMadeFromItsRowWithItsWindowReasonAndStock() throws Exception {
        long id = LabFixture.push(server, tmp, "new-dose", withStock(), "sci", "s");
        try (LabClient a = new LabClient(server.url("tech_a"), "a", id);
                LabClient b = new LabClient(server.url("tech_b"), "b", id)) {
            Animal b2 = a.animal("B2");
            DosingEvent extra = VivariumFactory.eINSTANCE.createDosingEvent();
            extra.setRegimen(b2.getDosingEvents().get(0).getRegimen());
            extra.setScheduledTime(TestStudies.ANCHOR.plusDays(1));
            extra.setActualTime(TestStudies.ANCHOR.plusDays(1).plusMinutes(50));
            extra.setVolumeMl(0.24);
            extra.setWindowReason("fire alarm");
            extra.setStock(bottle(a));
            assertThat(a.run(AddCommand.create(a.domain, b2, Literals.ANIMAL__DOSING_EVENTS, extra), null)).isNull();
            String doseId = a.idOf(extra);

            b.open.refresh();
            DosingEvent heard = (DosingEvent) b.byId(doseId);
            assertThat(heard).isNotNull();
            assertThat(heard.getAnimal()).isSameAs(b.animal("B2"));
            assertThat(heard.getWindowReason()).isEqualTo("fire alarm");
            assertThat(heard.getStock()).isSameAs(bottle(b));
            assertThat(heard.getVolumeMl()).isEqualTo(0.24);
            ReadStudy fresh = LabFixture.read(server, "boss", "p", id);
            DosingEvent stored = (DosingEvent) fresh.resource().getEObject(doseId);
            assertThat(stored.getWindowReason()).isEqualTo("fire alarm");
            assertThat(((StudyResource) fresh.resource()).idOf(stored.getStock())).isEqualTo(a.idOf(bottle(a)));
        }
    }

    @Test
    void aSchemaOfVersion8IsRefusedUntilInitUpgradesItKeepingItsRows() throws Exception {
        try (Connection c = LabFixture.jdbc(server, "postgres", server.password()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE eight");
        }
        LabUrl eight = LabUrl.parse(server.url().toString().replace("/vivarium", "/eight"));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://" + eight.host() + ":" + eight.port() + "/eight");
        ds.setUser("postgres");
        ds.setPassword(server.password());
        Flyway.configure(LabDatabase.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").target("8").load()
                .migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO study (title, model_version, file_name) VALUES ('old', '1.2', 'old.vivarium')");
            s.execute("INSERT INTO animal_record (study_id, object_id, kind, animal_id, actual_time, volume_ml, "
                    + "removed, version, seq, changed_by, changed_at) SELECT id, 'd1', 'dose', 'a1', "
                    + "'2026-03-02 09:05', 0.2, false, 1, 1, 'tech_a', now() FROM study");
        }
        try (LabDatabase db = LabDatabase.connect(eight, server.password())) {
            LabException old = assertThrows(LabException.class, db::studies);
            assertThat(old.getMessage()).isEqualTo("the lab schema on " + eight.where() + " is version 8, older than "
                    + "this Vivarium needs (9): run 'vivarium lab init " + eight + "' to upgrade it");
            assertThat(db.init()).isEqualTo("schema upgraded from version 8 (version 9)");
            assertThat(db.studies().list()).extracting(LabStudy::title).containsExactly("old");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT volume_ml, window_reason, stock_id FROM animal_record")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getDouble(1)).as("the dose kept").isEqualTo(0.2);
            assertThat(r.getString(2)).isNull();
            assertThat(r.getString(3)).isNull();
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void aStudyFileOfAnOlderModelIsStoredInTheCurrentOne() throws Exception {
        Path file = tmp.resolve("old-1.0.vivarium");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vivarium:Study xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:vivarium=\"http://vivarium.org/model/1.0\" "
                + "xmi:id=\"s1\" title=\"Old lab study\">\n  <cohorts xmi:id=\"c1\" name=\"C\"><animals xmi:id=\"a1\" "
                + "id=\"M1\"/></cohorts>\n</vivarium:Study>\n");
        try (LabDatabase db = LabDatabase.connect(server.url("sci"), "s")) {
            long id = db.studies().push(file);
            LabStudy pushed = db.studies().list().stream().filter(st -> st.id() == id).findFirst().orElseThrow();
            assertThat(pushed.modelVersion()).isEqualTo(ModelVersions.CURRENT);
            ReadStudy read = db.studies().read(id);
            assertThat(ModelVersions.migratedFrom(read.resource())).isNull();
            assertThat(Studies.findAnimal(read.study(), "M1")).isNotNull();
        }
    }

    /** The dose's window_reason and stock_id as the server's row has them ("reason|stock"), read as a scientist. */
    private static String row(long study, String doseId) throws Exception {
        try (Connection c = LabFixture.jdbc(server, "sci", "s"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT window_reason, stock_id FROM animal_record WHERE study_id = "
                        + study + " AND kind = 'dose' AND object_id = '" + doseId + "'")) {
            assertThat(r.next()).as("the dose's row").isTrue();
            return r.getString(1) + "|" + r.getString(2);
        }
    }
}
