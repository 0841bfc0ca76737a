package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.model.Study;

/**
 * ezTrack exports (synthetic look-alikes of what its FreezeAnalysis writes): the batch summary's bins summed over the
 * window against the generated percentages, bins off the window, the later column names of the per-frame output, and
 * files without FPS or with a bad cell - one line each, nothing imported.
 */
class EzTrackExportsTest {

    private static final ImportMapping FST = BehaviourLayoutsTest.session("FST 1 wk");

    @TempDir
    Path dir;

    private static ImportPlan plan(Path in, Study study, ImportMapping mapping) throws Exception {
        return BehaviourLayoutsTest.plan(in, study, mapping);
    }

    /** A BatchSummary.csv as ezTrack's Summarize writes it (pandas index first), bins in seconds at 25 FPS. */
    private static String batchSummary(boolean fps, double[][] bins, double[]... freezing) {
        StringBuilder b = new StringBuilder(",File,FileLength," + (fps ? "FPS," : "") + "MotionCutoff,FreezeThresh,"
                + "MinFreezeDuration,bin,range(f),Motion,Freezing\n");
        int row = 0;
        for (int v = 0; v < freezing.length; v++) {
            for (int i = 0; i < bins.length; i++) {
                b.append(row++).append(",D").append(v + 1).append(".avi,9000.0,").append(fps ? "25.0," : "").append(
                        "10.0,50.0,25.0,").append(i + 1).append(",\"(").append(bins[i][0] * 25).append(", ").append(
                                bins[i][1] * 25).append(")\",12.5,").append(freezing[v][i]).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void ezTrackBatchSummarySumsTheBinsThatMakeUpTheWindow() throws Exception {
        double[][] bins = {{0, 120}, {120, 240}, {240, 360}};
        double[] d1 = {10.5, 40.25, 62.0};
        double[] d2 = {0, 12.0, 33.3};
        Path in = Files.createDirectories(dir.resolve("eztrack"));
        Files.writeString(in.resolve("BatchSummary.csv"), batchSummary(true, bins, d1, d2));
        Study study = ImportFixtures.study();
        BehaviourImport behaviour = BehaviourImport.open(in);
        ImportPlan plan = behaviour.plan(study, FST, ImportOptions.DEFAULT, new NullProgressMonitor());
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);
        assertThat(behaviour.recognised()).containsValue(ExportKind.EZTRACK_SUMMARY);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo((d1[1] + d1[2]) / 100
                * 120, within(1e-6));
        assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).isCloseTo((d2[1] + d2[2]) / 100
                * 120, within(1e-6));
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getSource()).isEqualTo(
                "BatchSummary.csv!D1.avi");
        assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("ezTrack batch summary", "bins 2, 3",
                "120-360 s of trial time", "freeze threshold 50");
    }

    @Test
    void ezTrackFreezingOutputWithTheLaterColumnNamesIsReadAndWithoutFpsRefused() throws Exception {
        Path in = Files.createDirectories(dir.resolve("frames"));
        StringBuilder b = new StringBuilder(",File,FPS,MotionCutoff,FreezeThresh,MinFreezeDuration,Frame,Motion,"
                + "Freezing\n");
        for (int f = 0; f < 9000; f++) {
            b.append(f).append(",D1.avi,25,10,50,25,").append(f).append(",3,").append(f >= 2500 && f < 3500 ? 100 : 0)
                    .append('\n');
        }
        Files.writeString(in.resolve("D1_FreezingOutput.csv"), b);
        Study study = ImportFixtures.study();
        BehaviourLayoutsTest.apply(in, study, FST);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isCloseTo((3500 - 3000) / 25.0,
                within(1e-9));
        assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("minimum duration 25 frames");

        Files.writeString(in.resolve("D1_FreezingOutput.csv"), "File,MotionCutoff,FreezeThresh,MinFreezeDuration,"
                + "Frame,Motion,Freezing\nD1.avi,10,50,25,0,0,0\n");
        assertThat(plan(in, ImportFixtures.study(), FST).problems()).extracting(
                ImportProblem::toString).containsExactly(in.resolve("D1_FreezingOutput.csv") + ":D1_FreezingOutput!A1: "
                        + "an ezTrack freezing output without the column FPS (newer ezTrack versions leave it out): "
                        + "the frames cannot be turned into seconds; add an FPS column with the video's frame rate");
    }

    @Test
    void ezTrackBinsThatDoNotFallOnTheWindowAreAProblem() throws Exception {
        Path in = Files.createDirectories(dir.resolve("misaligned"));
        Files.writeString(in.resolve("BatchSummary.csv"), batchSummary(true, new double[][] {{0, 180}, {180, 360}},
                new double[] {20, 30}));
        ImportPlan plan = plan(in, ImportFixtures.study(), FST);
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("BatchSummary.csv")
                + ":BatchSummary!B2: the bins of D1.avi (1 0-180 s, 2 180-360 s) do not make up the analysis window "
                + "120-360 s of trial time (the convention: the last 4 of 6 minutes); summarise with bins whose bounds "
                + "fall on the window, or import the *_FreezingOutput.csv of the video");
        assertThat(plan.added()).isZero();
    }

    @Test
    void aBadEzTrackCellOrAMissingFrameRateIsOneLineAndNothingIsImported() throws Exception {
        double[][] bins = {{0, 120}, {120, 360}};
        Path in = Files.createDirectories(dir.resolve("bad-eztrack"));
        Files.writeString(in.resolve("BatchSummary.csv"), batchSummary(true, bins, new double[] {1, 2},
                new double[] {3, 4}).replace(",4.0\n", ",4,0%\n"));
        Study study = ImportFixtures.study();
        ImportPlan plan = plan(in, study, FST);
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("BatchSummary.csv")
                + ":BatchSummary!L5: the row has 12 fields but the header names 11 columns: is the delimiter right "
                + "(decimal commas in a comma-separated file)?");
        assertThat(Imports.session(study, "FST 1 wk").getMeasurements()).isEmpty();

        Files.writeString(in.resolve("BatchSummary.csv"), batchSummary(true, bins, new double[] {1, 2},
                new double[] {3, 4}).replace(",4.0\n", ",four\n"));
        assertThat(plan(in, study, FST).problems()).extracting(ImportProblem::toString)
                .containsExactly(in.resolve("BatchSummary.csv") + ":BatchSummary!K5: 'four' is not a number");

        Files.writeString(in.resolve("BatchSummary.csv"), batchSummary(false, bins, new double[] {1, 2}));
        assertThat(plan(in, study, FST).problems()).extracting(ImportProblem::toString)
                .containsExactly(in.resolve("BatchSummary.csv") + ":BatchSummary!A1: an ezTrack batch summary without "
                        + "the column FPS (newer ezTrack versions leave it out): the bins' frames cannot be turned "
                        + "into seconds; add an FPS column with the videos' frame rate");
    }
}
