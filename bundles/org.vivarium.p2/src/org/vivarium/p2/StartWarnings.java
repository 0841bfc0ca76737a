package org.vivarium.p2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.vivarium.analysis.internal.PluginProblem;
import org.vivarium.analysis.internal.PluginResolution;

/**
 * What the command line and the workbench say at start about plug-ins that are there but not working: unresolved
 * analysis plug-ins, dropped-in jars that were not installed, jars copied into plugins/ by hand. Cheap (no p2).
 */
public final class StartWarnings {

    private StartWarnings() {
    }

    public static List<String> of(Path product) {
        BundleContext context = FrameworkUtil.getBundle(StartWarnings.class).getBundleContext();
        List<String> out = new ArrayList<>();
        for (PluginResolution.Unresolved u : PluginResolution.unresolved(context)) {
            out.add(u.message());
        }
        for (LooseJar j : LooseJar.find(product)) {
            if (!j.dropins()) {
                out.add(j.relative() + " was copied into plugins/ by hand and is ignored: install plug-ins with"
                        + " vivarium plugin install SITE, or put the jar into dropins/");
            } else if (!installed(context, j)) {
                out.add(j.symbolicName() + " " + j.version() + " (" + j.relative() + ") is not active: "
                        + PluginResolution.reason(context, j.headers()));
            }
        }
        return out;
    }

    /**
     * The same, as problems of whole plug-ins for the listings of analyses ({@code analyses}, the Analysis view), for
     * the product this runtime runs (a runtime without one - e.g. tests - lists the unresolved bundles only).
     */
    public static List<PluginProblem> problems() {
        List<String> texts;
        try {
            texts = of(PluginManager.runningProduct());
        } catch (PluginException | RuntimeException e) {
            texts = PluginResolution.unresolved().stream().map(PluginResolution.Unresolved::message).toList();
        }
        return texts.stream().map(PluginProblem::of).toList();
    }

    private static boolean installed(BundleContext context, LooseJar j) {
        for (Bundle b : context.getBundles()) {
            if (j.symbolicName().equals(b.getSymbolicName()) && b.getVersion().equals(Version.parseVersion(j.version()))) {
                return true;
            }
        }
        return false;
    }
}
