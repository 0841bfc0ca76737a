package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * {@code import STUDY FOLDER --mapping M.json} with behaviour-room exports (synthetic look-alikes written here): a
 * file that is no export is named and nothing is imported; then all files go in at once into the demo's FST 1 h
 * session (the mapping's default), with immobility computed from the track; importing again adds nothing.
 */
class BehaviourImportCommandTest {

    @TempDir
    Path dir;

    /** An EthoVision XT raw-data text export (UTF-16LE with mark, ';', decimal commas), 6 min at 25 samples/s. */
    private static void ethoVision(Path file, String animal) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_16LE)) {
            w.write('\uFEFF');
            String[][] header = {{"Number of header lines:", "12"}, {"Trial name:", "Trial     1"},
                {"Arena name:", "Arena 1"}, {"Subject name:", "Subject 1"}, {"Mouse ID", animal},
                {"Start time:", "05.12.2026 10:31:09,123"}, {"Trial duration:", "+ 00:06:00,000"}, {"Field:", ""},
                {"Field:", ""}, {"Field:", ""}, {"Trial time", "Distance moved", "Mobility state(Immobile)"},
                {"s", "cm", ""}};
            for (String[] row : header) {
                w.write("\"" + String.join("\";\"", row) + "\"\r\n");
            }
            for (int i = 0; i <= 9000; i++) {
                w.write(String.format(Locale.ROOT, "\"%.2f\";\"0.05\";\"%d\"\r\n", i / 25.0, state(i))
                        .replace('.', ','));
            }
        }
    }

    private static int state(int i) {
        return i >= 1000 && (i / 250) % 2 == 0 ? 1 : 0;
    }

    @Test
    void aFolderOfExportsImportsAllOrNothingAndOnlyOnce() throws Exception {
        Path study = CliRun.demo(dir.resolve("d.vivarium"));
        Path in = Files.createDirectories(dir.resolve("fst 1 h"));
        ethoVision(in.resolve("1h-01.txt"), "1H-01");
        Files.writeString(in.resolve("anymaze.csv"), "Test,Animal,Treatment,Stage,Time immobile (s)\n"
                + "1,1H-02,,,95.5\n");
        Files.writeString(in.resolve("boris.tsv"), "Observation id\tMouse ID\tSubject\tBehavior\tBehavior type\tTime\n"
                + "o3\t1H-03\t\tImmobility\tSTART\t150.5\no3\t1H-03\t\tImmobility\tSTOP\t210.5\n");
        Files.writeString(in.resolve("readme.md"), "# FST 1 h\nScored by video.\n");
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"format\": \"vivarium-import-mapping\", \"version\": 1, "
                + "\"defaults\": {\"session\": \"FST 1 h\"}}");
        byte[] before = Files.readAllBytes(study);

        CliRun refused = CliRun.of("import", study.toString(), in.toString(), "--mapping", mapping.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out().lines()).containsExactly(in.resolve("readme.md") + ": not a behaviour export "
                + "Vivarium recognises (EthoVision XT raw data or statistics, ANY-maze results or time series, BORIS "
                + "events or aggregated events, ezTrack freezing output or batch summary); take it out of the folder "
                + "or import it on its own");
        assertThat(refused.err()).contains("1 problem; nothing imported, " + study + " is unchanged");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);

        Files.delete(in.resolve("readme.md"));
        CliRun run = CliRun.of("import", study.toString(), in.toString(), "--mapping", mapping.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(in.resolve("1h-01.txt") + ": EthoVision XT raw data",
                in.resolve("anymaze.csv") + ": ANY-maze results", in.resolve("boris.tsv") + ": BORIS events",
                "imported into " + study + ": 0 already present, 5 added");

        Study saved = FolderStudyStore.containing(study).read(FolderStudyStore.nameOf(study)).study();
        AssaySession fst = Studies.sessions(saved).stream().filter(s -> s.getName().equals("FST 1 h")).findFirst()
                .orElseThrow();
        double expected = 0;
        for (int i = 0; i <= 9000; i++) {
            expected += state(i) == 1 && i >= 3000 && i < 9000 ? 0.04 : 0;
        }
        assertThat(value(fst, "1H-01", "immobility").getValue()).isCloseTo(expected, within(1e-6));
        assertThat(value(fst, "1H-01", "immobility").getSource()).isEqualTo("1h-01.txt!1h-01!Trial 1, Arena 1, "
                + "Subject 1");
        assertThat(value(fst, "1H-01", "latency").getValue()).isEqualTo(40.0);
        assertThat(value(fst, "1H-02", "immobility").getValue()).isEqualTo(95.5);
        assertThat(value(fst, "1H-03", "immobility").getValue()).isEqualTo(60.0);
        assertThat(fst.getScoring()).contains("120-360 s of trial time", "ANY-maze results", "BORIS events");

        byte[] once = Files.readAllBytes(study);
        CliRun again = CliRun.of("import", study.toString(), in.toString(), "--mapping", mapping.toString());
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("5 already present, 0 added (nothing to change;");
        assertThat(Files.readAllBytes(study)).isEqualTo(once);
    }

    @Test
    void quickBehaviourBenchmarkPrintsTheRatioToABareRead() {
        CliRun bench = CliRun.of("bench", "import-behaviour", "--quick");
        assertThat(bench.out()).as(bench.err()).contains("files: 10 EthoVision XT raw workbooks of 9,001 samples")
                .contains("bare POI streaming read of the workbooks").contains("vivarium import, immobility computed")
                .contains("0 already present, 20 added").contains("goal (within 1.5x of the bare read): ");
    }

    private static Measurement value(AssaySession s, String animal, String measure) {
        return s.getMeasurements().stream().filter(m -> m.getAnimal().getId().equals(animal) && m.getMeasure()
                .getName().equals(measure)).findFirst().orElseThrow(() -> new AssertionError("no " + measure
                        + " of " + animal));
    }
}
