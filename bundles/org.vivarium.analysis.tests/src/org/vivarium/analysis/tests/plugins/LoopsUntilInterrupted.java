package org.vivarium.analysis.tests.plugins;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** Loops using CPU and never looks at the monitor, but ends when its thread is interrupted. */
public class LoopsUntilInterrupted extends Broken {

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        throw new IllegalStateException("interrupted");
    }
}
