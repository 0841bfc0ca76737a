package org.vivarium.analysis.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.AnalysisRegistry;

/**
 * Reads the contributions to {@code org.vivarium.analysis.analyses} into a registry (see schema/analyses.exsd).
 * Contributions that cannot be registered are recorded as {@link PluginProblem}s (and as text in the registry's
 * problems); an analysis whose class cannot be created says why, in {@link PluginFailures}' words.
 */
public final class AnalysisExtensions {

    /** Allowed analysis ids: letters, digits, dots, dashes and underscores. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Map<AnalysisRegistry, List<PluginProblem>> PROBLEMS = Collections.synchronizedMap(
            new WeakHashMap<>());

    private AnalysisExtensions() {
    }

    public static void read(IExtensionRegistry extensions, AnalysisRegistry registry) {
        List<PluginProblem> problems = new ArrayList<>();
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(AnalysisRegistry.EXTENSION_POINT)) {
            String bundle = e.getContributor().getName();
            String version = PluginFailures.versionOf(bundle);
            if (!"analysis".equals(e.getName())) {
                problem(registry, problems, new PluginProblem(bundle, version, "", "unknown element <" + e.getName()
                        + "> ignored"));
                continue;
            }
            String id = e.getAttribute("id");
            String className = e.getAttribute("class");
            if (id == null || !ID.matcher(id).matches()) {
                problem(registry, problems, new PluginProblem(bundle, version, "", "analysis with invalid id '" + id
                        + "' ignored (letters, digits, . - _)"));
                continue;
            }
            if (className == null || className.isBlank()) {
                problem(registry, problems, new PluginProblem(bundle, version, id, "analysis " + id
                        + " has no class; ignored"));
                continue;
            }
            AnalysisDescriptor d = new AnalysisDescriptor(id, e.getAttribute("name"), e.getAttribute("category"),
                    e.getAttribute("description"), bundle, () -> create(e, bundle, id, className));
            try {
                registry.register(d);
            } catch (IllegalArgumentException duplicate) {
                problem(registry, problems, new PluginProblem(bundle, version, "", duplicate.getMessage()
                        + "; ignored"));
            }
        }
        PROBLEMS.put(registry, List.copyOf(problems));
    }

    /** The contributions that {@link #read} could not register into this registry. */
    public static List<PluginProblem> problems(AnalysisRegistry registry) {
        return PROBLEMS.getOrDefault(registry, List.of());
    }

    private static void problem(AnalysisRegistry registry, List<PluginProblem> problems, PluginProblem p) {
        problems.add(p);
        registry.problem(p.text());
    }

    private static Analysis create(IConfigurationElement e, String bundle, String id, String className)
            throws AnalysisException {
        PluginFailures words = new PluginFailures(bundle, id);
        Object o;
        try {
            o = e.createExecutableExtension("class");
        } catch (CoreException | RuntimeException | LinkageError failure) {
            throw new AnalysisException(words.cannotCreate(className, failure));
        }
        if (!(o instanceof Analysis a)) {
            throw new AnalysisException(words.notAnAnalysis(className));
        }
        return a;
    }
}
