package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.cli.tests.plugins.Spins;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Misbehaving plug-ins (fragment.xml of this fragment, so contributed by bundle org.vivarium.cli): {@code analyses}
 * lists them with the reason and never as runnable, {@code analyze} rejects them with the same words (exit 2, never
 * "internal error"), names the plug-in, its version, the exception and the log file holding the stack trace, and
 * stops a runaway one at {@code --timeout} with exit 4.
 */
class PluginFailuresCommandTest {

    private static final String BUNDLE = "org.vivarium.cli";
    private static final String VERSION = Platform.getBundle(BUNDLE).getVersion().toString();
    private static final String MISSING = BUNDLE + ": analysis 'test.cli.missing-class' cannot be created: class "
            + "org.vivarium.cli.tests.plugins.NoSuchAnalysis not found in bundle " + BUNDLE + " " + VERSION;

    @TempDir
    Path dir;

    @BeforeEach
    void logsInTheTempDir() {
        System.setProperty("vivarium.logs", dir.resolve("logs").toString());
    }

    @AfterEach
    void defaultLogs() {
        System.clearProperty("vivarium.logs");
    }

    @AfterAll
    static void releaseSpinners() {
        Spins.release();
    }

    @Test
    void analysesListsAnUncreatableAnalysisWithTheReasonAndNotAsRunnable() {
        CliRun run = CliRun.of("analyses");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContainPattern("(?m)^test\\.cli\\.missing-class ")
                .containsPattern("(?m)^test\\.cli\\.throws +Broken: run throws +test +org\\.vivarium\\.cli$")
                .containsPattern("(?m)^cannot run \\(\\d+\\):$").contains("\n  " + MISSING + "\n");

        JsonObject json = JsonParser.parseString(CliRun.of("analyses", "--format", "json").out()).getAsJsonObject();
        assertThat(json.getAsJsonArray("analyses").asList()).noneMatch(a -> id(a).equals("test.cli.missing-class"));
        assertThat(json.getAsJsonArray("problems").asList()).anySatisfy(p -> {
            JsonObject o = p.getAsJsonObject();
            assertThat(o.get("message").getAsString()).isEqualTo(MISSING);
            assertThat(o.get("bundle").getAsString()).isEqualTo(BUNDLE);
            assertThat(o.get("version").getAsString()).isEqualTo(VERSION);
            assertThat(o.get("analysis").getAsString()).isEqualTo("test.cli.missing-class");
        });
        JsonObject throwing = json.getAsJsonArray("analyses").asList().stream()
                .filter(a -> id(a).equals("test.cli.throws")).findFirst().orElseThrow().getAsJsonObject();
        assertThat(throwing.getAsJsonArray("parameters").get(0).getAsJsonObject().get("default").getAsString())
                .as("a whole-number default is shown as one").isEqualTo("20260301");
    }

    private static String id(JsonElement analysis) {
        return analysis.getAsJsonObject().get("id").getAsString();
    }

    @Test
    void analyzeRejectsAnUncreatableAnalysisWithTheListingsWords() {
        Path demo = CliRun.demo(dir.resolve("demo.vivarium"));
        CliRun run = CliRun.of("analyze", demo.toString(), "--analysis", "test.cli.missing-class", "--assay", "FST");
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("vivarium: " + MISSING + "\n").doesNotContain("internal error");
        CliRun noAssay = CliRun.of("analyze", demo.toString(), "--analysis", "test.cli.missing-class");
        assertThat(noAssay.code()).as("also before the assay is worked out").isEqualTo(2);
        assertThat(noAssay.err()).isEqualTo("vivarium: " + MISSING + "\n");
    }

    @Test
    void anAnalysisThatThrowsIsNamedWithItsPluginAndTheLogFileHoldsTheStackTrace() throws Exception {
        Path demo = CliRun.demo(dir.resolve("demo.vivarium"));
        CliRun run = CliRun.of("analyze", demo.toString(), "--analysis", "test.cli.throws", "--assay", "FST");
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        Matcher m = Pattern.compile("vivarium: " + Pattern.quote(BUNDLE + ": analysis 'test.cli.throws' failed in "
                + "bundle " + BUNDLE + " " + VERSION + ": java.lang.IllegalStateException: lab bug (stack trace in ")
                + "(.+)\\)\n").matcher(run.err());
        assertThat(m.matches()).as(run.err()).isTrue();
        Path log = Path.of(m.group(1));
        assertThat(log.getParent()).isEqualTo(dir.resolve("logs").toAbsolutePath());
        assertThat(Files.readString(log)).contains("java.lang.IllegalStateException: lab bug")
                .contains("at org.vivarium.cli.tests.plugins.ThrowsOnRun.run");
    }

    @Test
    void aRunawayAnalysisIsStoppedAtTheTimeoutWithExitCode4() {
        Path demo = CliRun.demo(dir.resolve("demo.vivarium"));
        long t0 = System.nanoTime();
        CliRun run = CliRun.of("analyze", demo.toString(), "--analysis", "test.cli.spins", "--assay", "FST",
                "--timeout", "500ms");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(run.code()).as(run.err()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("vivarium: " + BUNDLE + ": analysis 'test.cli.spins' in bundle " + BUNDLE + " "
                + VERSION + " did not finish within 500 ms and ignored the stop: its thread was abandoned (it runs at "
                + "the lowest priority until it ends or Vivarium exits; the analysis cannot run again meanwhile)\n");
        assertThat(millis).as("the time limit plus the grace period").isLessThan(5_000);
        CliRun again = CliRun.of("analyze", demo.toString(), "--analysis", "test.cli.spins", "--assay", "FST");
        assertThat(again.code()).as("refused while the abandoned run still runs").isEqualTo(2);
        assertThat(again.err()).contains("is still running since");
        Spins.release();
    }

    @Test
    void theTimeoutIsSecondsOrADuration() {
        Path demo = CliRun.demo(dir.resolve("demo.vivarium"));
        for (String bad : new String[] {"abc", "0", "-5", "5x", "8d"}) {
            CliRun run = CliRun.of("analyze", demo.toString(), "--analysis", "descriptives", "--assay", "FST",
                    "--timeout", bad);
            assertThat(run.code()).as(bad).isEqualTo(1);
            assertThat(run.err()).as(bad).startsWith("vivarium analyze: --timeout takes seconds (90) or a duration "
                    + "(90s, 2m, 1m30s, 500ms), more than 0 and at most 7 days, not '" + bad + "'");
        }
        for (String good : new String[] {"90", "2.5", "90s", "2m", "1m30s", "PT2M"}) {
            CliRun run = CliRun.of("analyze", demo.toString(), "--analysis", "descriptives", "--assay", "FST",
                    "--timeout", good, "--format", "json");
            assertThat(run.code()).as(good + run.err()).isZero();
        }
    }
}
