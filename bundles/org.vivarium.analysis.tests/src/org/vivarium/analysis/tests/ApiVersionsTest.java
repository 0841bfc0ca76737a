package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.vivarium.analysis.result.Statistic;

/**
 * The plug-in API's promise (see the guide's "API and compatibility"): every exported package is either API with a
 * 1.x version or marked x-internal, and what API 1.0 offered still works. The build's baseline check
 * (releng/baseline) compares the signatures; this test checks the manifest as the running platform reads it.
 */
class ApiVersionsTest {

    @Test
    void everyExportedPackageIsVersionedApiOrInternal() throws Exception {
        Bundle api = Platform.getBundle("org.vivarium.analysis");
        ManifestElement[] exports = ManifestElement.parseHeader(Constants.EXPORT_PACKAGE,
                api.getHeaders("").get(Constants.EXPORT_PACKAGE));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ManifestElement e : exports) {
            boolean internal = "true".equals(e.getDirective("x-internal")) || e.getDirective("x-friends") != null;
            String version = e.getAttribute(Constants.VERSION_ATTRIBUTE);
            kinds.put(e.getValue(), internal ? "internal" : version == null ? "unversioned" : "api");
            if (!internal) {
                assertThat(version).as("version of API package %s", e.getValue()).isNotNull();
                assertThat(Version.parseVersion(version).getMajor()).as("major of %s", e.getValue()).isEqualTo(1);
            }
        }
        assertThat(kinds).containsEntry("org.vivarium.analysis", "api")
                .containsEntry("org.vivarium.analysis.data", "api")
                .containsEntry("org.vivarium.analysis.result", "api")
                .containsEntry("org.vivarium.analysis.internal", "internal")
                .doesNotContainValue("unversioned");
        assertThat(api.getVersion().getMajor()).isEqualTo(1);
    }

    @Test
    void theStatisticConstructorOfApi10StillWorksAndLabelsByKey() {
        Statistic s = new Statistic("F(arm)", "one-way ANOVA", "F", 12.5, 3.0, 36.0, 0.0001, null, null, null, null,
                null, null, null, "eta squared", 0.51);

        assertThat(s.label()).isEqualTo("F(arm)");
        assertThat(s.statistic()).isEqualTo(12.5);
        assertThat(s.effectSize()).isEqualTo(0.51);
        assertThat(s).isEqualTo(Statistic.of("F(arm)", "one-way ANOVA").statistic("F", 12.5).df(3, 36).p(0.0001)
                .effectSize("eta squared", 0.51).build());
    }
}
