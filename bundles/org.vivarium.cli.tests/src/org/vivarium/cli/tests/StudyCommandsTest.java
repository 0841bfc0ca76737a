package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class StudyCommandsTest {

    @TempDir
    Path dir;

    @Test
    void demoThenInfoPrintsTheCounts() {
        Path file = dir.resolve("d.vivarium");
        CliRun demo = CliRun.of("demo", file.toString());
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("4 arms, 6 cohorts, 480 animals, 17 sessions");
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("arms          4   VEH+VEH 120, KET+VEH 120, VEH+BCI 120, KET+BCI 120")
                .contains("cohorts       6   1 h 80, 24 h 80, 1 wk 80, 2 wk 80, 4 wk 80, 8 wk 80")
                .contains("animals       480   (477 active;").contains("sessions      17   (15 done, 2 to do)")
                .containsPattern("measurements  \\d+ ");
    }

    @Test
    void infoListsAnimalsByArmCodeWhileTheTreatmentsAreCodedAndByArmAfterUnblinding() {
        Path file = dir.resolve("d.vivarium");
        assertThat(CliRun.of("demo", file.toString()).code()).isZero();
        CliRun coded = CliRun.of("blind-codes", file.toString(), "--treatments", "--seed", "3", "--reason", "test");
        assertThat(coded.code()).as(coded.out() + coded.err()).isZero();
        String info = CliRun.of("info", file.toString()).out();
        assertThat(info).contains("arms          4   (coded: A 120, B 120, C 120, D 120)\n")
                .doesNotContain("VEH+VEH", "KET+VEH", "VEH+BCI", "KET+BCI");
        assertThat(CliRun.of("info", file.toString(), "--format", "json").out()).contains("\"armsCoded\": true")
                .doesNotContain("VEH+VEH", "KET+VEH", "VEH+BCI", "KET+BCI");
        assertThat(CliRun.of("unblind", file.toString(), "--reason", "analysis").code()).isZero();
        assertThat(CliRun.of("info", file.toString()).out())
                .contains("arms          4   VEH+VEH 120, KET+VEH 120, VEH+BCI 120, KET+BCI 120\n");
    }

    @Test
    void infoAsJsonIsOneObjectAndNothingElse() {
        Path file = dir.resolve("d.vivarium");
        CliRun.of("demo", file.toString(), "--seed", "7");
        CliRun info = CliRun.of("info", file.toString(), "--format", "json");
        assertThat(info.code()).isZero();
        JsonObject o = JsonParser.parseString(info.out()).getAsJsonObject();
        assertThat(o.get("modelVersion").getAsString()).isEqualTo("1.3");
        assertThat(o.getAsJsonObject("summary").get("animals").getAsInt()).isEqualTo(480);
        assertThat(o.getAsJsonObject("summary").getAsJsonObject("animalsByArm").get("KET+BCI").getAsInt()).isEqualTo(120);
    }

    @Test
    void validateNamesTheAnimalWithAnOverLimitDoseAndExitsTwo() throws Exception {
        Path file = dir.resolve("d.vivarium");
        CliRun.of("demo", file.toString());
        assertThat(CliRun.of("validate", file.toString()).code()).isZero();
        try (OpenStudy open = FolderStudyStore.containing(file).open("d.vivarium")) {
            var dose = Studies.findAnimal(open.study(), "8W-17").getDosingEvents().get(0);
            dose.setVolumeMl(2.0);
            open.save();
        }
        CliRun validate = CliRun.of("validate", file.toString());
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.out().lines()).hasSize(1).first().asString()
                .startsWith(file + ": animal 8W-17, dose of ").contains("dose volume 2.00 mL is ")
                .contains("above the i.p. limit of 20 mL/kg");
        assertThat(validate.err()).contains("1 error");
    }

    @Test
    void newStudyHasTheStandardAssays() {
        Path file = dir.resolve("n.vivarium");
        CliRun created = CliRun.of("new", file.toString(), "--title", "Dose response");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("FST, TST, NSF, SPT, OFT, EPM, BW");
        assertThat(CliRun.of("info", file.toString()).out()).startsWith("Dose response").contains("assays        7");
    }

    @Test
    void usageErrorsExitOneAndRejectedInputExitsTwo() throws Exception {
        assertThat(CliRun.of().code()).isEqualTo(1);
        assertThat(CliRun.of("frobnicate").err()).contains("unknown command 'frobnicate'");
        CliRun missing = CliRun.of("info");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("missing the study file").contains("usage: vivarium info STUDY");
        assertThat(CliRun.of("new", dir.resolve("x.vivarium").toString()).err()).contains("missing --title");
        assertThat(CliRun.of("info", "a.vivarium", "--colour", "red").err()).contains("unknown option --colour");
        assertThat(CliRun.of("demo", dir.resolve("x.txt").toString()).code()).isEqualTo(1);
        Files.writeString(dir.resolve("junk.vivarium"), "hello");
        CliRun junk = CliRun.of("info", dir.resolve("junk.vivarium").toString());
        assertThat(junk.code()).isEqualTo(2);
        assertThat(junk.err()).isEqualTo(dir.resolve("junk.vivarium") + ": not a Vivarium study file (neither a "
                + "study container nor XMI)\n");
        CliRun.of("demo", dir.resolve("d.vivarium").toString());
        assertThat(CliRun.of("demo", dir.resolve("d.vivarium").toString()).err()).contains("exists already");
    }

    @Test
    void quickStoreBenchmarkPrintsFiguresAndRatios() {
        CliRun bench = CliRun.of("bench", "store", "--quick");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("2,000 animals, 200,000 measurements").contains("vivarium study store")
                .contains("plain EMF XMI (defaults)").contains("ratio baseline / store").contains("goal (")
                .contains("study store without the audit trail").contains("ratio with / without the audit trail");
    }

    @Test
    void quickAuditBenchmarkPrintsFiguresAgainstAFreshTrail() {
        CliRun bench = CliRun.of("bench", "audit", "--quick");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("trail of 100,001 entries").contains("long trail").contains("fresh trail")
                .contains("open for editing").contains("one edit with a reason and save").contains("file size")
                .contains("100,001 entries in 2 blocks").contains("chain intact").contains("goal (");
    }
}
