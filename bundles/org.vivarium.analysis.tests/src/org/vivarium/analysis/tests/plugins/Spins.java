package org.vivarium.analysis.tests.plugins;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/**
 * Loops using CPU and ignores the monitor and interrupts: only {@link #release()} (the test, when done) or a minute
 * ends it, so that the test JVM does not keep a spinning thread.
 */
public class Spins extends Broken {

    private static volatile boolean released;

    /** Lets every spinning run end. */
    public static void release() {
        released = true;
    }

    /** Lets the next runs spin again. */
    public static void hold() {
        released = false;
    }

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!released && System.nanoTime() < until) {
            Thread.onSpinWait();
            Thread.interrupted(); // a badly behaved plug-in swallows interrupts
        }
        return AnalysisResult.builder("spins", "Spins").build();
    }
}
