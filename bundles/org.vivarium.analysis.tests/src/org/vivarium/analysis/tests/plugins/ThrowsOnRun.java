package org.vivarium.analysis.tests.plugins;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** Throws while running. */
public class ThrowsOnRun extends Broken {

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
        throw new IllegalStateException("plug-in bug");
    }
}
