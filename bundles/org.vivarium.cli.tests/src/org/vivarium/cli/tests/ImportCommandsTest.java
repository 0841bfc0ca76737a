package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import, template and export commands as a user runs them: exit codes, output lines, unchanged files. */
class ImportCommandsTest {

    @TempDir
    Path dir;

    private Path demo() {
        return CliRun.demo(dir.resolve("d.vivarium"));
    }

    @Test
    void anExportImportsBackAsAllPresentWithExitZero() throws Exception {
        Path study = demo();
        for (String name : new String[] {"all.csv", "all.xlsx"}) {
            Path out = dir.resolve(name);
            CliRun export = CliRun.of("export", study.toString(), out.toString());
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(export.out()).startsWith("wrote " + out + ": ").contains(" measurements");
            byte[] before = Files.readAllBytes(study);
            CliRun again = CliRun.of("import", study.toString(), out.toString());
            assertThat(again.code()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).containsPattern("[\\d,]+ already present, 0 added \\(nothing to change;");
            assertThat(Files.readAllBytes(study)).isEqualTo(before);
        }
    }

    @Test
    void aTemplateImportsWithoutProblems() {
        Path study = demo();
        Path template = dir.resolve("fst.xlsx");
        CliRun made = CliRun.of("template", study.toString(), template.toString(), "--assay", "FST");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("wrote " + template + ": 6 entry sheets (FST 1 h, FST 24 h");
        CliRun imported = CliRun.of("import", study.toString(), template.toString(), "--dry-run");
        assertThat(imported.code()).as(imported.out()).isZero();
        assertThat(imported.out()).contains(template + "!FST 1 h: 80 rows: 0 added, 0 already present; 80 rows "
                + "without values").contains("dry run: ");
    }

    @Test
    void problemsAreListedByCellAndTheStudyIsNotWritten() throws Exception {
        Path study = demo();
        Path csv = dir.resolve("scores.csv");
        Files.writeString(csv, "Animal,Immobility (s),Session\n1H-01,150,FST 1 h\nNOPE,140,FST 1 h\n"
                + "1H-02,999,FST 1 h\n1H-03,abc,FST 1 h\n");
        byte[] before = Files.readAllBytes(study);
        CliRun run = CliRun.of("import", study.toString(), csv.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out().lines()).containsExactly(
                csv + ":scores!A3: unknown animal 'NOPE': the study has no animal with this identifier, blind code or "
                        + "ear tag (use the create option to add animals)",
                csv + ":scores!B4: immobility 999 s is outside the valid range 0-240 s",
                csv + ":scores!B5: 'abc' is not a number");
        assertThat(run.err()).contains("3 problems; nothing imported, " + study + " is unchanged");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
    }

    /** FST.csv, two animals of a roster, and its mapping ovx.json (which creates a measure). */
    private Path roster() throws Exception {
        Path csv = dir.resolve("FST.csv");
        Files.writeString(csv, "BATCH,ANIMAL.ID,STRAIN,TREATMENT,PctImb\n2,24,C57BL/6J,OVX,32.6\n"
                + "10.2,26,CBA/J,SHAM,1.17\n");
        Path mapping = dir.resolve("ovx.json");
        Files.writeString(mapping, """
                {"format": "vivarium-import-mapping", "version": 1,
                 "defaults": {"assay": "FST", "sex": "female"},
                 "columns": [
                   {"header": "BATCH", "role": "ignore"},
                   {"header": "PctImb", "measure": "FST.immobilityPct",
                    "create": {"label": "Immobility", "unit": "%", "minimum": 0, "maximum": 100}}]}
                """);
        return csv;
    }

