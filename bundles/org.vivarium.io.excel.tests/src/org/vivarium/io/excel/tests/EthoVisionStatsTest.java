package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * EthoVision XT statistics exports (synthetic look-alikes): four or three header rows over one row per track, columns
 * named by their joined header text (also in a mapping), per-track time bins summed over the analysis window, and
 * refusals: bins off the window, per-group rows, a bad cell - one line each, nothing imported.
 */
class EthoVisionStatsTest {

    @TempDir
    Path dir;

    private static final String[] HEADER = {
        "Trial\tArena\tSubject\tMouse ID\tMobility state\tMobility state\tDistance moved\tVelocity",
        "\t\t\t\tImmobile\tImmobile\tCenter-point\tCenter-point",
        "\t\t\t\tCumulative Duration\tLatency to First\tTotal\tMean",
        "\t\t\t\ts\ts\tcm\tcm/s"};

    private static List<String> stats(boolean units, String... rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER).subList(0, units ? 4 : 3));
        lines.addAll(List.of(rows));
        return lines;
    }

    @Test
    void statisticsPerTrackGiveEthoVisionsOwnImmobilityAndLatencyWithFourOrThreeHeaderRows() throws Exception {
        for (String name : new String[] {"stats.xlsx", "stats.txt"}) {
            Path in = Files.createDirectories(dir.resolve(name.replace('.', '-')));
            BehaviourLayoutsTest.write(in.resolve(name), stats(name.endsWith(".xlsx"),
                    "Trial     1\tArena 1\tSubject 1\tD1\t131.24\t42.5\t1520.3\t4.2",
                    "Trial     2\tArena 1\tSubject 1\tD2\t98.5\t61.04\t1733.0\t4.8"));
            Study study = ImportFixtures.study();
            BehaviourImport behaviour = BehaviourImport.open(in);
            ImportPlan plan = behaviour.plan(study, BehaviourLayoutsTest.session("FST 1 wk"), ImportOptions.DEFAULT,
                    new NullProgressMonitor());
            assertThat(plan.problems()).as(name).isEmpty();
            plan.applyTo(study);
            assertThat(behaviour.recognised()).containsValue(ExportKind.ETHOVISION_STATS);
            assertThat(plan.added()).isEqualTo(4);
            Measurement m = Imports.value(study, "FST 1 wk", "D1", "immobility");
            assertThat(m.getValue()).isEqualTo(131.24);
            assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).isEqualTo(98.5);
            assertThat(Imports.value(study, "FST 1 wk", "D2", "latency").getValue()).isEqualTo(61.04);
            assertThat(m.getSource()).isEqualTo(name + "!" + (name.endsWith(".xlsx") ? "Sheet1" : "stats")
                    + "!Trial 1, Arena 1, Subject 1");
            assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("EthoVision XT statistics: 'Mobility "
                    + "state Immobile Cumulative Duration" + (name.endsWith(".xlsx") ? " s" : "") + "' as EthoVision "
                    + "XT computed it (window and filters as set in its analysis profile)");
            assertThat(behaviour.notes()).anySatisfy(n -> assertThat(n).contains("Velocity Center-point Mean"));
        }
    }

    @Test
    void aMappingNamesAColumnByItsJoinedHeaderText() throws Exception {
        Path in = Files.createDirectories(dir.resolve("mapped"));
        BehaviourLayoutsTest.write(in.resolve("stats.csv"), List.of("Trial\tSubject\tMouse ID\tFloating",
                "\t\t\tCumulative Duration", "\t\t\ts", "Trial 1\tSubject 1\tD1\t77.5"));
        ImportMapping mapping = new ImportMapping(null, null, true, Map.of(ColumnRole.SESSION, "FST 1 wk"), List.of(
                ImportMapping.ColumnSpec.measure("Floating Cumulative Duration s", "FST.immobility")), Map.of(),
                Set.of());
        Study study = ImportFixtures.study();
        BehaviourLayoutsTest.apply(in, study, mapping);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isEqualTo(77.5);
    }

    @Test
    void timeBinsAreSummedOverTheWindowAndBinsOffTheWindowAreAProblem() throws Exception {
        String h = "Trial\tArena\tSubject\tMouse ID\tTime bin\tMobility state\tMobility state\n"
                + "\t\t\t\t\tImmobile\tImmobile\n\t\t\t\t\tCumulative Duration\tLatency to First\n\t\t\t\t\ts\ts";
        double[] d1 = {12.5, 40.0, 71.25};
        List<String> lines = new ArrayList<>(List.of(h.split("\n")));
        String[] bins = {"0-120", "120-240", "240-360"};
        for (int i = 0; i < 3; i++) {
            lines.add("Trial 1\tArena 1\tSubject 1\tD1\t" + bins[i] + "\t" + d1[i] + "\t" + (i == 0 ? "30" : "0"));
        }
        Path in = Files.createDirectories(dir.resolve("bins"));
        BehaviourLayoutsTest.write(in.resolve("bins.tsv"), lines);
        Study study = ImportFixtures.study();
        BehaviourImport behaviour = BehaviourImport.open(in);
        ImportPlan plan = behaviour.plan(study, BehaviourLayoutsTest.session("FST 1 wk"), ImportOptions.DEFAULT,
                new NullProgressMonitor());
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isEqualTo(d1[1] + d1[2]);
        assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("summed over the time bins that make up "
                + "120-360 s of trial time");
        assertThat(behaviour.notes()).anySatisfy(n -> assertThat(n).contains("per time bin is not a latency"));

        lines.set(4, lines.get(4).replace("0-120", "0:00:00-0:03:00"));
        lines.set(5, lines.get(5).replace("120-240", "0:03:00-0:04:00"));
        BehaviourLayoutsTest.write(in.resolve("bins.tsv"), lines);
        assertThat(BehaviourLayoutsTest.plan(in, ImportFixtures.study(), BehaviourLayoutsTest.session("FST 1 wk"))
                .problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("bins.tsv") + ":bins!D5: "
                        + "the time bins of Trial 1, Arena 1, Subject 1 (0-180 s, 180-240 s, 240-360 s) do not make up "
                        + "the analysis window 120-360 s of trial time (the convention: the last 4 of 6 minutes); "
                        + "export bins whose bounds fall on the window");
    }

    @Test
    void perGroupRowsAndBadCellsAreOneLineAndNothingIsImported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("group"));
        BehaviourLayoutsTest.write(in.resolve("group.tsv"), stats(true,
                "Trial 1\tArena 1\tSubject 1\tD1\t131.24\t42.5\t1520.3\t4.2",
                "\t\t\t\t101.0\t50.1\t1600.0\t4.4"));
        Study study = ImportFixtures.study();
        assertThat(BehaviourLayoutsTest.plan(in, study, BehaviourLayoutsTest.session("FST 1 wk")).problems())
                .extracting(ImportProblem::toString).containsExactly(in.resolve("group.tsv") + ":group!D6: a per-group "
                        + "row (no animal in 'Mouse ID'): group statistics are not measurements of animals; export the "
                        + "statistics per track");

        BehaviourLayoutsTest.write(in.resolve("group.tsv"), stats(true,
                "Trial 1\tArena 1\tSubject 1\tD1\t131.24\t42.5\t1520.3\t4.2",
                "Trial 2\tArena 1\tSubject 1\tD2\t9 8.5\t61.04\t1733.0\t4.8"));
        ImportPlan plan = BehaviourLayoutsTest.plan(in, study, BehaviourLayoutsTest.session("FST 1 wk"));
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("group.tsv")
                + ":group!E6: '9 8.5' is not a number");
        assertThat(Imports.session(study, "FST 1 wk").getMeasurements()).isEmpty();
    }
}
