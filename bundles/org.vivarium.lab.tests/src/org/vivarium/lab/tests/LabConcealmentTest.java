package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.lab.LabRole;
import org.vivarium.model.Compound;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/**
 * Allocation concealment held by the server: while a study's treatments are coded, a technician receives neither the
 * code key (in the study or in the trail's text) through Vivarium nor with plain SQL; the chain still checks.
 */
class LabConcealmentTest {

    private static TestLabServer server;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = LabFixture.start();
        try (LabDatabase db = LabDatabase.connect(server.url(), server.password())) {
            db.users().add("tech_c", LabRole.TECHNICIAN, "t");
            db.users().add("sci_c", LabRole.SCIENTIST, "s");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** The small test study with its treatments coded: KET is arm A (Solution A), VEH arm B (Solution B). */
    private static long push(String name, boolean coded) throws Exception {
        Study study = TestStudies.small();
        if (coded) {
            study.getArms().forEach(a -> a.setBlindedCode(a.getCode().equals("KET") ? "A" : "B"));
            study.getCompounds().forEach(c -> c.setBlindedCode(c.getName().equals("Ketamine") ? "Solution A"
                    : "Solution B"));
            study.setTreatmentsCoded(true);
        }
        return LabFixture.push(server, tmp, name, study, "sci_c", "s");
    }

    private static ReadStudy read(String user, String password, long id) throws Exception {
        return LabFixture.read(server, user, password, id);
    }

    @Test
    void aTechnicianReceivesACodedStudyWithoutItsKey() throws Exception {
        long id = push("coded", true);
        ReadStudy tech = read("tech_c", "t", id);
        Study s = tech.study();
        assertThat(s.getArms()).extracting(TreatmentArm::getCode).containsExactly("A", "B");
        assertThat(s.getArms()).extracting(TreatmentArm::getLabel).containsExactly("A", "B");
        assertThat(s.getArms()).noneMatch(TreatmentArm::isControl);
        assertThat(s.getCompounds()).extracting(Compound::getName).containsExactly("Solution A", "Solution B");
        assertThat(s.getCompounds()).noneMatch(Compound::isPlacebo);
        assertThat(s.getArms()).allSatisfy(a -> a.getRegimens().forEach(r -> {
            assertThat(r.getDoseMgPerKg()).isZero();
            assertThat(r.getVolumeMlPerKg()).as("what dosing needs stays").isEqualTo(10);
        }));
        assertThat(Studies.findAnimal(s, "B1").getArm().getCode()).as("the coded arm given").isEqualTo("A");
        AuditTrail trail = AuditTrail.of(tech.resource());
        assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
        assertThat(trail.entries()).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditTrail.WITHHELD_ACTION));

        ReadStudy sci = read("sci_c", "s", id);
        assertThat(sci.study().getArms()).extracting(TreatmentArm::getCode).containsExactly("VEH", "KET");
        assertThat(AuditTrail.of(sci.resource()).entries()).noneMatch(e -> e.action().equals(
                AuditTrail.WITHHELD_ACTION));
    }

    @Test
    void withPlainSqlATechnicianGetsNeitherTheFileNorTheTextOfTheDesignsEntries() throws Exception {
        long id = push("psql", true);
        try (Connection c = jdbc("tech_c", "t"); Statement s = c.createStatement()) {
            for (String sql : List.of("SELECT content FROM study_file", "SELECT entry FROM audit_entry",
                    "SELECT vivarium_conceal(" + id + ", false, '\\x00'::bytea)")) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(sql).close(), sql);
                assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
            }
            try (var r = s.executeQuery("SELECT count(*), count(entry) FROM audit_entry_shown WHERE study_id = " + id)) {
                r.next();
                assertThat(r.getInt(1)).isPositive();
                assertThat(r.getInt(2)).as("no text of the pushed history").isZero();
            }
        }
    }

    @Test
    void aTechniciansOwnValuesStayReadableAndADesignChangeIsWithheld() throws Exception {
        long id = push("values", true);
        try (LabDatabase db = LabDatabase.connect(server.url("tech_c"), "t")) {
            LabOpenStudy open = db.studies().open(id);
            AuditedCommandStack stack = new AuditedCommandStack(open.resource());
            var domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
            Measurement m = Studies.findAssay(open.study(), "FST").getSessions().get(0).getMeasurements().get(0);
            stack.execute(SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, 77.0), "re-scored");
            assertThat(stack.refusal()).isNull();
        }
        try (LabDatabase db = LabDatabase.connect(server.url("sci_c"), "s")) {
            LabOpenStudy open = db.studies().open(id);
            AuditedCommandStack stack = new AuditedCommandStack(open.resource());
            var domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
            stack.execute(SetCommand.create(domain, open.study(), Literals.STUDY__TITLE, "Renamed"), null);
            assertThat(stack.refusal()).isNull();
        }
        ReadStudy tech = read("tech_c", "t", id);
        assertThat(tech.study().getTitle()).as("the copy follows the design").isEqualTo("Renamed");
        assertThat(tech.study().getCompounds()).extracting(Compound::getName).containsExactly("Solution A",
                "Solution B");
        AuditTrail trail = AuditTrail.of(tech.resource());
        assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
        List<AuditEntry> entries = trail.entries();
        AuditEntry value = entries.get(entries.size() - 2);
        AuditEntry design = entries.get(entries.size() - 1);
        assertThat(value.user()).isEqualTo("tech_c");
        assertThat(value.reason()).isEqualTo("re-scored");
        assertThat(design.action()).isEqualTo(AuditTrail.WITHHELD_ACTION);
        assertThat(design.user()).isEqualTo("sci_c");
    }

    @Test
    void anUncodedStudyIsReadAsItIs() throws Exception {
        long id = push("open", false);
        ReadStudy tech = read("tech_c", "t", id);
        assertThat(tech.study().getArms()).extracting(TreatmentArm::getCode).containsExactly("VEH", "KET");
        assertThat(AuditTrail.of(tech.resource()).entries()).noneMatch(e -> e.action().equals(
                AuditTrail.WITHHELD_ACTION));
    }

    private static Connection jdbc(String user, String password) throws SQLException {
        return LabFixture.jdbc(server, user, password);
    }
}
