package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.internal.PluginResolution;
import org.vivarium.analysis.internal.PluginResolution.Unresolved;

/** An analysis plug-in that cannot resolve is listed with the reason in people's words. */
class PluginResolutionTest {

    private static final String PLUGIN_XML = "<?xml version=\"1.0\"?><plugin><extension point=\""
            + AnalysisRegistry.EXTENSION_POINT + "\"><analysis id=\"lab.x\" name=\"X\" class=\"lab.X\"/></extension></plugin>";

    private final BundleContext context = FrameworkUtil.getBundle(AnalysisRegistry.class).getBundleContext();

    @Test
    void aPluginBuiltForAnotherApiVersionSaysWhichItNeedsAndWhichThisVivariumHas() throws Exception {
        Bundle b = install("lab.wrong.api", "Require-Bundle", "org.vivarium.analysis;bundle-version=\"[2.0.0,3.0.0)\"",
                null);
        try {
            assertThat(PluginResolution.unresolved()).extracting(Unresolved::message).contains(
                    "lab.wrong.api 1.2.0 is not active: it needs org.vivarium.analysis [2.0.0,3.0.0) and this Vivarium has "
                            + PluginResolution.shortVersion(FrameworkUtil.getBundle(AnalysisRegistry.class).getVersion()));
        } finally {
            b.uninstall();
        }
        assertThat(PluginResolution.unresolved()).extracting(Unresolved::bundle).doesNotContain("lab.wrong.api");
    }

    @Test
    void aContributionWhosePackagesAreMissingIsNamedWithThePackage() throws Exception {
        Bundle b = install("lab.missing.pkg", "Import-Package", "org.example.nowhere;version=\"[1.0,2)\"", PLUGIN_XML);
        try {
            Unresolved u = PluginResolution.unresolved().stream().filter(x -> x.bundle().equals("lab.missing.pkg"))
                    .findFirst().orElseThrow();
            assertThat(u.reason()).isEqualTo(
                    "it needs package org.example.nowhere [1.0.0,2.0.0) and this Vivarium does not have it");
        } finally {
            b.uninstall();
        }
    }

    @Test
    void aBundleThatIsNoAnalysisPluginIsNotListedAndAJarNotInstalledIsExplainedFromItsManifest() throws Exception {
        Bundle b = install("lab.other", "Require-Bundle", "org.example.absent", null);
        try {
            assertThat(PluginResolution.unresolved()).extracting(Unresolved::bundle).doesNotContain("lab.other");
        } finally {
            b.uninstall();
        }
        assertThat(PluginResolution.reason(context, Map.of("Bundle-RequiredExecutionEnvironment", "JavaSE-99",
                "Require-Bundle", "org.vivarium.analysis;bundle-version=\"1.0.0\"")))
                .isEqualTo("it needs Java 99 and this Vivarium runs on Java " + Runtime.version().feature());
    }

    private Bundle install(String name, String header, String value, String pluginXml) throws Exception {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.2.0.v20260101");
        a.putValue(header, value);
        return context.installBundle("test:" + name, new ByteArrayInputStream(jar(m, pluginXml)));
    }

    private static byte[] jar(Manifest m, String pluginXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            if (pluginXml != null) {
                jar.putNextEntry(new JarEntry("plugin.xml"));
                jar.write(pluginXml.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
