package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class AnalysisCommandsTest {

    private static final String[] BUILT_INS = { "descriptives", "t-test", "welch-t-test", "mann-whitney",
        "paired-t-test", "wilcoxon", "one-way-anova", "tukey-hsd", "dunnett", "kruskal-wallis", "two-way-anova",
        "rm-anova", "kaplan-meier", "logrank", "grubbs", "durability" };

    @TempDir
    Path dir;

    @Test
    void analysesListsEveryBuiltInWithItsBundle() {
        CliRun run = CliRun.of("analyses");
        assertThat(run.code()).as(run.err()).isZero();
        for (String id : BUILT_INS) {
            assertThat(run.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(id)
                    + " +.+org\\.vivarium\\.analysis\\.stats$");
        }
        assertThat(run.out()).containsPattern("(?m)^org\\.vivarium\\.examples\\.sucrose-preference +Sucrose preference "
                + "per cage +lab +org\\.vivarium\\.examples\\.analysis$");
        JsonObject json = JsonParser.parseString(CliRun.of("analyses", "--format", "json").out()).getAsJsonObject();
        assertThat(json.getAsJsonArray("analyses").size()).isGreaterThanOrEqualTo(BUILT_INS.length);
    }

    @Test
    void statsOneWayAnovaJsonHoldsTheAnovaTable() throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "arm,y\nA,1\nA,2\nA,3\nB,4\nB,5\nB,6\n");
        CliRun run = CliRun.of("stats", "one-way-anova", "--csv", csv.toString(), "--value", "y", "--group", "arm",
                "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.get("dfBetween").getAsDouble()).isEqualTo(1);
        assertThat(o.get("dfWithin").getAsDouble()).isEqualTo(4);
        assertThat(o.get("ssBetween").getAsDouble()).isCloseTo(13.5, within(1e-12));
        assertThat(o.get("ssWithin").getAsDouble()).isCloseTo(4, within(1e-12));
        assertThat(o.get("msBetween").getAsDouble()).isCloseTo(13.5, within(1e-12));
        assertThat(o.get("msWithin").getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(o.get("f").getAsDouble()).isCloseTo(13.5, within(1e-12));
        assertThat(o.get("p").getAsDouble()).isCloseTo(0.02131164, within(1e-8));
        assertThat(o.get("rSquared").getAsDouble()).isCloseTo(13.5 / 17.5, within(1e-12));
        assertThat(o.get("residualSd").getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(o.get("status").getAsString()).isEqualTo("ok");
    }

    @Test
    void statsTTestNamesItsStatisticsAsR() throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "g,v\nx,1\nx,2\nx,3\ny,4\ny,5\ny,6\n");
        CliRun run = CliRun.of("stats", "t-test", "--csv", csv.toString(), "--value", "v", "--group", "g",
                "--format", "json");
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.get("statistic").getAsDouble()).isCloseTo(-3.674235, within(1e-6));
        assertThat(o.get("df").getAsDouble()).isEqualTo(4);
        assertThat(o.get("estimate").getAsDouble()).isCloseTo(-3, within(1e-12));
        assertThat(o.get("p").getAsDouble()).isCloseTo(0.02131164, within(1e-8));
    }

    @Test
    void badCsvIsRejectedWithFileAndLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "arm,y\nA,1\nA,abc\nB,4,5\n");
        CliRun run = CliRun.of("stats", "one-way-anova", "--csv", csv.toString(), "--value", "y", "--group", "arm");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out().lines()).containsExactly(csv + ":3: column 'y': 'abc' is not a number",
                csv + ":4: 3 fields, but the header has 2");
        CliRun missing = CliRun.of("stats", "one-way-anova", "--csv", csv.toString(), "--value", "weight",
                "--group", "arm");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).startsWith(csv + ":1: no column 'weight' (columns: arm, y)");
    }

    @Test
    void statsReadsOnlyPlainNumbersNonNegativeSurvivalTimesAndIgnoresAByteOrderMark() throws Exception {
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\ufeffgroup,value\nA,1\nA,2\nA,3\nB,4\nB,5\nB,6\n");
        CliRun ok = CliRun.of("stats", "one-way-anova", "--csv", bom.toString(), "--value", "value", "--group",
                "group", "--format", "json");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(JsonParser.parseString(ok.out()).getAsJsonObject().get("f").getAsDouble())
                .isCloseTo(13.5, within(1e-12));
        Path odd = dir.resolve("odd.csv");
        Files.writeString(odd, "group,value\nA,1d\nA,2f\nB,0x1p3\nB,NaN\nB,Infinity\nA,1.5\n");
        CliRun refused = CliRun.of("stats", "one-way-anova", "--csv", odd.toString(), "--value", "value",
                "--group", "group");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out().lines()).containsExactly(odd + ":2: column 'value': '1d' is not a number",
                odd + ":3: column 'value': '2f' is not a number", odd + ":4: column 'value': '0x1p3' is not a number",
                odd + ":5: column 'value': 'NaN' is not a number",
                odd + ":6: column 'value': 'Infinity' is not a number");
        Path survival = dir.resolve("s.csv");
        Files.writeString(survival, "arm,t,e\nA,10,1\nA,-20,1\nA,0,0\nB,5,1\nB,6,1\nB,7,1\n");
        CliRun negative = CliRun.of("stats", "logrank", "--csv", survival.toString(), "--time", "t", "--event", "e",
                "--group", "arm");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.out().lines()).containsExactly(survival
                + ":3: column 't': survival time -20 is negative (a time to the event is 0 or more)");
    }

    @Test
    void designsThatCannotBeAnalysedAreRefusedBeforeComputing() throws Exception {
        Path many = dir.resolve("many.csv");
        StringBuilder b = new StringBuilder("group,value\n");
        for (int i = 0; i < 100_000; i++) {
            b.append('g').append(i).append(',').append(i % 97).append('\n');
        }
        Files.writeString(many, b);
        for (String id : new String[] {"one-way-anova", "kruskal-wallis", "tukey-hsd", "descriptives"}) {
            CliRun run = CliRun.of("stats", id, "--csv", many.toString(), "--value", "value", "--group", "group");
            assertThat(run.code()).as(id + run.out()).isEqualTo(2);
            assertThat(run.err()).as(id).contains("100000 groups of group ([g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, "
                    + "... (100000 in all)]): at most 1000 can be analysed; each has one value;");
        }
        Path cells = dir.resolve("cells.csv");
        StringBuilder c = new StringBuilder("a,b,value\n");
        for (int i = 0; i < 40 * 40 * 2; i++) {
            c.append('a').append(i % 40).append(",b").append(i / 40 % 40).append(',').append(i % 7).append('\n');
        }
        Files.writeString(cells, c);
        CliRun twoWay = CliRun.of("stats", "two-way-anova", "--csv", cells.toString(), "--value", "value", "--group",
                "a,b");
        assertThat(twoWay.code()).as(twoWay.out()).isEqualTo(2);
        assertThat(twoWay.err()).contains("two-way ANOVA of a x b has 1600 cells (40 x 40): at most 1000 can be "
                + "analysed; choose a subset");
        Path single = dir.resolve("single.csv");
        Files.writeString(single, "group,value\nA,1\nB,2\nC,3\n");
        CliRun run = CliRun.of("stats", "one-way-anova", "--csv", single.toString(), "--value", "value", "--group",
                "group");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("one value per group in each of 3 groups of group: nothing to compare (at "
                + "least one group needs 2 or more values)");
    }

    @Test
    void survivalDataTakeTimeAndEvent() throws Exception {
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "arm,t,e\nA,10,1\nA,20,1\nA,30,0\nB,5,1\nB,6,1\nB,7,1\n");
        CliRun run = CliRun.of("stats", "logrank", "--csv", csv.toString(), "--time", "t", "--event", "e",
                "--group", "arm", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.get("df").getAsDouble()).isEqualTo(1);
        assertThat(o.get("A.observed").getAsDouble()).isEqualTo(2);
        assertThat(o.get("B.observed").getAsDouble()).isEqualTo(3);
    }

    @Test
    void durabilityOfTheDemoStudyAnswersTheSeedQuestion() {
        Path file = dir.resolve("demo.vivarium");
        assertThat(CliRun.of("demo", file.toString()).code()).isZero();
        CliRun run = CliRun.of("analyze", file.toString(), "--analysis", "durability", "--assay", "FST",
                "--measure", "immobility", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        double combo = o.get("KET+BCI.lastSignificantHours").getAsDouble();
        double ketamine = o.get("KET+VEH.lastSignificantHours").getAsDouble();
        assertThat(combo).isEqualTo(1344);
        assertThat(ketamine).isLessThan(combo);
        assertThat(o.has("VEH+BCI.lastSignificantHours")).isFalse();
        CliRun text = CliRun.of("analyze", file.toString(), "--analysis", "durability", "--assay", "NSF");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Durability of the effect vs VEH+VEH").contains("log-rank")
                .contains("KET+BCI vs VEH+VEH: differs up to");
    }

    @Test
    void analyzeRejectsUnknownAnalysesAssaysAndMeasures() {
        Path file = dir.resolve("demo.vivarium");
        CliRun.of("demo", file.toString());
        CliRun unknown = CliRun.of("analyze", file.toString(), "--analysis", "anova-9000", "--assay", "FST");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown analysis 'anova-9000'").contains("one-way-anova");
        CliRun measure = CliRun.of("analyze", file.toString(), "--analysis", "descriptives", "--assay", "FST",
                "--measure", "swimming");
        assertThat(measure.code()).isEqualTo(2);
        assertThat(measure.out()).contains("has no measure 'swimming' (measures: [immobility, latency])");
        CliRun twoGroups = CliRun.of("analyze", file.toString(), "--analysis", "t-test", "--assay", "FST");
        assertThat(twoGroups.code()).isEqualTo(2);
        assertThat(twoGroups.err()).contains("needs exactly 2 groups of arm, found 4");
        CliRun chosen = CliRun.of("analyze", file.toString(), "--analysis", "t-test", "--assay", "FST", "--param",
                "levels=VEH+VEH,KET+BCI;subset=time=1 wk", "--format", "csv");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("# values").contains("statistic,").contains("cohensD,");
    }

    @Test
    void quickStatsBenchmarkPrintsTimesAndRatios() {
        CliRun bench = CliRun.of("bench", "stats", "--quick");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("200,000 observations").contains("two-way ANOVA, Type III")
                .contains("baseline: plain pass over the data").contains("ratio").contains("goal (");
    }
}
