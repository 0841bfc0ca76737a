package org.vivarium.analysis.internal;

import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;

/** Reads the contributions to {@code org.vivarium.analysis.analyses} into a registry (see schema/analyses.exsd). */
public final class AnalysisExtensions {

    /** Allowed analysis ids: letters, digits, dots, dashes and underscores. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private AnalysisExtensions() {
    }

    public static void read(IExtensionRegistry extensions, AnalysisRegistry registry) {
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(AnalysisRegistry.EXTENSION_POINT)) {
            String bundle = e.getContributor().getName();
            if (!"analysis".equals(e.getName())) {
                registry.problem(bundle + ": unknown element <" + e.getName() + "> ignored");
                continue;
            }
            String id = e.getAttribute("id");
            String className = e.getAttribute("class");
            if (id == null || !ID.matcher(id).matches()) {
                registry.problem(bundle + ": analysis with invalid id '" + id + "' ignored (letters, digits, . - _)");
                continue;
            }
            if (className == null || className.isBlank()) {
                registry.problem(bundle + ": analysis " + id + " has no class; ignored");
                continue;
            }
            AnalysisDescriptor d = new AnalysisDescriptor(id, e.getAttribute("name"), e.getAttribute("category"),
                    e.getAttribute("description"), bundle, () -> create(e, className));
            try {
                registry.register(d);
            } catch (IllegalArgumentException duplicate) {
                registry.problem(bundle + ": " + duplicate.getMessage() + "; ignored");
            }
        }
    }

    private static Analysis create(IConfigurationElement e, String className) throws Exception {
        Object o = e.createExecutableExtension("class");
        if (!(o instanceof Analysis a)) {
            throw new ClassCastException(className + " does not implement " + Analysis.class.getName());
        }
        return a;
    }
}
