package org.vivarium.analysis.tests.plugins;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** The base of the misbehaving test plug-ins (fragment.xml): describes itself properly, returns an empty result. */
public abstract class Broken implements Analysis {

    @Override
    public Applicability applicability() {
        return Applicability.of(Applicability.Values.ANY, Applicability.Design.GROUPS);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
        return AnalysisResult.builder("broken", "Broken").build();
    }
}
