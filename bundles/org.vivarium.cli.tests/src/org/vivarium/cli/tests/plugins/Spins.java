package org.vivarium.cli.tests.plugins;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** Loops using CPU, ignoring the monitor and interrupts, until {@link #release()} (the test) or a minute has passed. */
public class Spins extends ThrowsOnRun {

    private static volatile boolean released;

    public static void release() {
        released = true;
    }

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!released && System.nanoTime() < until) {
            Thread.onSpinWait();
            Thread.interrupted(); // swallows interrupts
        }
        return AnalysisResult.builder("spins", "Spins").build();
    }
}
