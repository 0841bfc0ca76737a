package org.vivarium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * The commands' way to change a study ({@link StudyEdits}): a change of recorded data without a reason is refused and
 * the file stays byte for byte; with one, it becomes an entry under the action's name, with the reason.
 */
class StudyEditsTest {

    @TempDir
    Path dir;

    @Test
    void changingRecordedDataNeedsAReason() throws Exception {
        Path file = dir.resolve("d.vivarium");
        assertThat(Cli.run(new String[] {"demo", file.toString(), "--seed", "3"}, new PrintStream(
                new ByteArrayOutputStream()), System.err)).isZero();
        byte[] before = Files.readAllBytes(file);
        try (OpenStudy open = StudyEdits.open(file)) {
            Measurement m = Studies.sessions(open.study()).stream().filter(s -> !s.getMeasurements().isEmpty())
                    .findFirst().orElseThrow().getMeasurements().get(0);
            EditingDomain refusing = StudyEdits.domain(open);
            assertThatThrownBy(() -> StudyEdits.apply(refusing, file, open, SetCommand.create(refusing, m,
                    Literals.MEASUREMENT__VALUE, 1.0), "Set immobility", null)).isInstanceOfSatisfying(
                            RejectedException.class, e -> assertThat(e.problems()).singleElement().asString()
                                    .startsWith(file + ": a reason is required: the change alters recorded data "
                                            + "(value of ").endsWith("); give --reason R"));
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(m.getValue()).isNotEqualTo(1.0);

            EditingDomain domain = StudyEdits.domain(open);
            StudyEdits.apply(domain, file, open, SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, 1.0),
                    "Set immobility", " video re-scored ");
        }
        AuditTrail trail = AuditTrail.of(StudyFiles.read(file).resource());
        assertThat(trail.check().intact()).isTrue();
        AuditEntry last = trail.entries().get(trail.entries().size() - 1);
        assertThat(last.seq()).isEqualTo(2);
        assertThat(last.action()).isEqualTo("Set immobility");
        assertThat(last.reason()).isEqualTo("video re-scored");
        assertThat(last.changes()).singleElement().satisfies(c -> assertThat(c.newValue()).isEqualTo("1"));
    }
}
