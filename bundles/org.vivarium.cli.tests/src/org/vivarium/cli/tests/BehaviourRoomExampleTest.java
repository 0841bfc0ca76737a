package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * The done-when on the command line: {@code demo OUT --example behaviour-room}, then a folder of EthoVision XT
 * workbooks for FST 24 h (with its mapping), an ANY-maze results CSV and a BORIS export each import; immobility and
 * latency to immobility are those computed here independently from the files (the workbooks read with POI), their
 * sources name file, sheet and track; importing again adds nothing.
 */
class BehaviourRoomExampleTest {

    @TempDir
    Path dir;

    @Test
    void theExampleExportsImportIntoTheDemoWithValuesTraceableToTheirFiles() throws Exception {
        Path study = dir.resolve("new folder").resolve("room.vivarium");
        Path exports = dir.resolve("new folder").resolve("room exports");
        CliRun demo = CliRun.of("demo", study.toString(), "--example", "behaviour-room");
        assertThat(demo.code()).as(demo.out() + demo.err()).isZero();
        Path fstFolder = exports.resolve("FST 24 h");
        Path mapping = exports.resolve("FST 24 h.mapping.json");
        Path anyMaze = exports.resolve("FST 1 h ANY-maze.csv");
        Path boris = exports.resolve("FST 1 h BORIS.tsv");
        assertThat(demo.out()).contains("wrote " + study + ": behaviour-room example KET-BCI-DEMO (seed 42): the demo "
                + "study without the values of FST 24 h", "wrote " + exports + ": look-alike exports",
                "EthoVision XT raw data: 20 workbooks (a trial of 4 arenas each), 80 tracks",
                "ANY-maze results: 40 tests of FST 1 h", "BORIS events: 40 observations of FST 1 h",
                "./vivarium import \"" + study + "\" \"" + fstFolder + "\" --mapping \"" + mapping + "\"\n",
                "./vivarium import \"" + study + "\" \"" + anyMaze + "\"\n",
                "./vivarium import \"" + study + "\" \"" + boris + "\"\n");
        try (Stream<Path> s = Files.list(exports.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no partial folder left").noneMatch(n -> n
                    .startsWith(".room exports"));
        }
        assertThat(Files.readString(mapping)).contains("\"session\": \"FST 24 h\"");
        assertThat(session(read(study), "FST 24 h").getMeasurements()).isEmpty();

        List<List<String>> imports = List.of(List.of("import", study.toString(), fstFolder.toString(), "--mapping",
                mapping.toString()), List.of("import", study.toString(), anyMaze.toString()), List.of("import", study
                        .toString(), boris.toString()));
        List<String> added = List.of("0 already present, 160 added", "0 already present, 80 added",
                "0 already present, 80 added");
        for (int i = 0; i < imports.size(); i++) {
            CliRun run = CliRun.of(imports.get(i).toArray(String[]::new));
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains(added.get(i));
        }

        Study saved = read(study);
        fst24h(saved, fstFolder);
        anyMaze(session(saved, "FST 1 h"), anyMaze);
        boris(session(saved, "FST 1 h"), boris);

        byte[] once = Files.readAllBytes(study);
        for (List<String> command : imports) {
            CliRun again = CliRun.of(command.toArray(String[]::new));
            assertThat(again.code()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).contains("already present, 0 added (nothing to change;");
        }
        assertThat(Files.readAllBytes(study)).isEqualTo(once);
    }

    @Test
    void anExistingExportsFolderIsRefusedAndNothingIsWritten() throws Exception {
        Path study = dir.resolve("r.vivarium");
        Path exports = Files.createDirectories(dir.resolve("r exports"));
        CliRun run = CliRun.of("demo", study.toString(), "--example", "behaviour-room");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("the exports folder " + exports + " exists; move it away or choose another "
                + "study file");
        assertThat(study).doesNotExist();
        assertThat(exports).isEmptyDirectory();
    }

