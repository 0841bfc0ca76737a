package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Measurement;
import org.vivarium.testing.TrailFiles;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code audit --verify} on intact and tampered study files (rewritten by {@link TrailFiles} as someone with a ZIP
 * tool could), the refusal to change a study whose trail is broken, and {@code audit --acknowledge}.
 */
class AuditVerifyTest {

    private static final String ALTERED = "altered (its hash does not match its content or the entry before it)";

    @TempDir
    static Path base;
    static Path original;

    @TempDir
    Path dir;

    @BeforeAll
    static void entries() throws Exception {
        original = AuditedStudy.make(base);
    }

    private Path copy() throws Exception {
        return Files.copy(original, dir.resolve("t.vivarium"));
    }

    private static CliRun verify(Path file) {
        return CliRun.of("audit", file.toString(), "--verify");
    }

    @Test
    void anIntactTrailVerifies() {
        CliRun run = verify(original);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("4 entries, chain intact\n");
    }

    @Test
    void anAlteredEntryIsNamed() throws Exception {
        Path file = copy();
        TrailFiles.alterEntry(file, 3, json -> json.replace("scores.csv", "scores2.csv"));
        CliRun run = verify(file);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out().lines().findFirst()).contains(file + ": entry 3: " + ALTERED);
        assertThat(run.err()).startsWith(file + ": the audit trail is broken (4 entries checked, ").contains(
                "--acknowledge --reason R");
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        Path file = copy();
        TrailFiles.deleteEntry(file, 2);
        CliRun run = verify(file);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out().lines().findFirst()).contains(file + ": entry 2 is missing (entry 3 follows entry 1)");
    }

    @Test
    void swappedEntriesAreNamed() throws Exception {
        Path file = copy();
        TrailFiles.swapEntries(file, 2, 3);
        CliRun run = verify(file);
        assertThat(run.code()).isEqualTo(2);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith(file + ": entry 2 ");
        assertThat(lines).anyMatch(l -> l.contains("out of order (entry 2 stands in its place)"));
    }

    @Test
    void aTrailCutShortIsNamed() throws Exception {
        Path file = copy();
        TrailFiles.cutAfter(file, 2);
        CliRun run = verify(file);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(file + ": the audit trail is cut short: it ends after entry 2 without its "
                + "seal\n");
    }

    @Test
    void aMeasurementChangedWithoutAnEntryIsFound() throws Exception {
        Path file = copy();
        TrailFiles.changeStudy(file, study -> {
            Measurement m = Studies.sessions(study).stream().filter(s -> "FST 1 h".equals(s.getName())).findFirst()
                    .orElseThrow().getMeasurements().get(0);
            m.setValue(m.getValue() + 30);
        });
        CliRun run = verify(file);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(file + ": the study was changed without an audit entry (after entry 4)\n");
    }

    @Test
    void aBrokenTrailRefusesChangesUntilItIsAcknowledged() throws Exception {
        Path file = copy();
        TrailFiles.alterEntry(file, 3, json -> json.replace("\"value\"", "\"Value\""));
        byte[] before = Files.readAllBytes(file);
        CliRun add = CliRun.of("animals", "add", file.toString(), "--cohort", "1 h", "--count", "2", "--sex",
                "female");
        assertThat(add.code()).isEqualTo(2);
        assertThat(add.out()).isEqualTo("the audit trail of " + file + " is broken (entry 3: " + ALTERED + "): run "
                + "`vivarium audit " + file + " --verify`, and acknowledge it with `vivarium audit " + file
                + " --acknowledge --reason R` to carry on\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(CliRun.of("import", file.toString(), base.resolve("scores.csv").toString()).code()).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        // reading still works, and says what is wrong
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("\naudit trail: 4 entries, BROKEN: entry 3: " + ALTERED + "; changes are "
                + "refused until it is acknowledged (vivarium audit " + file + " --verify)\n");
        JsonObject json = JsonParser.parseString(CliRun.of("info", file.toString(), "--format", "json").out())
                .getAsJsonObject();
        assertThat(json.get("auditIntact").getAsBoolean()).isFalse();
        assertThat(json.get("modelVersion").getAsString()).isEqualTo("1.3");
        assertThat(CliRun.of("validate", file.toString()).code()).isNotEqualTo(3);

        CliRun noReason = CliRun.of("audit", file.toString(), "--acknowledge");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.out()).startsWith(file + ": a reason is required: ").endsWith("; give --reason R\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        CliRun ack = CliRun.of("audit", file.toString(), "--acknowledge", "--reason", "restored from the backup; "
                + "entry 3 checked against the paper record");
        assertThat(ack.code()).as(ack.out() + ack.err()).isZero();
        assertThat(ack.out()).isEqualTo("acknowledged 1 problem of the audit trail of " + file + " in entry 5 "
                + "(reason: restored from the backup; entry 3 checked against the paper record); the study can be "
                + "changed again\n");
        CliRun still = verify(file);
        assertThat(still.code()).isEqualTo(2);
        assertThat(still.out()).startsWith(file + ": entry 3: " + ALTERED + " (acknowledged: entry 5 by "
                + System.getProperty("user.name") + "@");
        assertThat(still.err()).contains("; acknowledged in entry 5 by ");
        CliRun again = CliRun.of("animals", "add", file.toString(), "--cohort", "1 h", "--count", "2", "--sex",
                "female");
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        assertThat(CliRun.of("audit", file.toString(), "--since", "2000-01-01").out()).contains(
                "  Acknowledge a broken audit trail\n  reason: restored from the backup; entry 3 checked against the "
                        + "paper record\n  acknowledges: entry 3: " + ALTERED + "\n", "  Add 2 animals");
        assertThat(CliRun.of("audit", file.toString(), "--acknowledge", "--reason", "again").code()).isEqualTo(2);
    }

    @Test
    void reRandomisingWithoutAReasonLeavesTheFileAsItWas() throws Exception {
        Path file = copy();
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("randomise", file.toString(), "--cohort", "24 h", "--seed", "1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("needs a reason");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
