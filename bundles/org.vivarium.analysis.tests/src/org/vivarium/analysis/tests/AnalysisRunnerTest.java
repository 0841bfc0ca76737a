package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.result.AnalysisResult;

class AnalysisRunnerTest {

    private final List<IStatus> log = new CopyOnWriteArrayList<>();
    private final AnalysisRunner runner = new AnalysisRunner(Duration.ofMillis(300), log::add);

    private AnalysisResult run(Analysis a, Parameters p) {
        return runner.run("test", "test.bundle", a, TestAnalyses.data(1, 2, 3), p, new NullProgressMonitor());
    }

    @Test
    void aWorkingAnalysisGetsItsParametersWithDefaults() {
        assertThat(run(new TestAnalyses.Sum(), Parameters.none()).value("sum")).isEqualTo(6);
        assertThat(run(new TestAnalyses.Sum(), Parameters.of("scale", "2")).value("sum")).isEqualTo(12);
        assertThat(log).isEmpty();
    }

    @Test
    void badParametersAreAnErrorResultNamingTheParameter() {
        AnalysisResult unknown = run(new TestAnalyses.Sum(), Parameters.of("colour", "red"));
        assertThat(unknown.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(unknown.message()).isEqualTo("unknown parameter 'colour' (parameters: [scale])");
        assertThat(run(new TestAnalyses.Sum(), Parameters.of("scale", "x")).message())
                .isEqualTo("parameter scale must be a number, not 'x'");
    }

    @Test
    void aPluginThatThrowsGivesAnErrorResultAndALogEntry() {
        AnalysisResult r = run(new TestAnalyses.Throws(), Parameters.none());
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo("test.bundle: analysis 'test' failed: java.lang.IllegalStateException: "
                + "plug-in bug");
        assertThat(log).singleElement().satisfies(s -> {
            assertThat(s.getSeverity()).isEqualTo(IStatus.ERROR);
            assertThat(s.getMessage()).contains("test.bundle");
            assertThat(s.getException()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void aRefusalIsAnErrorResultForTheUserWithoutLogEntry() {
        AnalysisResult r = run(new TestAnalyses.Refuses(), Parameters.none());
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo("needs two groups, found 1");
        assertThat(log).isEmpty();
    }

    @Test
    void aHungPluginIsStoppedAtTheTimeLimit() {
        long t0 = System.nanoTime();
        AnalysisResult r = runner.run("hangs", "test.bundle", new TestAnalyses.Hangs(), TestAnalyses.data(1),
                Parameters.none(), new NullProgressMonitor());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo("test.bundle: analysis 'hangs' did not finish within 300 ms and ignored the "
                + "stop: its thread was abandoned (it runs at the lowest priority until it ends or Vivarium exits; the "
                + "analysis cannot run again meanwhile)");
        assertThat(millis).as("time limit + grace period").isBetween(1_250L, 5_000L);
        assertThat(log).singleElement().extracting(IStatus::getSeverity).isEqualTo(IStatus.ERROR);
    }

    @Test
    void nanLadenResultsAreRejected() {
        AnalysisResult r = run(new TestAnalyses.ReturnsNaN(), Parameters.none());
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).contains("invalid numbers").contains("value mean is NaN");
        assertThat(r.values()).isEmpty();
        assertThat(log).hasSize(1);
    }

    @Test
    void cancellingTheCallersMonitorCancelsTheRun() throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            monitor.setCanceled(true);
        });
        canceller.start();
        AnalysisResult r = new AnalysisRunner(Duration.ofSeconds(20), log::add).run("coop", "b",
                new TestAnalyses.Cooperative(), TestAnalyses.data(1), Parameters.none(), monitor);
        canceller.join();
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.CANCELLED);
        assertThat(log).isEmpty();
    }

    @Test
    void aDescriptorWhoseClassCannotBeCreatedIsAnErrorResult() {
        AnalysisDescriptor broken = new AnalysisDescriptor("broken", "Broken", "other", "", "lab.bundle", () -> {
            throw new ClassNotFoundException("lab.Missing");
        });
        AnalysisResult r = runner.run(broken, TestAnalyses.data(1), Parameters.none(), new NullProgressMonitor());
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo("lab.bundle: analysis 'broken' cannot be created: "
                + "java.lang.ClassNotFoundException: lab.Missing");
        assertThat(log).hasSize(1);
    }
}