    @Test
    void aRosterWithAMappingCreatesAnimalsInANewStudy() throws Exception {
        Path study = dir.resolve("n.vivarium");
        assertThat(CliRun.of("new", study.toString(), "--title", "OVX survey").code()).isZero();
        Path csv = roster();
        Path mapping = dir.resolve("ovx.json");
        CliRun run = CliRun.of("import", study.toString(), csv.toString(), "--mapping", mapping.toString(),
                "--create");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 already present, 2 added; created 2 arms, 2 cohorts, 2 animals, 2 sessions, "
                + "1 measure");
        CliRun again = CliRun.of("import", study.toString(), csv.toString(), "--mapping", mapping.toString(),
                "--create");
        assertThat(again.out()).contains("2 already present, 0 added (nothing to change;");
        assertThat(CliRun.of("info", study.toString()).out()).contains("animals       2");
    }

    @Test
    void aFlagWithAValueIsUnderstoodOrRefusedNeverTakenAsSet() throws Exception {
        Path study = dir.resolve("n.vivarium");
        assertThat(CliRun.of("new", study.toString(), "--title", "Flags").code()).isZero();
        Path csv = roster();
        String m = dir.resolve("ovx.json").toString();
        byte[] before = Files.readAllBytes(study);
        CliRun off = CliRun.of("import", study.toString(), csv.toString(), "--mapping", m, "--create=false");
        assertThat(off.code()).as(off.out() + off.err()).isEqualTo(2);
        CliRun without = CliRun.of("import", study.toString(), csv.toString(), "--mapping", m);
        assertThat(without.code()).isEqualTo(2);
        assertThat(off.out()).isEqualTo(without.out());
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
        for (String bad : new String[] {"--create=no", "--create=", "--create=TRUE", "--create=1"}) {
            CliRun refused = CliRun.of("import", study.toString(), csv.toString(), "--mapping", m, bad);
            assertThat(refused.code()).as(bad).isEqualTo(1);
            assertThat(refused.err()).as(bad).contains("option --create is a flag: give --create or --create=true "
                    + "or --create=false, not '" + bad.substring("--create=".length()) + "'");
            assertThat(Files.readAllBytes(study)).isEqualTo(before);
        }
        CliRun dryRunNo = CliRun.of("import", study.toString(), csv.toString(), "--mapping", m, "--create",
                "--dry-run=yes");
        assertThat(dryRunNo.code()).isEqualTo(1);
        assertThat(dryRunNo.err()).contains("option --dry-run is a flag");
        CliRun dry = CliRun.of("import", study.toString(), csv.toString(), "--mapping", m, "--create=true",
                "--dry-run=true");
        assertThat(dry.code()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("dry run: ");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
        CliRun on = CliRun.of("import", study.toString(), csv.toString(), "--mapping", m, "--create=true",
                "--dry-run=false");
        assertThat(on.code()).as(on.out() + on.err()).isZero();
        assertThat(on.out()).doesNotContain("dry run: ");
        assertThat(CliRun.of("info", study.toString()).out()).contains("animals       2");
        for (String[] other : new String[][] {{"bench", "--quick=maybe"}, {"animals", "add", study.toString(),
                "--mixed-cages=on"}, {"randomise", study.toString(), "--no-codes=0"}}) {
            CliRun refused = CliRun.of(other);
            assertThat(refused.code()).as(String.join(" ", other)).isEqualTo(1);
            assertThat(refused.err()).as(String.join(" ", other)).contains(" is a flag: give --");
        }
    }

    @Test
    void usageAndRefusals() throws Exception {
        Path study = demo();
        assertThat(CliRun.of("import", study.toString()).err()).contains("missing the file to import");
        assertThat(CliRun.of("template", study.toString(), dir.resolve("t.csv").toString()).code()).isEqualTo(1);
        assertThat(CliRun.of("export", study.toString(), dir.resolve("t.txt").toString()).code()).isEqualTo(1);
        Path exe = dir.resolve("data.xlsx");
        Files.write(exe, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        CliRun refused = CliRun.of("import", study.toString(), exe.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).isEqualTo(exe + ": a Windows program (.exe/.dll), not a spreadsheet; refused\n");
        CliRun noSuchSheet = CliRun.of("import", study.toString(), dir.resolve("fst.xlsx").toString());
        assertThat(noSuchSheet.out()).contains("no such file");
    }
}
