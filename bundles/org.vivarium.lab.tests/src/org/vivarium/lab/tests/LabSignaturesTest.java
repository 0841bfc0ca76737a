package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.Signature.Meaning;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.lab.LabRole;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestLabServer;
import org.vivarium.testing.TestStudies;

/**
 * Electronic signatures of lab studies against a real PostgreSQL: the password typed again, the role per meaning, the
 * signing entry in the server's chain, invalidation by a later change, the lock after approval, append-only rows.
 */
class LabSignaturesTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC";
    private static TestLabServer server;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = LabFixture.startWithTeam();
        try (LabDatabase db = LabDatabase.connect(server.url(), server.password())) {
            db.users().add("look", LabRole.VIEWER, "v");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** The small test study, its FST 24 h session marked done unless {@code completed} is false, on the server. */
    private static long push(String name, boolean completed) throws Exception {
        Study study = TestStudies.small();
        if (completed) {
            fst(study).setCompletedAt(TestStudies.ANCHOR.plusHours(25));
        }
        return LabFixture.push(server, tmp, name, study, "sci", "s");
    }

    private static AssaySession fst(Study study) {
        return Studies.findAssay(study, "FST").getSessions().get(0);
    }

    private static Signature sign(String user, String password, long id, String session, Meaning meaning,
            String printed) throws Exception {
        try (LabDatabase db = LabDatabase.connect(server.url(user), password)) {
            return db.signatures().sign(id, session, meaning, printed, password);
        }
    }

    private static String refusal(String user, String password, String typed, long id, String session,
            Meaning meaning) throws Exception {
        try (LabDatabase db = LabDatabase.connect(server.url(user), password)) {
            return assertThrows(LabException.class, () -> db.signatures().sign(id, session, meaning, "Some One",
                    typed)).getMessage();
        }
    }

    private static List<Signature> list(long id) throws Exception {
        try (LabDatabase db = LabDatabase.connect(server.url("look"), "v")) {
            return db.signatures().list(id);
        }
    }

    private static ReadStudy read(long id) throws Exception {
        return LabFixture.read(server, "boss", "p", id);
    }

    @Test
    void eachMeaningNeedsItsRole() throws Exception {
        long id = push("roles", true);
        assertThat(refusal("tech_a", "a", "a", id, "FST 24 h", Meaning.REVIEWED)).isEqualTo(
                "signature refused: tech_a may not sign as \"reviewed by\" (scientists and PIs do)");
        assertThat(refusal("sci", "s", "s", id, null, Meaning.APPROVED)).isEqualTo(
                "signature refused: sci may not sign as \"approved by\" (PIs do)");
        assertThat(refusal("look", "v", "v", id, "FST 24 h", Meaning.PERFORMED)).isEqualTo(
                "signature refused: look may not sign as \"performed by\" (technicians, scientists and PIs do)");
        assertThat(list(id)).isEmpty();

        Signature performed = sign("tech_a", "a", id, "FST 24 h", Meaning.PERFORMED, "Ann Tech");
        Signature reviewed = sign("sci", "s", id, "FST 24 h", Meaning.REVIEWED, "Dr Sam Sci");
        Signature approved = sign("boss", "p", id, null, Meaning.APPROVED, "Prof. Pat Boss");
        assertThat(list(id)).containsExactly(performed, reviewed, approved);
        assertThat(performed.signedBy()).isEqualTo("tech_a");
        assertThat(performed.printedName()).isEqualTo("Ann Tech");
        assertThat(performed.subject()).isEqualTo("session FST 24 h");
        assertThat(performed.valuesDigest()).matches("[0-9a-f]{64}").isEqualTo(reviewed.valuesDigest());
        assertThat(approved.subject()).isEqualTo("study TEST-1");
        assertThat(approved.subjectId()).isNull();
        assertThat(approved.valuesDigest()).isNull();
        assertThat(list(id)).allMatch(Signature::valid);
        assertThat(approved.describe()).matches("study TEST-1: approved by Prof\\. Pat Boss \\(boss\\) at " + TIME
                + ", entry 4, record hash [0-9a-f]{12}\\.\\.\\.; valid");
    }

    /** 11.200: the signature's own password, checked by a fresh login; a wrong one refuses it in one line. */
    @Test
    void aWrongPasswordRefusesTheSignatureAndStoresNothing() throws Exception {
        long id = push("password", true);
        long entries = AuditTrail.of(read(id).resource()).size();
        String refusal = refusal("boss", "p", "not-my-password", id, "FST 24 h", Meaning.REVIEWED);
        assertThat(refusal).matches("signature refused: wrong password for boss at 127\\.0\\.0\\.1:\\d+");
        assertThat(refusal).doesNotContain("not-my-password");
        assertThat(list(id)).isEmpty();
        assertThat(AuditTrail.of(read(id).resource()).size()).isEqualTo(entries);
    }

    @Test
    void theSigningEntryIsInTheServersChainLinkedToTheRecordSigned() throws Exception {
        long id = push("chain", true);
        String hashBefore = AuditTrail.of(read(id).resource()).lastHash();
        long before = AuditTrail.of(read(id).resource()).size();
        Signature s = sign("sci", "s", id, "FST 24 h", Meaning.REVIEWED, "Dr Sam Sci");
        assertThat(s.signedSeq()).isEqualTo(before);
        assertThat(s.signedHash()).isEqualTo(hashBefore);
        assertThat(s.entrySeq()).isEqualTo(before + 1);

        ReadStudy read = read(id);
        AuditTrail trail = AuditTrail.of(read.resource());
        assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
        AuditEntry entry = trail.entries().get((int) before);
        assertThat(entry.seq()).isEqualTo(s.entrySeq());
        assertThat(entry.action()).isEqualTo("Sign session FST 24 h: reviewed by Dr Sam Sci");
        assertThat(entry.user()).isEqualTo("sci");
        assertThat(entry.authenticated()).isTrue();
        assertThat(java.time.Duration.between(entry.time(), s.signedAt()).abs().toMillis()).isLessThanOrEqualTo(1);
        assertThat(entry.changes().get(0).describe()).isEqualTo(
                "session FST 24 h: signature (none) \u2192 'reviewed by Dr Sam Sci (sci)'");
        String session = ((org.vivarium.model.support.StudyResource) read.resource()).idOf(fst(read.study()));
        assertThat(entry.concerns(session)).as("audit --object finds it").isTrue();
        assertThat(StudySignatures.of(read.resource())).containsExactly(s);
    }

    @Test
    void aSessionNotCompletedOrUnknownCannotBeSigned() throws Exception {
        long id = push("open", false);
        assertThat(refusal("sci", "s", "s", id, "FST 24 h", Meaning.REVIEWED)).isEqualTo(
                "signature refused: session FST 24 h is not completed: mark it done before signing it");
        assertThat(refusal("sci", "s", "s", id, "FST 2 h", Meaning.REVIEWED)).isEqualTo("signature refused: lab "
                + "study " + id + " has no session named 'FST 2 h' (its sessions: FST 24 h)");
        try (Connection c = jdbc("sci", "s"); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.execute("SELECT vivarium_sign(" + id
                    + ", 's1', 's1', 'session X', null, 'reviewed', 'Me', 1, repeat('a', 64))"));
            assertThat(e.getMessage()).contains("session X is not completed: mark it done before signing it");
        }
        assertThat(list(id)).isEmpty();
    }

    /** A value of a signed session changed later: the signature shows as invalidated, naming the change. */
    @Test
    void aLaterValueChangeInvalidatesTheSessionsSignatures() throws Exception {
        long id = push("invalidate", true);
        sign("tech_a", "a", id, "FST 24 h", Meaning.PERFORMED, "Ann Tech");
        sign("sci", "s", id, "FST 24 h", Meaning.REVIEWED, "Dr Sam Sci");
        try (LabDatabase db = LabDatabase.connect(server.url("tech_b"), "b")) {
            LabOpenStudy open = db.studies().open(id);
            AuditedCommandStack stack = new AuditedCommandStack(open.resource());
            EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
            Measurement b1 = fst(open.study()).getMeasurements().stream().filter(m -> m.getAnimal().getId()
                    .equals("B1")).findFirst().orElseThrow();
            Command set = SetCommand.create(domain, b1, Literals.MEASUREMENT__VALUE, 99.0);
            stack.execute(set, "re-scored from the video");
            assertThat(stack.refusal()).isNull();
        }
        long changed = AuditTrail.of(read(id).resource()).size();
        List<Signature> after = list(id);
        assertThat(after).hasSize(2).noneMatch(Signature::valid);
        assertThat(after.get(0).invalidatedBy().seq()).isEqualTo(changed);
        assertThat(after.get(0).invalidatedBy().by()).isEqualTo("tech_b");
        assertThat(after.get(1).state()).matches("INVALIDATED by entry " + changed + " by tech_b at " + TIME);

        Signature again = sign("sci", "s", id, "FST 24 h", Meaning.REVIEWED, "Dr Sam Sci");
        assertThat(again.valid()).isTrue();
        assertThat(again.valuesDigest()).isNotEqualTo(after.get(1).valuesDigest());
        assertThat(list(id).stream().map(Signature::valid).toList()).containsExactly(false, false, true);
    }

    /** After approval the server refuses every change, naming who approved it and when; signing still works. */
    @Test
    void anApprovedStudyIsLockedAgainstLaterChanges() throws Exception {
        long id = push("lock", true);
        sign("boss", "p", id, null, Meaning.APPROVED, "Prof. Pat Boss");
        long entries = AuditTrail.of(read(id).resource()).size();
        String locked = "the study was approved by Prof\\. Pat Boss \\(boss\\) at " + TIME + " and is locked: no "
                + "further changes are accepted: nothing of this change was stored";
        try (LabDatabase db = LabDatabase.connect(server.url("tech_a"), "a")) {
            LabOpenStudy open = db.studies().open(id);
            AuditedCommandStack stack = new AuditedCommandStack(open.resource());
            EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
            Measurement a1 = fst(open.study()).getMeasurements().get(0);
            stack.execute(SetCommand.create(domain, a1, Literals.MEASUREMENT__VALUE, 1.0), "typo");
            assertThat(stack.refusal()).matches(locked);
            assertThat(a1.getValue()).as("taken back").isEqualTo(150);
        }
        try (LabDatabase db = LabDatabase.connect(server.url("sci"), "s")) {
            LabOpenStudy open = db.studies().open(id);
            AuditedCommandStack stack = new AuditedCommandStack(open.resource());
            EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
            stack.execute(SetCommand.create(domain, open.study(), Literals.STUDY__TITLE, "Renamed"), "rename");
            assertThat(stack.refusal()).matches(locked);
        }
        ReadStudy read = read(id);
        assertThat(read.study().getTitle()).isEqualTo("Test study");
        assertThat(AuditTrail.of(read.resource()).size()).isEqualTo(entries);
        Signature performed = sign("tech_a", "a", id, "FST 24 h", Meaning.PERFORMED, "Ann Tech");
        assertThat(performed.valid()).isTrue();
        assertThat(list(id)).allMatch(Signature::valid);
        assertThat(AuditTrail.of(read(id).resource()).check().intact()).isTrue();
    }

    /** Nobody writes the signature table directly: not the roles (no grants), not its owner (a trigger). */
    @Test
    void signaturesCannotBeWrittenChangedOrDeletedWithPsql() throws Exception {
        long id = push("psql", true);
        sign("boss", "p", id, "FST 24 h", Meaning.REVIEWED, "Prof. Pat Boss");
        for (String[] login : new String[][] { { "tech_a", "a" }, { "boss", "p" }, { "postgres",
                server.password() } }) {
            try (Connection c = jdbc(login[0], login[1]); Statement s = c.createStatement()) {
                for (String sql : List.of("UPDATE signature SET printed_name = 'Someone Else'",
                        "DELETE FROM signature", "TRUNCATE signature", "UPDATE session_change SET seq = 0",
                        "INSERT INTO signature (study_id, subject, meaning, printed_name, signed_seq, signed_hash, "
                                + "entry_seq) VALUES (" + id + ", 'study', 'approved', 'Forged', 1, 'h', 99)")) {
                    if (login[0].equals("postgres") && (sql.startsWith("INSERT") || sql.contains("session_change"))) {
                        continue; // the owner may insert (through vivarium_sign); it cannot change or delete
                    }
                    SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), login[0] + ": " + sql);
                    assertThat(e.getSQLState()).as(login[0] + ": " + sql).isEqualTo("42501");
                }
            }
        }
        assertThat(list(id)).singleElement().satisfies(s -> assertThat(s.printedName()).isEqualTo("Prof. Pat Boss"));
    }

    private static Connection jdbc(String user, String password) throws SQLException {
        return LabFixture.jdbc(server, user, password);
    }
}
