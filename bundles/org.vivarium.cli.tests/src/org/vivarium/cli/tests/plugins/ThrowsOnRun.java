package org.vivarium.cli.tests.plugins;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** A lab analysis with a bug: throws while running. */
public class ThrowsOnRun implements Analysis {

    @Override
    public Applicability applicability() {
        return Applicability.of(Applicability.Values.ANY, Applicability.Design.GROUPS);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.number("start", "Start date", 20260301, "A whole-number default."));
    }

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
        throw new IllegalStateException("lab bug");
    }
}
