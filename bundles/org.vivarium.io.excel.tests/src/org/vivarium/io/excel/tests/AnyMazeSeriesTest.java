package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

/**
 * ANY-maze per-test time series (synthetic look-alikes at 25 samples/s): immobility and latency over the window
 * against a direct computation of the generated 0/1 series, Time as seconds or h:mm:ss.sss, the animal from a column
 * or the file name, distance from the positions with the header's unit and centre time for an open field, and a bad
 * cell giving one line and nothing.
 */
class AnyMazeSeriesTest {

    @TempDir
    Path dir;

    /** Time as h:mm:ss.sss. */
    private static String clock(double t) {
        long ms = Math.round(t * 1000);
        return String.format("%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** Lines of a time series: 0-360 s at 25/s; state -1 is written #N/A; x, y on a circle of 0.2 m. */
    private static List<String> series(String first, boolean clock, IntUnaryOperator immobile,
            IntUnaryOperator centre) {
        List<String> lines = new ArrayList<>();
        lines.add((first == null ? "" : "Animal\t") + "Time\tCentre position X (m)\tCentre position Y (m)\tImmobile\t"
                + "In centre");
        for (int i = 0; i < 9001; i++) {
            double t = i / 25.0;
            int s = immobile.applyAsInt(i);
            String pos = i % 97 == 5 ? "#N/A\t#N/A" : x(i) + "\t" + y(i);
            lines.add((first == null ? "" : first + "\t") + (clock ? clock(t) : Double.toString(t)) + "\t" + pos + "\t"
                    + (s < 0 ? "#N/A" : Integer.toString(s)) + "\t" + centre.applyAsInt(i));
        }
        return lines;
    }

    private static double x(int i) {
        return Math.round(0.2 * Math.cos(i / 40.0) * 1e6) / 1e6;
    }

    private static double y(int i) {
        return Math.round(0.2 * Math.sin(i / 40.0) * 1e6) / 1e6;
    }

    @Test
    void timeSeriesGiveImmobilityAndLatencyOverTheWindowWithTheAnimalFromAColumnOrTheFileName() throws Exception {
        int[] d1 = EthoVisionFiles.bouts(11, 9001);
        int[] d2 = EthoVisionFiles.bouts(12, 9001);
        IntUnaryOperator gappy = i -> i % 13 == 0 ? -1 : d2[i];
        Path in = Files.createDirectories(dir.resolve("anymaze"));
        BehaviourLayoutsTest.write(in.resolve("D1.csv"), series(null, false, i -> d1[i], i -> 0));
        BehaviourLayoutsTest.write(in.resolve("test 7.tsv"), series("D2", true, gappy, i -> 0));
        Study study = ImportFixtures.study();
        BehaviourImport behaviour = BehaviourImport.open(in);
        ImportPlan plan = behaviour.plan(study, BehaviourLayoutsTest.session("FST 1 wk"), ImportOptions.DEFAULT,
                new NullProgressMonitor());
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);

        assertThat(behaviour.recognised()).containsOnlyKeys(in.resolve("D1.csv"), in.resolve("test 7.tsv"))
                .containsValues(ExportKind.ANYMAZE_SERIES);
        Measurement m1 = Imports.value(study, "FST 1 wk", "D1", "immobility");
        assertThat(m1.getValue()).isCloseTo(EthoVisionFiles.immobile(i -> d1[i], 9001, 120, 360), within(1e-6));
        assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).isCloseTo(EthoVisionFiles
                .immobile(gappy, 9001, 120, 360), within(1e-6));
        int first = 0;
        while (d1[first] != 1) {
            first++;
        }
        assertThat(Imports.value(study, "FST 1 wk", "D1", "latency").getValue()).isCloseTo(first / 25.0, within(
                1e-9));
        assertThat(m1.getSource()).isEqualTo("D1.csv!D1");
        assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("ANY-maze time series: immobility = "
                + "time with Immobile = 1 in 120-360 s of trial time (the convention: the last 4 of 6 minutes)");
    }

    @Test
    void anOpenFieldGivesDistanceFromThePositionsInTheirUnitAndCentreTime() throws Exception {
        IntUnaryOperator centre = i -> i % 50 < 20 ? 1 : 0;
        Path in = Files.createDirectories(dir.resolve("oft"));
        BehaviourLayoutsTest.write(in.resolve("D1.xlsx"), series(null, false, i -> 0, centre));
        Study study = ImportFixtures.study();
        TestStudies.session(study, "OFT", "OFT 1 wk", study.getCohorts().get(1), 168);
        BehaviourLayoutsTest.apply(in, study, BehaviourLayoutsTest.session("OFT 1 wk"));

        double path = 0;
        double inCentre = 0;
        for (int i = 1; i < 9001; i++) {
            if (i % 97 != 5 && (i - 1) % 97 != 5) {
                path += Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
            }
            inCentre += centre.applyAsInt(i - 1) / 25.0;
        }
        inCentre += centre.applyAsInt(9000) / 25.0; // the last sample holds for the interval before it
        Measurement distance = Imports.value(study, "OFT 1 wk", "D1", "distance");
        assertThat(distance.getValue()).isCloseTo(path * 100, within(1e-3)); // m -> cm
        assertThat(Imports.value(study, "OFT 1 wk", "D1", "centreTime").getValue()).isCloseTo(inCentre, within(
                1e-6));
        assertThat(Imports.session(study, "OFT 1 wk").getScoring()).contains("distance = path of Centre position X "
                + "(m) / Centre position Y (m)");
    }

    @Test
    void aBadStateIsOneLineAndNothingIsImported() throws Exception {
        List<String> lines = series(null, false, i -> 0, i -> 0);
        lines.set(4000, lines.get(4000).replaceFirst("\t0\t0$", "\t0,5\t0"));
        Path in = Files.createDirectories(dir.resolve("bad"));
        BehaviourLayoutsTest.write(in.resolve("D1.tsv"), lines);
        BehaviourLayoutsTest.write(in.resolve("D2.tsv"), series(null, false, i -> 1, i -> 0));
        Study study = ImportFixtures.study();
        ImportPlan plan = BehaviourLayoutsTest.plan(in, study, BehaviourLayoutsTest.session("FST 1 wk"));
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("D1.tsv")
                + ":D1!D4001: '0.5' is not a state (0 or 1)");
        assertThat(Imports.session(study, "FST 1 wk").getMeasurements()).isEmpty();
    }
}
