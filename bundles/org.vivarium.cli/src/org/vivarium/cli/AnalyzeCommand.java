package org.vivarium.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.Study;

/**
 * {@code analyze STUDY --analysis ID [--assay A] [--measure M] [--param k=v;k=v] [--format text|json|csv]
 * [--timeout SECONDS] [--chart OUT.png|svg|pdf [--size single|double|slide]]}: runs an installed analysis on a
 * study's assay, stopped after the time limit (default 120 s; exit {@link Cli#TIMEOUT}). Without
 * --measure all measures of the assay are extracted and the analysis uses the primary one (or its {@code measure}
 * parameter); without --assay, the assay kind the analysis is made for, when it names exactly one. With --chart the
 * result's charts are written instead of the result (see {@link ChartFiles}).
 */
final class AnalyzeCommand implements Command {

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String usage() {
        return "analyze STUDY --analysis ID [--assay A] [--measure M] [--param k=v;k=v] [--format text|json|csv] "
                + "[--timeout SECONDS|DURATION] [--chart OUT.png|svg|pdf [--size single|double|slide]]";
    }

    @Override
    public String summary() {
        return "run an analysis on a study's assay (see: vivarium analyses)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String id = args.requiredOption("analysis");
        String assayCode = args.option("assay", null);
        String measure = args.option("measure", null);
        Map<String, String> params = AnalysisRuns.params(args.option("param", null));
        Duration timeLimit = TimeLimit.of(args.option("timeout", null));
        ChartFiles charts = ChartFiles.of(args);
        String format = args.format("text", "json", "csv");
        args.checkNoneLeft(1);
        AnalysisDescriptor d = AnalysisRuns.find(id);
        Study study = StudyFiles.read(file).study();
        String assay = assayCode != null ? assayCode : defaultAssay(d, study);
        Dataset data;
        try {
            data = StudyDatasets.extract(study, assay, measure);
        } catch (DatasetException e) {
            throw new RejectedException(e.problems().stream().map(p -> file + ": " + p).toList(), null);
        }
        if (!d.analysis().applicability().accepts(data)) {
            console.err().println("warning: " + d.id() + " is made for " + d.analysis().applicability() + ", not for "
                    + data.source());
        }
        if (charts != null) {
            return charts.write(d, AnalysisRuns.run(d, data, params, timeLimit), console);
        }
        return AnalysisRuns.runAndPrint(d, data, params, timeLimit, format, console);
    }

    private static String defaultAssay(AnalysisDescriptor d, Study study) throws Exception {
        var kinds = d.analysis().applicability().assayKinds();
        if (kinds.size() == 1) {
            String kind = kinds.iterator().next();
            for (AssayDefinition a : study.getAssays()) {
                if (a.getKind().getName().equals(kind)) {
                    return a.getCode();
                }
            }
        }
        throw new UsageException("missing --assay (assays: " + String.join(", ", study.getAssays().stream()
                .map(AssayDefinition::getCode).toList()) + ")");
    }
}
