package org.vivarium.examples.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.model.Study;

class SucrosePreferenceTest {

    private static final String ID = "org.vivarium.examples.sucrose-preference";

    private final Study demo = DemoStudy.generate(3, LocalDate.of(2026, 3, 1));

    private AnalysisResult run(Dataset data, Parameters p) {
        AnalysisDescriptor d = AnalysisRegistry.getDefault().find(ID).orElseThrow();
        return new AnalysisRunner(Duration.ofSeconds(30), s -> {
            throw new AssertionError("unexpected log entry: " + s);
        }).run(d, data, p, new NullProgressMonitor());
    }

    @Test
    void isContributedThroughTheExtensionPointOnly() {
        AnalysisDescriptor d = AnalysisRegistry.getDefault().find(ID).orElseThrow();
        assertThat(d.contributor()).isEqualTo("org.vivarium.examples.analysis");
        assertThat(d.category()).isEqualTo("lab");
        assertThat(d.name()).isEqualTo("Sucrose preference per cage");
    }

    @Test
    void computesThePreferenceOfEveryCageFromItsIntakes() throws Exception {
        Dataset spt = StudyDatasets.extract(demo, "SPT", null);
        AnalysisResult r = run(spt, Parameters.none());
        assertThat(r.isOk()).as(r.message()).isTrue();
        ResultTable cages = r.table("cages");
        // every cage of the five tested cohorts, once per session
        assertThat(cages.rows()).hasSize(5 * 16);
        List<Object> first = cages.rows().get(0);
        String cage = (String) first.get(0);
        double sucrose = value(spt, cage, "sucrose");
        double water = value(spt, cage, "water");
        assertThat((Double) first.get(5)).isCloseTo(100 * sucrose / (sucrose + water), within(1e-12));
        assertThat(first.get(1)).isEqualTo(spt.observations().stream().filter(o -> o.unit().equals(cage))
                .findFirst().orElseThrow().level("arm"));
        long below = cages.rows().stream().filter(row -> (Double) row.get(5) < 65).count();
        assertThat(r.value("cagesBelowThreshold")).isEqualTo(below);
        assertThat(r.value("VEH+VEH@1 wk.cages")).isEqualTo(4);
        assertThat(r.charts()).singleElement().extracting(ChartSpec::kind).isEqualTo(ChartSpec.Kind.TIME_COURSE);
    }

    @Test
    void theThresholdIsAParameter() throws Exception {
        Dataset spt = StudyDatasets.extract(demo, "SPT", null);
        assertThat(run(spt, Parameters.of("threshold", "0")).value("cagesBelowThreshold")).isZero();
        assertThat(run(spt, Parameters.of("threshold", "100")).value("cagesBelowThreshold")).isEqualTo(80);
    }

    @Test
    void otherDataAreRefusedWithAClearMessage() throws Exception {
        AnalysisResult r = run(StudyDatasets.extract(demo, "FST", null), Parameters.none());
        assertThat(r.status()).isEqualTo(AnalysisResult.Status.ERROR);
        assertThat(r.message()).isEqualTo("sucrose preference needs the measures sucrose and water (found "
                + "[immobility, latency])");
    }

    private static double value(Dataset data, String cage, String measure) {
        return data.observations().stream().filter(o -> o.unit().equals(cage) && o.measure().equals(measure))
                .mapToDouble(Observation::value).findFirst().orElseThrow();
    }
}
