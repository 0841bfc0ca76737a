package org.example.lab.analysis;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/** A minimal lab analysis for the end-to-end test of plug-in installation: the number of observations. */
public class ObservationCount implements Analysis {

    @Override
    public Applicability applicability() {
        return Applicability.of(Applicability.Values.ANY, Applicability.Design.GROUPS);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public AnalysisResult run(Dataset data, Parameters parameters, IProgressMonitor monitor) {
        return AnalysisResult.builder("org.example.lab.observation-count", "Observation count @VERSION@")
                .value("observations", data.observations().size()).build();
    }
}
