package org.vivarium.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.AnalysisRegistry;

/**
 * Which analyses can run and which cannot, and why: an analysis is runnable when its class can be created, it
 * describes itself ({@code applicability()}, {@code parameters()}) without throwing and no abandoned run of it still
 * runs. What every listing shows (CLI {@code analyses}, {@code analyze}, the workbench's Analysis view).
 */
public final class AnalysisAvailability {

    /**
     * The analyses that can run, and the plug-in problems: contributions ignored when the extensions were read,
     * analyses that cannot be created or used, and those passed in (e.g. plug-in bundles that did not resolve).
     */
    public record Listing(List<AnalysisDescriptor> runnable, List<PluginProblem> problems) {

        public Listing {
            runnable = List.copyOf(runnable);
            problems = List.copyOf(problems);
        }

        /** The problem of the analysis with this id, if it is listed as not runnable. */
        public Optional<PluginProblem> problemOf(String analysisId) {
            return problems.stream().filter(p -> p.analysis().equals(analysisId)).findFirst();
        }
    }

    private AnalysisAvailability() {
    }

    /** The listing of a registry, with more plug-in problems found elsewhere (none: an empty list). */
    public static Listing of(AnalysisRegistry registry, List<PluginProblem> more) {
        List<PluginProblem> problems = new ArrayList<>(more);
        List<PluginProblem> read = AnalysisExtensions.problems(registry);
        problems.addAll(read);
        List<String> known = read.stream().map(PluginProblem::text).toList();
        registry.problems().stream().filter(p -> !known.contains(p)).map(PluginProblem::of).forEach(problems::add);
        List<AnalysisDescriptor> runnable = new ArrayList<>();
        for (AnalysisDescriptor d : registry.all()) {
            Optional<PluginProblem> problem = check(d);
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else {
                runnable.add(d);
            }
        }
        return new Listing(runnable, problems);
    }

    /** Why this analysis cannot run now, or empty when it can. */
    public static Optional<PluginProblem> check(AnalysisDescriptor d) {
        PluginFailures words = new PluginFailures(d.contributor(), d.id());
        Analysis a;
        try {
            a = d.analysis();
        } catch (AnalysisException e) {
            return Optional.of(words.problem(e.getMessage()));
        }
        String method = "applicability";
        try {
            a.applicability();
            method = "parameters";
            a.parameters();
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(words.problem(words.cannotDescribe(method, e)));
        }
        return AbandonedRuns.since(d.contributor(), d.id()).map(since -> words.problem(words.stillRunning(since)));
    }
}
