package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.model.Study;

class StudyDatasetsTest {

    private final Study demo = DemoStudy.generate(1, LocalDate.of(2026, 3, 1));

    @Test
    void animalsAreTheUnitsWithArmFactorsSexCohortAndTime() throws Exception {
        Dataset d = StudyDatasets.extract(demo, "FST", "immobility");
        assertThat(d.unitKind()).isEqualTo("animal");
        assertThat(d.factors()).containsExactly("arm", "sex", "cohort", "Ketamine", "BCI", "time");
        assertThat(d.levels("arm")).containsExactly("VEH+VEH", "KET+VEH", "VEH+BCI", "KET+BCI");
        assertThat(d.control("arm")).isEqualTo("VEH+VEH");
        assertThat(d.levels("Ketamine")).containsExactly("no", "10 mg/kg");
        assertThat(d.control("BCI")).isEqualTo("no");
        // the 1 h cohort is dosed today and has no data yet
        assertThat(d.levels("time")).containsExactly("24 h", "1 wk", "2 wk", "4 wk", "8 wk");
        Observation combo = d.observations().stream().filter(o -> o.level("arm").equals("KET+BCI")).findFirst()
                .orElseThrow();
        assertThat(combo.levels()).containsEntry("Ketamine", "10 mg/kg").containsEntry("BCI", "10 mg/kg");
        assertThat(combo.timeHours()).isNotNull();
        assertThat(d.hasRepeatedUnits()).isFalse();
        assertThat(d.measures()).containsOnlyKeys("immobility");
    }

    @Test
    void excludedValuesAreLeftOutAndCountedWithTheirReasons() throws Exception {
        Dataset immobility = StudyDatasets.extract(demo, "FST", "immobility");
        // 5 cohorts with data x 80 animals, minus the dead one (no values) and the misinjected one (excluded)
        assertThat(immobility.observations()).hasSize(5 * 80 - 1 - 2);
        assertThat(immobility.exclusionCounts()).containsExactly(java.util.Map.entry("animal EXCLUDED", 1));
        assertThat(immobility.exclusions().get(0).describe()).contains("suspected misinjection");
        Dataset latency = StudyDatasets.extract(demo, "FST", "latency");
        assertThat(latency.exclusionCounts()).containsEntry("measurement excluded", 1);
        assertThat(latency.exclusions()).anySatisfy(e -> assertThat(e.reason()).contains("protocol deviation"));
        assertThat(latency.observations()).noneMatch(o -> o.unit().equals(latency.exclusions().stream()
                .filter(e -> e.category().equals("measurement excluded")).findFirst().orElseThrow().unit())
                && o.level("time").equals("1 wk"));
    }

    @Test
    void cageAssaysHaveTheCageAsTheUnit() throws Exception {
        Dataset spt = StudyDatasets.extract(demo, "SPT", null);
        assertThat(spt.unitKind()).isEqualTo("cage");
        assertThat(spt.measures()).containsOnlyKeys("sucrose", "water", "preference");
        assertThat(spt.primaryMeasure()).isEqualTo("preference");
        assertThat(spt.observations()).allSatisfy(o -> assertThat(o.unit()).matches("\\w+-C\\d\\d"));
        // 5 cohorts with data x 16 cages of 5 (same arm and sex) x 3 measures
        assertThat(spt.observations()).hasSize(5 * 16 * 3);
        assertThat(spt.observations()).allSatisfy(o -> assertThat(o.level("sex")).isIn("FEMALE", "MALE"));
    }

    @Test
    void censoredLatenciesKeepTheirFlag() throws Exception {
        Dataset nsf = StudyDatasets.extract(demo, "nsf", "latency");
        assertThat(nsf.hasCensoredValues()).isTrue();
        assertThat(nsf.measures().get("latency").censoringCutoff()).isEqualTo(600.0);
        assertThat(nsf.observations()).filteredOn(Observation::censored).allSatisfy(o -> assertThat(o.value())
                .isEqualTo(600));
    }

    @Test
    void unknownAssaysAndMeasuresAreNamed() {
        assertThatThrownBy(() -> StudyDatasets.extract(demo, "XYZ", null)).isInstanceOf(DatasetException.class)
                .hasMessage("study KET-BCI-DEMO has no assay 'XYZ' (assays: [FST, TST, NSF, SPT, OFT, EPM, BW])");
        assertThatThrownBy(() -> StudyDatasets.extract(demo, "FST", "swim"))
                .hasMessage("assay FST has no measure 'swim' (measures: [immobility, latency])");
    }
}
