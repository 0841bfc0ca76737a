package org.vivarium.p2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.internal.PluginResolution;

/**
 * The state of each lab plug-in as this runtime sees it: what p2 installed (by feature, through its bundles), what
 * lies in dropins/ and what was copied into plugins/ by hand. The same words in {@code plugin list} and the workbench.
 */
public final class PluginStates {

    private PluginStates() {
    }

    public static List<PluginState> of(PluginManager manager) {
        BundleContext context = FrameworkUtil.getBundle(PluginStates.class).getBundleContext();
        List<String> problems = AnalysisRegistry.getDefault().problems();
        List<PluginState> out = new ArrayList<>();
        for (InstalledPlugin p : manager.installed()) {
            out.add(new PluginState(p.id(), p.version(), state(context, p.bundles(), problems), true));
        }
        for (LooseJar j : LooseJar.find(manager.product())) {
            out.add(new PluginState(j.symbolicName(), j.version(), state(context, j, problems), false));
        }
        return out;
    }

    /** Warnings for the start of the command line or the workbench: each jar not installed, each unresolved one. */
    public static List<String> warnings(PluginManager manager) {
        return of(manager).stream().filter(s -> !s.active()).map(s -> s.id() + " " + s.version() + ": " + s.state())
                .toList();
    }

    private static String state(BundleContext context, List<String> bundles, List<String> problems) {
        List<String> states = new ArrayList<>();
        for (String bsn : bundles) {
            Optional<Bundle> b = find(context, bsn, null);
            if (b.isEmpty()) {
                states.add("not started yet: " + bsn + " is used from the next start of Vivarium");
                continue;
            }
            String s = bundleState(context, b.get(), problems);
            if (!s.equals("active")) {
                states.add(s);
            }
        }
        return states.isEmpty() ? "active" : String.join("; ", states);
    }

    private static String state(BundleContext context, LooseJar j, List<String> problems) {
        Optional<Bundle> b = find(context, j.symbolicName(), j.version());
        if (!j.dropins()) {
            return "not installed: " + j.relative() + " was copied into plugins/ by hand, which Vivarium ignores;"
                    + " install it with: vivarium plugin install SITE (or put it into dropins/)";
        }
        if (b.isEmpty()) {
            return "unresolved: " + j.relative() + ": " + PluginResolution.reason(context, j.headers());
        }
        String s = bundleState(context, b.get(), problems);
        return s + " (" + j.relative() + ")";
    }

    private static String bundleState(BundleContext context, Bundle b, List<String> problems) {
        Optional<PluginResolution.Unresolved> u = PluginResolution.of(context, b);
        if (u.isPresent()) {
            return "unresolved: " + u.get().message();
        }
        for (String p : problems) {
            if (p.startsWith(b.getSymbolicName() + ":")) {
                return "failing: " + p;
            }
        }
        return "active";
    }

    private static Optional<Bundle> find(BundleContext context, String bsn, String version) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED
                    && (version == null || b.getVersion().equals(Version.parseVersion(version)))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
