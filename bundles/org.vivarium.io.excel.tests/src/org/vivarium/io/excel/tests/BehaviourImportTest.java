package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * Behaviour-room exports (synthetic look-alikes written here) imported into {@link ImportFixtures#study()}: the
 * immobility computed from the tracks against a direct computation over the generated 0/1 series, the version and
 * language differences, and hostile files (nothing imported, one line each).
 */
class BehaviourImportTest {

    @TempDir
    Path dir;

    private static ImportMapping session(String name) {
        return new ImportMapping(null, null, true, Map.of(ColumnRole.SESSION, name), List.of(), Map.of(), Set.of());
    }

    private static ImportPlan plan(Path input, Study study, ImportMapping mapping) throws ImportException {
        return BehaviourImport.open(input).plan(study, mapping, ImportOptions.DEFAULT, new NullProgressMonitor());
    }

    private static ImportPlan apply(Path input, Study study, ImportMapping mapping) throws ImportException {
        ImportPlan plan = plan(input, study, mapping);
        assertThat(plan.problems()).as("problems").isEmpty();
        plan.applyTo(study);
        return plan;
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void ethoVisionWorkbooksOfAFolderGiveImmobilityAndLatencyOverTheLastFourMinutes() throws Exception {
        int[] d1 = EthoVisionFiles.bouts(1, 9001);
        int[] d2 = EthoVisionFiles.bouts(2, 9001);
        Path in = folder("fst");
        new EthoVisionFiles("D1", i -> d1[i]).xlsx(in.resolve("d1.xlsx"));
        EthoVisionFiles older = new EthoVisionFiles("D2", i -> d2[i]);
        older.headerLines = 36;
        older.zoneColumn = "In zone(Center / center-point)";
        older.immobileColumn = "mobility state(immobile)";
        older.xlsx(in.resolve("d2.xlsx"));
        Study study = ImportFixtures.study();

        ImportPlan plan = apply(in, study, session("FST 1 wk"));

        assertThat(plan.added()).isEqualTo(4);
        Measurement m1 = Imports.value(study, "FST 1 wk", "D1", "immobility");
        assertThat(m1.getValue()).isCloseTo(EthoVisionFiles.immobile(i -> d1[i], 9001, 120, 360), within(1e-6));
        assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(i -> d2[i], 9001, 120, 360), within(1e-6));
        assertThat(Imports.value(study, "FST 1 wk", "D1", "latency").getValue()).isEqualTo(30.0);
        assertThat(m1.getSource()).isEqualTo("d1.xlsx!Track-Arena 1-Subject 1!Trial 1, Arena 1, Subject 1");
        assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("EthoVision XT raw data",
                "120-360 s of trial time (the convention: the last 4 of 6 minutes)", "Mobility state(Immobile) = 1");

        ImportPlan again = plan(in, study, session("FST 1 wk"));
        assertThat(again.problems()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.present()).isEqualTo(4);
        assertThat(again.isEmpty()).isTrue();
    }

    @Test
    void aSessionsOwnWindowIsUsed() throws Exception {
        int[] d1 = EthoVisionFiles.bouts(3, 9001);
        Path in = folder("window");
        new EthoVisionFiles("D1", i -> d1[i]).xlsx(in.resolve("d1.xlsx"));
        Study study = ImportFixtures.study();
        Imports.session(study, "FST 1 wk").setAnalysisStartSeconds(60.0);
        Imports.session(study, "FST 1 wk").setAnalysisEndSeconds(300.0);

        apply(in, study, session("FST 1 wk"));

        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(i -> d1[i], 9001, 60, 300), within(1e-6));
        assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("60-300 s of trial time (set on session "
                + "FST 1 wk)");
    }

    @Test
    void withoutANamedSessionTheLatencyComesFromTheForcedSwimTheAnimalIsTestedIn() throws Exception {
        int[] d1 = EthoVisionFiles.bouts(4, 9001);
        Path in = folder("found");
        new EthoVisionFiles("D1", i -> d1[i]).xlsx(in.resolve("d1.xlsx"));
        Study study = ImportFixtures.study();

        ImportPlan plan = apply(in, study, ImportMapping.AUTOMATIC);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).isEqualTo(2);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(i -> d1[i], 9001, 120, 360), within(1e-6));
        int first = 0;
        while (d1[first] != 1) {
            first++;
        }
        assertThat(Imports.value(study, "FST 1 wk", "D1", "latency").getValue()).isEqualTo(first / 25.0);
    }

    @Test
    void aSessionsOwnWindowUnknownWhileReadingIsAProblem() throws Exception {
        Path in = folder("late");
        new EthoVisionFiles("D1", i -> i > 4000 ? 1 : 0).xlsx(in.resolve("d1.xlsx"));
        Study study = ImportFixtures.study();
        Imports.session(study, "FST 1 wk").setAnalysisStartSeconds(60.0);
        Imports.session(study, "FST 1 wk").setAnalysisEndSeconds(300.0);

        ImportPlan plan = plan(in, study, ImportMapping.AUTOMATIC);

        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("d1.xlsx")
                + ":Track-Arena 1-Subject 1!B8: session FST 1 wk is scored over its own window (60-300 s of trial "
                + "time), but this export was read with 120-360 s because the session was not known while reading: "
                + "name it in the mapping's defaults (\"session\": \"FST 1 wk\") or in the export");
    }

    @Test
    void textExportsInUtf16WithAndWithoutMarkInGermanAndInAnsiAreRead() throws Exception {
        int[] d1 = EthoVisionFiles.bouts(4, 9001);
        int[] d2 = EthoVisionFiles.bouts(5, 9001);
        int[] a1 = EthoVisionFiles.bouts(6, 9001);
        Path in = folder("text");
        EthoVisionFiles german = new EthoVisionFiles("D1", i -> d1[i]);
        german.german = true;
        german.animalKey = "Tier-ID";
        german.text(in.resolve("d1.txt"), StandardCharsets.UTF_16LE, true, ";", true);
        new EthoVisionFiles("D2", i -> d2[i]).text(in.resolve("d2.txt"), StandardCharsets.UTF_16LE, false, ";", true);
        EthoVisionFiles blind = new EthoVisionFiles("QX7", i -> a1[i]);
        blind.animalKey = "Blind code";
        blind.extra.add(new String[] {"Session", "TST 24 h"});
        blind.text(in.resolve("qx7.txt"), Charset.forName("windows-1252"), false, "\t", false);
        Study study = ImportFixtures.study();

        BehaviourImport behaviour = BehaviourImport.open(in);
        ImportPlan plan = behaviour.plan(study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT,
                new NullProgressMonitor());
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);

        assertThat(behaviour.recognised()).containsValues(ExportKind.ETHOVISION_RAW).hasSize(3);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(i -> d1[i], 9001, 120, 360), within(1e-6));
        assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(i -> d2[i], 9001, 120, 360), within(1e-6));
        assertThat(Imports.value(study, "TST 24 h", "A1", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(i -> a1[i], 9001, 120, 360), within(1e-6));
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getSource()).isEqualTo(
                "d1.txt!d1!Trial 1, Arena 1, Subject 1");
    }

    @Test
    void missingSamplesCountAsNeitherAndATrackWithoutAnyStateIsAProblem() throws Exception {
        int[] d1 = EthoVisionFiles.bouts(7, 9001);
        IntUnaryOperator gappy = i -> i % 7 == 0 ? -1 : d1[i];
        Path in = folder("missing");
        new EthoVisionFiles("D1", gappy).text(in.resolve("d1.txt"), StandardCharsets.UTF_8, false, ";", true);
        Study study = ImportFixtures.study();
        BehaviourImport behaviour = BehaviourImport.open(in);
        ImportPlan plan = behaviour.plan(study, session("FST 1 wk"), ImportOptions.DEFAULT,
                new NullProgressMonitor());
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(gappy, 9001, 120, 360), within(1e-6));
        assertThat(behaviour.notes()).anySatisfy(n -> assertThat(n).contains("samples without a mobility state"));

        new EthoVisionFiles("D2", i -> -1).text(in.resolve("d2.txt"), StandardCharsets.UTF_8, false, ";", true);
        ImportPlan refused = plan(in, ImportFixtures.study(), session("FST 1 wk"));
        assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("d2.txt")
                + ":d2!H37: no sample in 120-360 s of trial time (the convention: the last 4 of 6 minutes) has a "
                + "mobility state (9001 of 9001 samples are missing, '-')");
    }

    @Test
    void aTrackOfAMillionSamplesIsScoredAsItStreams() throws Exception {
        IntUnaryOperator state = i -> (i / 100) % 3 == 0 ? 1 : 0;
        Path in = folder("long");
        EthoVisionFiles big = new EthoVisionFiles("D1", state);
        big.samples = 1_000_000;
        big.text(in.resolve("d1.txt"), StandardCharsets.UTF_8, false, ";", false);
        Study study = ImportFixtures.study();
        Runtime rt = Runtime.getRuntime();
        long start = System.nanoTime();
        apply(in, study, session("FST 1 wk"));
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(state, 1_000_000, 120, 360), within(1e-6));
        System.out.printf("1,000,000 samples: %.2f s, heap in use %d MB%n", (System.nanoTime() - start) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    @Test
    void hostileFilesAreRefusedOneLineEachAndNothingIsImported() throws Exception {
        Path in = folder("hostile");
        new EthoVisionFiles("D1", i -> 1).xlsx(in.resolve("good.xlsx"));
        byte[] zip = Files.readAllBytes(in.resolve("good.xlsx"));
        Files.write(in.resolve("damaged.xlsx"), java.util.Arrays.copyOf(zip, zip.length / 3));
        Files.writeString(in.resolve("notes.txt"), "FST day 1: all fine\nno scores here\n");
        EthoVisionFiles wrong = new EthoVisionFiles("D2", i -> 0);
        wrong.quoted = false;
        wrong.text(in.resolve("wrong.txt"), StandardCharsets.UTF_8, false, ",", true);
        Files.writeString(in.resolve("pose.csv"), "scorer,DLC_resnet50,DLC_resnet50\nbodyparts,nose,nose\n"
                + "coords,x,y\n0,10.5,20.25\n");
        Study study = ImportFixtures.study();

        ImportPlan plan = plan(in, study, session("FST 1 wk"));

        List<String> lines = plan.problems().stream().map(ImportProblem::toString).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(in.resolve("damaged.xlsx") + ": ");
        assertThat(lines.get(1)).isEqualTo(in.resolve("notes.txt") + ": not a behaviour export Vivarium recognises "
                + "(EthoVision XT raw data or statistics, ANY-maze results or time series, BORIS events or "
                + "aggregated events, ezTrack freezing output or batch summary); take it out of "
                + "the folder or import it on its own");
        assertThat(lines.get(2)).startsWith(in.resolve("pose.csv") + ": a DeepLabCut pose file").contains(
                "needs a frame rate and a scoring model");
        assertThat(lines.get(3)).isEqualTo(in.resolve("wrong.txt") + ":wrong!I39: the sample has 13 fields but the "
                + "header names 8 columns: is the delimiter right (decimal commas in a comma-separated file)?");
        assertThat(plan.hasProblems()).isTrue();
        assertThat(Imports.session(study, "FST 1 wk").getMeasurements()).isEmpty();
    }

    @Test
    void problemsFollowTheFilesAndATrackIsNamedOnce() throws Exception {
        Path in = folder("order");
        new EthoVisionFiles("D1", i -> i > 4000 ? 1 : 0).xlsx(in.resolve("a-d1.xlsx"));
        new EthoVisionFiles("NOPE", i -> i > 4000 ? 1 : 0).xlsx(in.resolve("b-nope.xlsx"));
        Files.writeString(in.resolve("c.csv"), "Test,Animal,Time immobile (s)\n1,D1,100\n");
        ImportPlan plan = plan(in, ImportFixtures.study(), session("FST 1 wk"));
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(
                in.resolve("b-nope.xlsx") + ":Track-Arena 1-Subject 1!B8: unknown animal 'NOPE': the study has no "
                        + "animal with this identifier, blind code or ear tag (use the create option to add animals)",
                in.resolve("c.csv") + ":c!B2: a second value for animal D1, immobility in session FST 1 wk (the first "
                        + "is from a-d1.xlsx!Track-Arena 1-Subject 1!Trial 1, Arena 1, Subject 1)");
    }

    @Test
    void anyMazeResultsGiveTheMeasuresTheStudyHas() throws Exception {
        Path in = folder("anymaze");
        Files.writeString(in.resolve("results.csv"), "Test,Animal,Treatment,Stage,Time immobile (s),Distance (m),"
                + "Centre : time (s)\n1,D1,KET,FST 1 wk,101.5,12.5,30\n2,D2,KET,FST 1 wk,88,11,20\n");
        Study study = ImportFixtures.study();
        ImportPlan plan = apply(in, study, ImportMapping.AUTOMATIC);
        assertThat(plan.added()).isEqualTo(2);
        Measurement m = Imports.value(study, "FST 1 wk", "D1", "immobility");
        assertThat(m.getValue()).isEqualTo(101.5);
        assertThat(m.getSource()).isEqualTo("results.csv!results!Test 1");
        assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("ANY-maze results: 'Time immobile (s)'");
    }

    @Test
    void borisEventsOfVersion8AndVersion7GiveDurationsInTheWindowAndLatencies() throws Exception {
        Path in = folder("boris");
        Files.writeString(in.resolve("v8.tsv"), String.join("\n",
                "Observation id\tObservation date\tDescription\tMouse ID\tSubject\tBehavior\tBehavioral category"
                        + "\tBehavior type\tTime",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTART\t100.000",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tClimbing\t\tPOINT\t130.000",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTOP\t150.000",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTART\t200.000",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTOP\t260.000") + "\n");
        Files.writeString(in.resolve("v7.csv"), String.join("\n",
                "Observation id,obs2", "Observation date,2026-12-05", "Description,", "Time offset (s),0.000",
                "Mouse ID,D2", "",
                "Time,Media file path,Total length,FPS,Subject,Behavior,Behavioral category,Comment,Status",
                "110.0,d2.mp4,360,25,,Immobility,,,START", "130.0,d2.mp4,360,25,,Immobility,,,STOP",
                "300.0,d2.mp4,360,25,,Immobility,,,START", "400.0,d2.mp4,360,25,,Immobility,,,STOP") + "\n");
        Study study = ImportFixtures.study();
        BehaviourImport behaviour = BehaviourImport.open(in);
        ImportPlan plan = behaviour.plan(study, session("FST 1 wk"), ImportOptions.DEFAULT,
                new NullProgressMonitor());
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isEqualTo(30.0 + 60.0);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "latency").getValue()).isEqualTo(100.0);
        assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).isEqualTo(10.0 + 60.0);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getSource()).isEqualTo(
                "v8.tsv!v8!obs1/No focal subject");
        assertThat(behaviour.notes()).anySatisfy(n -> assertThat(n).contains("Climbing"));
    }

    @Test
    void ezTrackFreezingOutputIsImmobilityInTheWindow() throws Exception {
        Path in = folder("eztrack");
        StringBuilder b = new StringBuilder("File,FPS,Threshold,MinDuration,Frame,Motion,Freezing\n");
        for (int f = 0; f < 9000; f++) {
            b.append("D1.avi,25,20,50,").append(f).append(",3,").append(f >= 4000 && f < 5000 ? 100 : 0).append('\n');
        }
        Files.writeString(in.resolve("D1_FreezingOutput.csv"), b);
        Study study = ImportFixtures.study();
        apply(in, study, session("FST 1 wk"));
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo(40.0, within(1e-6));
    }
}
