package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Note;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.model.Study;

/** The built-ins as installed: ids, parameters, and what they say about the demo study. */
class BuiltinsTest {

    static final List<String> IDS = List.of("descriptives", "t-test", "welch-t-test", "mann-whitney",
            "paired-t-test", "wilcoxon", "one-way-anova", "tukey-hsd", "dunnett", "kruskal-wallis", "two-way-anova",
            "rm-anova", "kaplan-meier", "logrank", "grubbs", "durability");

    private final Study demo = DemoStudy.generate(1, LocalDate.of(2026, 3, 1));

    static AnalysisResult run(String id, Dataset data, Parameters p) {
        AnalysisDescriptor d = AnalysisRegistry.getDefault().find(id).orElseThrow();
        return new AnalysisRunner(Duration.ofMinutes(1), s -> {
            throw new AssertionError("unexpected log entry: " + s.getMessage());
        }).run(d, data, p, new NullProgressMonitor());
    }

    @Test
    void everyStableIdIsContributedByThisBundleWithTheCommonParameters() throws Exception {
        for (String id : IDS) {
            AnalysisDescriptor d = AnalysisRegistry.getDefault().find(id).orElseThrow(() -> new AssertionError(id));
            assertThat(d.contributor()).isEqualTo("org.vivarium.analysis.stats");
            assertThat(d.description()).isNotBlank();
            assertThat(d.analysis().parameters()).extracting(Parameter::name).contains("measure", "subset");
        }
    }

    @Test
    void durabilityAnswersTheSeedQuestionOnFstImmobility() throws Exception {
        AnalysisResult r = run("durability", StudyDatasets.extract(demo, "FST", "immobility"), Parameters.none());
        assertThat(r.isOk()).as(r.message()).isTrue();
        // the demo's story: ketamine alone fades after about a week, ketamine + BCI lasts to 8 weeks
        assertThat(r.value("KET+BCI.lastSignificantHours")).isEqualTo(1344);
        assertThat(r.value("KET+BCI.sustainedThroughHours")).isEqualTo(1344);
        assertThat(r.value("KET+VEH.lastSignificantHours")).isBetween(24.0, 336.0);
        assertThat(r.values()).doesNotContainKey("VEH+BCI.lastSignificantHours");
        assertThat(r.value("KET+BCI@8 wk.d")).isLessThan(-0.8);
        ChartSpec effect = r.charts().stream().filter(c -> c.kind() == ChartSpec.Kind.EFFECT_OVER_TIME).findFirst()
                .orElseThrow();
        assertThat(effect.markers()).extracting(Marker::label).contains("KET+BCI: last significant 8 wk");
        assertThat(effect.series()).extracting(s -> s.name()).containsExactly("KET+VEH", "VEH+BCI", "KET+BCI");
        assertThat(r.notes()).filteredOn(n -> n.kind() == Note.Kind.EXCLUSION).extracting(Note::text)
                .anySatisfy(t -> assertThat(t).contains("4W-").contains("misinjection"));
        assertThat(r.excluded()).containsEntry("animal EXCLUDED", 1);
    }

    @Test
    void durabilityUsesLogRankTestsForCensoredNsfLatencies() throws Exception {
        AnalysisResult r = run("durability", StudyDatasets.extract(demo, "NSF", "latency"), Parameters.none());
        assertThat(r.isOk()).as(r.message()).isTrue();
        assertThat(r.values()).containsKey("KET+BCI@8 wk.hr").containsKey("KET+BCI@8 wk.chisq");
        assertThat(r.value("KET+BCI.lastSignificantHours")).isGreaterThan(r.value("KET+VEH.lastSignificantHours"));
        assertThat(r.value("KET+BCI@8 wk.hr")).isGreaterThan(1);
    }

    @Test
    void twoWayAnovaDefaultsToTheCompoundFactors() throws Exception {
        AnalysisResult r = run("two-way-anova", StudyDatasets.extract(demo, "FST", "immobility"),
                Parameters.of("subset", "time=1 wk"));
        assertThat(r.isOk()).as(r.message()).isTrue();
        assertThat(r.value("Ketamine.p")).isLessThan(1e-6);
        assertThat(r.values()).containsKeys("BCI.f", "Ketamine:BCI.f", "residual.df");
        assertThat(r.value("residual.df")).isEqualTo(80 - 4);
    }

    @Test
    void cageAssaysCountCages() throws Exception {
        AnalysisResult r = run("one-way-anova", StudyDatasets.extract(demo, "SPT", "preference"),
                Parameters.of("subset", "time=1 wk"));
        assertThat(r.value("dfWithin")).isEqualTo(16 - 4);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n.text()).endsWith("N = 16 cages."));
        assertThat(r.notes()).noneMatch(n -> n.kind() == Note.Kind.WARNING);
    }

    @Test
    void poolingTimepointsWithoutModellingTimeIsFlagged() throws Exception {
        AnalysisResult pooled = run("one-way-anova", StudyDatasets.extract(demo, "FST", "immobility"),
                Parameters.none());
        assertThat(pooled.notes()).filteredOn(n -> n.kind() == Note.Kind.WARNING).extracting(Note::text)
                .containsExactly("Values of 5 timepoints (24 h, 1 wk, 2 wk, 4 wk, 8 wk) are analysed together; "
                        + "analyse one time since dose (Analyse only: Time since dose; on the command line --param "
                        + "subset=time=24 h), or use time as a factor (durability, "
                        + "two-way-anova with by=time).");
        AnalysisResult byTime = run("two-way-anova", StudyDatasets.extract(demo, "FST", "immobility"),
                Parameters.of("group", "arm", "by", "time", "comparisons", "vs-control"));
        assertThat(byTime.notes()).noneMatch(n -> n.kind() == Note.Kind.WARNING);
        assertThat(byTime.value("arm[time=8 wk].KET+BCI-VEH+VEH.pSidak")).isLessThan(0.05);
    }

    @Test
    void unsuitableDataGetClearMessages() {
        Dataset.Builder b = Dataset.builder().source("t");
        for (String arm : List.of("A", "B")) {
            for (String time : List.of("1", "2")) {
                if (arm.equals("B") && time.equals("2")) {
                    continue;
                }
                for (int i = 0; i < 3; i++) {
                    Map<String, String> levels = new LinkedHashMap<>();
                    levels.put("arm", arm);
                    levels.put("time", time);
                    b.add(new Observation(arm + time + i, "y", levels, null, 5, false));
                }
            }
        }
        Dataset data = b.build();
        assertThat(run("two-way-anova", data, Parameters.of("group", "arm", "by", "time")).message())
                .isEqualTo("two-way ANOVA needs values in every cell of arm x time; empty: arm=B & time=2");
        assertThat(run("t-test", data, Parameters.of("group", "arm")).message())
                .isEqualTo("t-test: the data are constant (standard error 0)");
        assertThat(run("one-way-anova", data, Parameters.of("group", "sex")).message())
                .isEqualTo("the data have no factor 'sex' (factors: [arm, time])");
    }
}
