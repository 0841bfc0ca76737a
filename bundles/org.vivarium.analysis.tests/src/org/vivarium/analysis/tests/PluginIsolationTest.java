package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.internal.AbandonedRuns;
import org.vivarium.analysis.internal.AnalysisAvailability;
import org.vivarium.analysis.internal.PluginFailures;
import org.vivarium.analysis.internal.PluginLog;
import org.vivarium.analysis.internal.PluginProblem;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.tests.plugins.Spins;

/**
 * Misbehaving plug-ins contributed through the extension point (fragment.xml of this fragment, so they come from
 * bundle org.vivarium.analysis): each is listed with its reason and never as runnable, or its run fails with a message
 * naming the bundle, its version, the analysis and the exception; a runaway run is really stopped or, when it ignores
 * the stop, its thread is abandoned at the lowest priority and the analysis refused until it ends.
 */
class PluginIsolationTest {

    private static final String BUNDLE = "org.vivarium.analysis";
    private static final String VERSION = Platform.getBundle(BUNDLE).getVersion().toString();
    private static final String PLUGINS = "org.vivarium.analysis.tests.plugins.";

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final Path logFile = Path.of("/tmp/analysis-test.log");
    private final PluginLog log = status -> {
        logged.add(status);
        return logFile;
    };

    @AfterEach
    void releaseSpinners() throws InterruptedException {
        Spins.release();
        var spinner = AbandonedRuns.thread(BUNDLE, "test.broken.spins");
        if (spinner.isPresent()) {
            spinner.get().join(5_000);
        }
        Spins.hold();
    }

    private static AnalysisDescriptor descriptor(String id) {
        return AnalysisRegistry.getDefault().find(id).orElseThrow();
    }

    private AnalysisResult run(String id, Duration limit) {
        return new AnalysisRunner(limit, log).run(descriptor(id), TestAnalyses.data(1, 2, 3, 4), Parameters.none(),
                new NullProgressMonitor());
    }

    private static String problem(String id) {
        return AnalysisAvailability.of(AnalysisRegistry.getDefault(), List.of()).problemOf(id)
                .map(PluginProblem::text).orElse(null);
    }

    @Test
    void uncreatableAnalysesAreListedWithTheirReasonAndNeverAsRunnable() {
        AnalysisAvailability.Listing listing = AnalysisAvailability.of(AnalysisRegistry.getDefault(), List.of());
        assertThat(listing.runnable()).extracting(AnalysisDescriptor::id).contains("test.broken.throws",
                "test.broken.loops").doesNotContain("test.broken.missing-class", "test.broken.not-an-analysis",
                        "test.broken.constructor", "test.broken.parameters");
        assertThat(problem("test.broken.missing-class")).isEqualTo(BUNDLE + ": analysis 'test.broken.missing-class' "
                + "cannot be created: class " + PLUGINS + "NoSuchAnalysis not found in bundle " + BUNDLE + " "
                + VERSION);
        assertThat(problem("test.broken.not-an-analysis")).isEqualTo(BUNDLE + ": analysis 'test.broken.not-an-"
                + "analysis' cannot be created: class " + PLUGINS + "NotAnAnalysis in bundle " + BUNDLE + " "
                + VERSION + " does not implement org.vivarium.analysis.Analysis");
        assertThat(problem("test.broken.constructor")).isEqualTo(BUNDLE + ": analysis 'test.broken.constructor' "
                + "cannot be created: new ThrowingConstructor() in bundle " + BUNDLE + " " + VERSION
                + " threw java.lang.IllegalStateException: lab bug in the constructor");
        assertThat(problem("test.broken.parameters")).isEqualTo(BUNDLE + ": analysis 'test.broken.parameters' "
                + "cannot be used: parameters() in bundle " + BUNDLE + " " + VERSION
                + " threw java.lang.UnsupportedOperationException: lab bug in parameters()");
        PluginProblem missing = listing.problemOf("test.broken.missing-class").orElseThrow();
        assertThat(missing.plugin()).isEqualTo(BUNDLE);
        assertThat(missing.version()).isEqualTo(VERSION);
        assertThat(missing.analysis()).isEqualTo("test.broken.missing-class");
    }

    @Test
    void problemsFoundElsewhereAreListedToo() {
        PluginProblem unresolved = new PluginProblem("org.example.lab", "1.0.0", "", "is not active: it needs "
                + "org.vivarium.analysis [2.0.0,3.0.0)");
        assertThat(AnalysisAvailability.of(AnalysisRegistry.getDefault(), List.of(unresolved)).problems())
                .first().extracting(PluginProblem::text)
                .isEqualTo("org.example.lab: is not active: it needs org.vivarium.analysis [2.0.0,3.0.0)");
    }

