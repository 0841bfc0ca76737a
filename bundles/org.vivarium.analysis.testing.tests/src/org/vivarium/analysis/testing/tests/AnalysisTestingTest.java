package org.vivarium.analysis.testing.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.testing.AnalysisTesting;
import org.vivarium.analysis.testing.DemoDatasets;
import org.vivarium.analysis.testing.SmallDataset;

/** The published test support works as its javadoc says, without Vivarium's internal test bundle. */
class AnalysisTestingTest {

    @Test
    void theDemoDatasetsAreTheDemoStudysAssays() {
        Dataset fst = DemoDatasets.dataset("FST", "immobility");
        assertThat(fst.measures()).containsOnlyKeys("immobility");
        assertThat(fst.control(Dataset.ARM)).isEqualTo("VEH+VEH");
        assertThat(fst.levels(Dataset.ARM)).containsExactly("VEH+VEH", "KET+VEH", "VEH+BCI", "KET+BCI");
        assertThat(DemoDatasets.dataset("SPT").unitKind()).isEqualTo("cage");
        assertThat(DemoDatasets.dataset("FST").observations()).isEqualTo(DemoDatasets.dataset("FST").observations());
        assertThatThrownBy(() -> DemoDatasets.dataset("XYZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("demo study: ").hasMessageContaining("XYZ");
    }

    @Test
    void aSmallDatasetHasTheGroupsAndTimesAsWritten() {
        Dataset d = SmallDataset.of("immobility", "s").control("VEH").group("VEH", "24 h", 24, 150, 160)
                .group("KET", "24 h", 24, 90).excluded("KET-9", "excluded", "climbed out").build();
        assertThat(d.levels(Dataset.ARM)).containsExactly("VEH", "KET");
        assertThat(d.control(Dataset.ARM)).isEqualTo("VEH");
        assertThat(d.levels(Dataset.TIME)).containsExactly("24 h");
        assertThat(d.observations()).extracting(o -> o.unit() + "=" + o.value())
                .containsExactly("VEH-24 h-1=150.0", "VEH-24 h-2=160.0", "KET-24 h-1=90.0");
        assertThat(d.measures().get("immobility").unit()).isEqualTo("s");
        assertThat(d.exclusions()).singleElement().extracting(e -> e.reason()).isEqualTo("climbed out");
    }

    @Test
    void runsARegisteredAnalysisThroughTheRunner() {
        Dataset d = SmallDataset.of("x", "").group("A", 1, 2, 3).build();
        try (AnalysisRegistry.Registration r = register("test.mean", (data, p) -> AnalysisResult
                .builder("test.mean", "Mean").value("mean", data.observations().stream()
                        .mapToDouble(o -> o.value()).average().orElseThrow()).build())) {
            assertThat(AnalysisTesting.runOk("test.mean", d, Parameters.none()).value("mean")).isEqualTo(2.0);
        }
    }

    @Test
    void aFailureTheRunnerWouldLogFailsTheTestWithItsMessage() {
        Dataset d = SmallDataset.of("x", "").group("A", 1).build();
        try (AnalysisRegistry.Registration r = register("test.throws", (data, p) -> {
            throw new IllegalStateException("bug in the plug-in");
        }); AnalysisRegistry.Registration n = register("test.nan", (data, p) -> AnalysisResult
                .builder("test.nan", "NaN").value("v", Double.NaN).build())) {
            assertThatThrownBy(() -> AnalysisTesting.run("test.throws", d)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("bug in the plug-in").hasCauseInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> AnalysisTesting.run("test.nan", d)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("invalid numbers");
        }
    }

    @Test
    void dataThatDoNotSuitAreAnErrorResultAndRunOkSaysWhy() {
        Dataset d = SmallDataset.of("x", "").group("A", 1).build();
        try (AnalysisRegistry.Registration r = register("test.refuses", (data, p) -> {
            throw new AnalysisException("needs two groups");
        })) {
            assertThat(AnalysisTesting.run("test.refuses", d).message()).isEqualTo("needs two groups");
            assertThatThrownBy(() -> AnalysisTesting.runOk("test.refuses", d, Parameters.none()))
                    .isInstanceOf(AssertionError.class).hasMessage("analysis test.refuses ended ERROR: needs two groups");
        }
    }

    @Test
    void anUnknownIdListsWhatIsRegistered() {
        assertThatThrownBy(() -> AnalysisTesting.descriptor("no.such")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("no analysis 'no.such' is registered (is plugin.xml in build.properties' "
                        + "bin.includes?); registered: [").hasMessageContaining("descriptives");
    }

    private interface Body {
        AnalysisResult run(Dataset data, Parameters p) throws AnalysisException;
    }

    private static AnalysisRegistry.Registration register(String id, Body body) {
        Analysis analysis = new Analysis() {
            @Override
            public Applicability applicability() {
                return Applicability.of(Applicability.Values.ANY, Applicability.Design.GROUPS);
            }

            @Override
            public List<org.vivarium.analysis.Parameter> parameters() {
                return List.of();
            }

            @Override
            public AnalysisResult run(Dataset data, Parameters p, org.eclipse.core.runtime.IProgressMonitor m)
                    throws AnalysisException {
                return body.run(data, p);
            }
        };
        return AnalysisRegistry.getDefault().register(AnalysisDescriptor.of(id, id, "test", "", () -> analysis));
    }
}
