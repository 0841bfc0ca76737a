package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.internal.AnalysisAvailability;
import org.vivarium.analysis.internal.PluginProblem;
import org.vivarium.p2.StartWarnings;

/**
 * The analyses the Analysis view offers: those that can run, then those that cannot, marked, each with its problem in
 * the words of the command line's {@code analyses} (from {@link AnalysisAvailability}); plug-in problems that concern
 * no single analysis are listed apart.
 */
final class AnalysisChoices {

    /** The mark before an analysis that cannot run (at the start, so that a narrow list still shows it). */
    static final String CANNOT_RUN = "(cannot run) ";

    private final List<String> ids = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private final List<AnalysisDescriptor> runnable = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();
    private final List<PluginProblem> pluginProblems = new ArrayList<>();

    private AnalysisChoices(AnalysisAvailability.Listing listing, AnalysisRegistry registry) {
        for (AnalysisDescriptor d : listing.runnable()) {
            add(d.id(), d.name() + "  (" + d.id() + ")", d, null);
        }
        for (PluginProblem p : listing.problems()) {
            if (p.analysis().isEmpty() || registry.find(p.analysis()).isEmpty()) {
                pluginProblems.add(p);
            } else {
                AnalysisDescriptor d = registry.find(p.analysis()).get();
                add(d.id(), CANNOT_RUN + d.name() + "  (" + d.id() + ")", null, p);
            }
        }
    }

    private void add(String id, String item, AnalysisDescriptor d, PluginProblem p) {
        ids.add(id);
        items.add(item);
        runnable.add(d);
        problems.add(p);
    }

    /** The installed analyses as they are now (an abandoned run makes its analysis one that cannot run). */
    static AnalysisChoices read() {
        AnalysisRegistry registry = AnalysisRegistry.getDefault();
        return new AnalysisChoices(AnalysisAvailability.of(registry, StartWarnings.problems()), registry);
    }

    String[] items() {
        return items.toArray(String[]::new);
    }

    List<String> ids() {
        return List.copyOf(ids);
    }

    /** The analysis at this index when it can run, else null. */
    AnalysisDescriptor runnable(int index) {
        return index < 0 || index >= runnable.size() ? null : runnable.get(index);
    }

    /** Why the analysis at this index cannot run, or null. */
    PluginProblem problem(int index) {
        return index < 0 || index >= problems.size() ? null : problems.get(index);
    }

    /** The problems of plug-ins that concern no listed analysis, one per line ("" when none). */
    String pluginProblems() {
        return String.join("\n", pluginProblems.stream().map(PluginProblem::text).toList());
    }
}