    /** Every active 24 h animal has immobility and latency as computed from its track, sourced to file!sheet!track. */
    private static void fst24h(Study saved, Path folder) throws Exception {
        AssaySession fst = session(saved, "FST 24 h");
        Map<String, Integer> tracked = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(20).allSatisfy(f -> assertThat(f.getFileName().toString()).matches(
                "Raw data-FST 24 h-Trial +\\d+\\.xlsx"));
        for (Path f : files) {
            List<String> sheets = new ArrayList<>();
            List<TrackSheets.Track> tracks = TrackSheets.read(f, sheets);
            assertThat(sheets).containsExactly("Track-Arena 1-Subject 1", "Track-Arena 2-Subject 1",
                    "Track-Arena 3-Subject 1", "Track-Arena 4-Subject 1", "Trial Control-Arena 1",
                    "Trial Control-Arena 2", "Trial Control-Arena 3", "Trial Control-Arena 4");
            for (TrackSheets.Track t : tracks) {
                assertThat(t.header()).containsEntry("Number of header lines", "38").containsEntry("Subject ID", "0")
                        .containsEntry("Arena ID", Integer.toString(tracks.indexOf(t))).containsEntry(
                                "Trial duration", "+ 00:06:00.000").containsEntry("Subject name", "Subject 1");
                assertThat(t.header().get("Trial name")).matches("Trial +\\d+").hasSize(11);
                String animal = t.header().get("Mouse ID");
                String track = t.header().get("Trial name").replaceAll("\\s+", " ") + ", " + t.header().get(
                        "Arena name") + ", " + t.header().get("Subject name");
                String source = f.getFileName() + "!" + t.sheet() + "!" + track;
                Measurement immobility = value(fst, animal, "immobility");
                assertThat(immobility.getValue()).as(source).isCloseTo(t.immobility(), within(1e-6));
                assertThat(immobility.getSource()).isEqualTo(source);
                Measurement latency = value(fst, animal, "latency");
                assertThat(latency.getValue()).as(source).isCloseTo(t.latency(), within(1e-9));
                assertThat(latency.getSource()).isEqualTo(source);
                tracked.merge(animal, 1, Integer::sum);
            }
        }
        List<String> active = fst.getCohort().getAnimals().stream().filter(a -> a.getStatus() == AnimalStatus.ACTIVE)
                .map(Animal::getId).toList();
        assertThat(active).hasSize(80);
        assertThat(tracked).containsOnlyKeys(active).allSatisfy((a, n) -> assertThat(n).as(a).isEqualTo(1));
        assertThat(fst.getMeasurements()).hasSize(160);
        assertThat(fst.getScoring()).contains("120-360 s of trial time");
    }

    private static void anyMaze(AssaySession fst, Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("Test,Animal,Treatment,Stage,");
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            String animal = v[1];
            assertThat(v[2]).as("the demo's treatments are not coded").matches("(VEH|KET)\\+(VEH|BCI)");
            Measurement m = value(fst, animal, "immobility");
            assertThat(m.getValue()).isEqualTo(Double.parseDouble(v[header.indexOf("Time immobile (s)")]));
            assertThat(m.getSource()).isEqualTo(file.getFileName() + "!" + sheet(file) + "!Test " + v[0]);
            assertThat(value(fst, animal, "latency").getValue()).isEqualTo(Double.parseDouble(v[header.indexOf(
                    "Latency to immobility (s)")]));
        }
        assertThat(lines).hasSize(41);
    }

    /** Immobility = the Immobility states clipped to 120-360 s; latency = the first START, computed here. */
    private static void boris(AssaySession fst, Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split("\t"));
        int animalColumn = header.indexOf("Mouse ID");
        Map<String, double[]> scores = new HashMap<>(); // immobility, latency, open START
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split("\t", -1);
            if (!v[header.indexOf("Behavior")].equals("Immobility")) {
                continue;
            }
            double[] s = scores.computeIfAbsent(v[animalColumn], k -> new double[] {0, Double.NaN, Double.NaN});
            double t = Double.parseDouble(v[header.indexOf("Time")]);
            if (v[header.indexOf("Behavior type")].equals("START")) {
                s[2] = t;
                s[1] = Double.isNaN(s[1]) ? t : s[1];
            } else {
                s[0] += Math.max(0, Math.min(t, 360) - Math.max(s[2], 120));
            }
        }
        assertThat(scores).hasSize(40);
        scores.forEach((animal, s) -> {
            Measurement m = value(fst, animal, "immobility");
            assertThat(m.getValue()).as(animal).isCloseTo(s[0], within(1e-6));
            assertThat(m.getSource()).isEqualTo(file.getFileName() + "!" + sheet(file) + "!FST 1 h " + animal
                    + "/No focal subject");
            assertThat(value(fst, animal, "latency").getValue()).as(animal).isEqualTo(s[1]);
        });
        assertThat(fst.getMeasurements()).hasSize(160);
    }

    /** The sheet name Vivarium gives a text file: its name without extension. */
    private static String sheet(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Study read(Path study) throws Exception {
        return FolderStudyStore.containing(study).read(FolderStudyStore.nameOf(study)).study();
    }

    private static AssaySession session(Study study, String name) {
        return Studies.sessions(study).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Measurement value(AssaySession s, String animal, String measure) {
        return s.getMeasurements().stream().filter(m -> m.getAnimal().getId().equals(animal) && m.getMeasure()
                .getName().equals(measure)).findFirst().orElseThrow(() -> new AssertionError("no " + measure
                        + " of " + animal + " in " + s.getName()));
    }
}
