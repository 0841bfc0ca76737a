package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;

class RegistryTest {

    @Test
    void theBuiltInsAreReadFromTheExtensionPointWithTheirBundle() throws Exception {
        AnalysisRegistry registry = AnalysisRegistry.getDefault();
        AnalysisDescriptor d = registry.find("one-way-anova").orElseThrow();
        assertThat(d.name()).isEqualTo("One-way ANOVA");
        assertThat(d.category()).isEqualTo("several-groups");
        assertThat(d.contributor()).isEqualTo("org.vivarium.analysis.stats");
        assertThat(d.analysis().parameters()).extracting(p -> p.name()).contains("group", "measure", "subset");
        assertThat(registry.all()).extracting(AnalysisDescriptor::id).contains("descriptives", "durability");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void analysesCanBeRegisteredInCodeAndUnregistered() {
        AnalysisRegistry registry = new AnalysisRegistry();
        AnalysisDescriptor sum = AnalysisDescriptor.of("lab.sum", "Sum", "lab", "Adds", TestAnalyses.Sum::new);
        try (AnalysisRegistry.Registration r = registry.register(sum)) {
            assertThat(registry.find("lab.sum")).containsSame(sum);
            assertThatThrownBy(() -> registry.register(AnalysisDescriptor.of("lab.sum", "Other", "lab", "",
                    TestAnalyses.Sum::new))).hasMessage("analysis id 'lab.sum' is taken by (registered in code)");
        }
        assertThat(registry.find("lab.sum")).isEmpty();
    }

    @Test
    void invalidContributionsAreIgnoredAndReported() {
        IExtensionRegistry extensions = mock(IExtensionRegistry.class);
        IConfigurationElement good = element("lab.good", "Good", TestAnalyses.Sum.class.getName());
        IConfigurationElement badId = element("has space", "Bad", TestAnalyses.Sum.class.getName());
        IConfigurationElement noClass = element("lab.noclass", "No class", null);
        IConfigurationElement duplicate = element("lab.good", "Again", TestAnalyses.Sum.class.getName());
        when(extensions.getConfigurationElementsFor(AnalysisRegistry.EXTENSION_POINT))
                .thenReturn(new IConfigurationElement[] { good, badId, noClass, duplicate });
        AnalysisRegistry registry = AnalysisRegistry.fromExtensions(extensions);
        assertThat(registry.all()).extracting(AnalysisDescriptor::id).containsExactly("lab.good");
        assertThat(registry.find("lab.good").orElseThrow().contributor()).isEqualTo("lab.bundle");
        assertThat(registry.problems()).containsExactly(
                "lab.bundle: analysis with invalid id 'has space' ignored (letters, digits, . - _)",
                "lab.bundle: analysis lab.noclass has no class; ignored",
                "lab.bundle: analysis id 'lab.good' is taken by lab.bundle; ignored");
    }

    private static IConfigurationElement element(String id, String name, String className) {
        IConfigurationElement e = mock(IConfigurationElement.class);
        IContributor contributor = mock(IContributor.class);
        when(contributor.getName()).thenReturn("lab.bundle");
        when(e.getContributor()).thenReturn(contributor);
        when(e.getName()).thenReturn("analysis");
        when(e.getAttribute("id")).thenReturn(id);
        when(e.getAttribute("name")).thenReturn(name);
        when(e.getAttribute("class")).thenReturn(className);
        return e;
    }
}
