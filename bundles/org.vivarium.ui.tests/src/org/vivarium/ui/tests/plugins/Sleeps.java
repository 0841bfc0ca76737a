package org.vivarium.ui.tests.plugins;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** Never looks at the monitor; sleeps in a loop for up to a minute, but ends when interrupted. */
public class Sleeps extends ThrowsOnRun {

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return AnalysisResult.builder("sleeps", "Sleeps").build();
    }
}