    @Test
    void runningAnUncreatableAnalysisIsAnErrorResultWithTheSameWords() {
        AnalysisResult r = run("test.broken.missing-class", Duration.ofSeconds(5));
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo(problem("test.broken.missing-class"));
        assertThat(logged).singleElement().extracting(IStatus::getCode).isEqualTo(PluginFailures.CANNOT_CREATE);
    }

    @Test
    void anAnalysisThatThrowsNamesThePluginItsVersionTheExceptionAndTheLogFile() {
        AnalysisResult r = run("test.broken.throws", Duration.ofSeconds(5));
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo(BUNDLE + ": analysis 'test.broken.throws' failed in bundle " + BUNDLE + " "
                + VERSION + ": java.lang.IllegalStateException: plug-in bug (stack trace in " + logFile + ")");
        assertThat(logged).singleElement().satisfies(s -> {
            assertThat(s.getCode()).isEqualTo(PluginFailures.FAILED);
            assertThat(s.getException()).isInstanceOf(IllegalStateException.class).hasMessage("plug-in bug");
        });
    }

    @Test
    void aLoopThatIgnoresTheMonitorIsStoppedByTheInterruptAndItsThreadEnds() throws Exception {
        AnalysisResult r = run("test.broken.loops", Duration.ofMillis(300));
        assertThat(r.message()).isEqualTo(BUNDLE + ": analysis 'test.broken.loops' in bundle " + BUNDLE + " " + VERSION
                + " did not finish within 300 ms and was stopped (time limit: analyze --timeout, or Window > "
                + "Preferences > Analyses)");
        assertThat(threads("test.broken.loops")).as("the interrupted thread ended: no CPU used").isEmpty();
        assertThat(AbandonedRuns.since(BUNDLE, "test.broken.loops")).isEmpty();
        assertThat(logged).singleElement().extracting(IStatus::getCode).isEqualTo(PluginFailures.TIMED_OUT);
        assertThat(run("test.broken.throws", Duration.ofSeconds(5)).message()).contains("plug-in bug");
    }

    @Test
    void aLoopThatIgnoresEveryStopIsAbandonedFlaggedAndNotRunAgainUntilItEnds() throws Exception {
        long t0 = System.nanoTime();
        AnalysisResult r = run("test.broken.spins", Duration.ofMillis(300));
        assertThat((System.nanoTime() - t0) / 1_000_000).as("time limit + grace period").isBetween(1_250L, 4_000L);
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo(BUNDLE + ": analysis 'test.broken.spins' in bundle " + BUNDLE + " "
                + VERSION + " did not finish within 300 ms and ignored the stop: its thread was abandoned (it runs at "
                + "the lowest priority until it ends or Vivarium exits; the analysis cannot run again meanwhile)");
        Thread spinner = AbandonedRuns.thread(BUNDLE, "test.broken.spins").orElseThrow();
        assertThat(spinner.isDaemon()).isTrue();
        assertThat(spinner.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(spinner.getName()).isEqualTo("abandoned analysis test.broken.spins of " + BUNDLE + " " + VERSION);
        assertThat(spinner.getState()).isEqualTo(Thread.State.RUNNABLE);

        String listed = problem("test.broken.spins");
        assertThat(listed).startsWith(BUNDLE + ": analysis 'test.broken.spins' in bundle " + BUNDLE + " " + VERSION
                + " is still running since ").endsWith(" from a run that ignored the stop; it cannot run again until "
                        + "that run ends or Vivarium is restarted");
        AnalysisResult again = run("test.broken.spins", Duration.ofSeconds(5));
        assertThat(again.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(again.message()).as("a retry is refused at once, no second thread").isEqualTo(listed);
        assertThat(threads("test.broken.spins")).hasSize(1);

        Spins.release();
        spinner.join(5_000);
        assertThat(spinner.isAlive()).isFalse();
        assertThat(problem("test.broken.spins")).as("runnable again once the thread ended").isNull();
    }

    @Test
    void aCancelledRunThatIgnoresTheStopIsAbandonedToo() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        AnalysisResult r = new AnalysisRunner(Duration.ofSeconds(30), log).run(descriptor("test.broken.spins"),
                TestAnalyses.data(1, 2), Parameters.none(), monitor);
        assertThat(r.message()).isEqualTo(BUNDLE + ": analysis 'test.broken.spins' in bundle " + BUNDLE + " "
                + VERSION + " was cancelled but ignored the stop: its thread was abandoned (it runs at the lowest "
                + "priority until it ends or Vivarium exits; the analysis cannot run again meanwhile)");
        assertThat(AbandonedRuns.since(BUNDLE, "test.broken.spins")).isPresent();
    }

    private static List<Thread> threads(String id) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("analysis " + id + " "))
                .filter(Thread::isAlive).toList();
    }
}
