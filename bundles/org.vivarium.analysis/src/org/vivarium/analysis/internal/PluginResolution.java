package org.vivarium.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Why an analysis plug-in is installed but not active, in people's words: "org.example.lab.analysis 1.0.0 is not
 * active: it needs org.vivarium.analysis [2.0.0,3.0.0) and this Vivarium has 1.1.0". A plug-in is a bundle that
 * requires org.vivarium.analysis (bundle or packages) or contributes to its extension point.
 */
public final class PluginResolution {

    private static final String API = "org.vivarium.analysis";

    /**
     * A plug-in bundle that did not resolve.
     *
     * @param bundle its symbolic name
     * @param version its version (major.minor.micro)
     * @param location where it was installed from
     * @param reason why it is not active ("it needs ... and this Vivarium has ...")
     */
    public record Unresolved(String bundle, String version, String location, String reason) {

        /** "org.example.lab.analysis 1.0.0 is not active: it needs ...". */
        public String message() {
            return bundle + " " + version + " is not active: " + reason;
        }
    }

    private PluginResolution() {
    }

    /** The analysis plug-ins of this runtime that are installed but not resolved. */
    public static List<Unresolved> unresolved() {
        Bundle self = FrameworkUtil.getBundle(PluginResolution.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        return context == null ? List.of() : unresolved(context);
    }

    /** The analysis plug-ins of a framework that are installed but not resolved. */
    public static List<Unresolved> unresolved(BundleContext context) {
        List<Unresolved> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.INSTALLED && isPlugin(b)) {
                of(context, b).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Why a bundle of the framework is not resolved (empty when it is). */
    public static Optional<Unresolved> of(BundleContext context, Bundle b) {
        if (b.getState() != Bundle.INSTALLED) {
            return Optional.empty();
        }
        return Optional.of(new Unresolved(b.getSymbolicName(), shortVersion(b.getVersion()), b.getLocation(),
                reason(context, headers(b.getHeaders("")))));
    }

    /**
     * Why a bundle with these manifest headers cannot resolve in this framework (e.g. a jar that was not installed):
     * each requirement nothing meets, "; "-separated; a general sentence when every requirement seems met.
     */
    public static String reason(BundleContext context, Map<String, String> headers) {
        Set<String> reasons = new LinkedHashSet<>();
        String ee = headers.get(Constants.BUNDLE_REQUIREDEXECUTIONENVIRONMENT);
        if (ee != null && ee.trim().startsWith("JavaSE-")) {
            int needed = javaVersion(ee.trim().substring(7).split(",")[0]);
            int have = Runtime.version().feature();
            if (needed > have) {
                reasons.add("it needs Java " + needed + " and this Vivarium runs on Java " + have);
            }
        }
        for (ManifestElement e : elements(Constants.REQUIRE_BUNDLE, headers)) {
            if (optional(e)) {
                continue;
            }
            VersionRange range = range(e.getAttribute(Constants.BUNDLE_VERSION_ATTRIBUTE));
            List<String> have = new ArrayList<>();
            boolean met = false;
            for (Bundle b : context.getBundles()) {
                if (e.getValue().equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED) {
                    have.add(shortVersion(b.getVersion()));
                    met |= range.includes(b.getVersion()) && b.getState() != Bundle.INSTALLED;
                }
            }
            if (!met) {
                reasons.add(needs(e.getValue(), range, have));
            }
        }
        Map<String, List<Version>> exported = exportedPackages(context);
        for (ManifestElement e : elements(Constants.IMPORT_PACKAGE, headers)) {
            if (optional(e)) {
                continue;
            }
            VersionRange range = range(e.getAttribute(Constants.VERSION_ATTRIBUTE));
            List<Version> versions = exported.getOrDefault(e.getValue(), List.of());
            if (versions.stream().noneMatch(range::includes)) {
                reasons.add(needs("package " + e.getValue(), range,
                        versions.stream().map(PluginResolution::shortVersion).distinct().toList()));
            }
        }
        if (reasons.isEmpty()) {
            return "it could not be resolved (the reason is in the log of the configuration area)";
        }
        return String.join("; ", reasons);
    }

    private static String needs(String what, VersionRange range, List<String> have) {
        String r = range.getRight() == null ? (range.getLeft().equals(Version.emptyVersion) ? ""
                : " " + shortVersion(range.getLeft()) + " or later") : " " + range;
        return "it needs " + what + r + " and this Vivarium "
                + (have.isEmpty() ? "does not have it" : "has " + String.join(", ", have));
    }

    /** True for a bundle that requires the analysis API or contributes to its extension point. */
    static boolean isPlugin(Bundle b) {
        if (API.equals(b.getSymbolicName())) {
            return false;
        }
        Map<String, String> h = headers(b.getHeaders(""));
        for (ManifestElement e : elements(Constants.REQUIRE_BUNDLE, h)) {
            if (e.getValue().equals(API)) {
                return true;
            }
        }
        for (ManifestElement e : elements(Constants.IMPORT_PACKAGE, h)) {
            if (e.getValue().equals(API) || e.getValue().startsWith(API + ".")) {
                return true;
            }
        }
        URL pluginXml = b.getEntry("plugin.xml");
        if (pluginXml != null) {
            try (InputStream in = pluginXml.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(API + ".analyses");
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private static Map<String, List<Version>> exportedPackages(BundleContext context) {
        Map<String, List<Version>> out = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            BundleWiring w = b.adapt(BundleWiring.class);
            if (w == null) {
                continue;
            }
            for (BundleCapability c : w.getCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
                Object name = c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE);
                Object v = c.getAttributes().get(Constants.VERSION_ATTRIBUTE);
                if (name instanceof String n) {
                    out.computeIfAbsent(n, k -> new ArrayList<>()).add(v instanceof Version ver ? ver : Version.emptyVersion);
                }
            }
        }
        return out;
    }

    private static List<ManifestElement> elements(String header, Map<String, String> headers) {
        String value = headers.get(header);
        if (value == null) {
            return List.of();
        }
        try {
            ManifestElement[] parsed = ManifestElement.parseHeader(header, value);
            List<ManifestElement> out = new ArrayList<>();
            for (ManifestElement e : parsed) {
                for (String name : e.getValueComponents()) {
                    out.add(ManifestElement.parseHeader(header, name + rest(e))[0]);
                }
            }
            return out;
        } catch (BundleException e) {
            return List.of();
        }
    }

    /** The attributes and directives of an element, to split "a;b;version=1" into one element per name. */
    private static String rest(ManifestElement e) {
        StringBuilder s = new StringBuilder();
        var keys = e.getKeys();
        if (keys != null) {
            while (keys.hasMoreElements()) {
                String k = keys.nextElement();
                s.append(';').append(k).append("=\"").append(e.getAttribute(k)).append('"');
            }
        }
        var directives = e.getDirectiveKeys();
        if (directives != null) {
            while (directives.hasMoreElements()) {
                String k = directives.nextElement();
                s.append(';').append(k).append(":=\"").append(e.getDirective(k)).append('"');
            }
        }
        return s.toString();
    }

    private static boolean optional(ManifestElement e) {
        return Constants.RESOLUTION_OPTIONAL.equals(e.getDirective(Constants.RESOLUTION_DIRECTIVE));
    }

    private static VersionRange range(String text) {
        if (text == null || text.isBlank()) {
            return new VersionRange(VersionRange.LEFT_CLOSED, Version.emptyVersion, null, VersionRange.RIGHT_OPEN);
        }
        try {
            return VersionRange.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return new VersionRange(VersionRange.LEFT_CLOSED, Version.emptyVersion, null, VersionRange.RIGHT_OPEN);
        }
    }

    private static Map<String, String> headers(Dictionary<String, String> d) {
        Map<String, String> out = new HashMap<>();
        for (var keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            out.put(k, d.get(k));
        }
        return out;
    }

    private static int javaVersion(String s) {
        try {
            String v = s.trim();
            return Integer.parseInt(v.startsWith("1.") ? v.substring(2) : v.replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** 1.0.0.qualifier as 1.0.0. */
    public static String shortVersion(Version v) {
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }
}
