package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.model.Study;

/** What people read in a result: simple-effect labels, the durability sentences, the time axis. */
class ReadableResultsTest {

    private final Study demo = DemoStudy.generate(1, LocalDate.of(2026, 3, 1));

    @Test
    void simpleEffectsAreLabelledInWordsAndKeepTheirMachineKeys() throws Exception {
        AnalysisResult r = BuiltinsTest.run("two-way-anova", StudyDatasets.extract(demo, "FST", "immobility"),
                Parameters.of("group", "arm", "by", "time", "comparisons", "vs-control"));
        assertThat(r.isOk()).as(r.message()).isTrue();
        Statistic s = r.statistic("arm[time=8 wk].KET+BCI-VEH+VEH");
        assertThat(s.label()).isEqualTo("arm KET+BCI vs VEH+VEH, within time: 8 wk");
        assertThat(r.values()).containsKey("arm[time=8 wk].KET+BCI-VEH+VEH.pSidak");
        ResultTable t = r.table("simpleEffects");
        assertThat(t.rows()).extracting(row -> row.get(0)).contains("arm KET+BCI vs VEH+VEH, within time: 8 wk",
                "time 8 wk vs 24 h, within arm: VEH+VEH").noneMatch(c -> c.toString().contains("["));
        AnalysisResult compounds = BuiltinsTest.run("two-way-anova", StudyDatasets.extract(demo, "FST",
                "immobility"), Parameters.of("subset", "time=1 wk"));
        assertThat(compounds.statistics()).extracting(Statistic::label).allSatisfy(l -> assertThat(l)
                .doesNotContain("[").doesNotContain("=")).anySatisfy(l -> assertThat(l).matches(
                        "Ketamine .+ vs .+, within BCI: .+"));
    }

    @Test
    void durabilitySaysPlainlyWhereTheDifferenceHolds() throws Exception {
        AnalysisResult r = BuiltinsTest.run("durability", StudyDatasets.extract(demo, "FST", "immobility"),
                Parameters.none());
        assertThat(r.notes()).extracting(Note::text).anySatisfy(t -> assertThat(t).startsWith(
                "KET+BCI vs VEH+VEH: differs up to 8 wk (the last significant timepoint); significant at 24 h, 1 wk, "
                        + "2 wk, 4 wk and 8 wk, continuously from the first timepoint (24 h) through 8 wk; at 8 wk: "
                        + "difference ")).noneSatisfy(t -> assertThat(t).contains("without a gap"));
        ResultTable summary = r.table("durability");
        assertThat(summary.columns().get(3).label()).isEqualTo("Continuously from 24 h through");
        assertThat(r.statistic("KET+BCI@8 wk").label()).isEqualTo("KET+BCI vs VEH+VEH at 8 wk");

        AnalysisResult gaps = BuiltinsTest.run("durability", gappy(), Parameters.of("control", "VEH"));
        assertThat(gaps.isOk()).as(gaps.message()).isTrue();
        assertThat(gaps.notes()).extracting(Note::text).anySatisfy(t -> assertThat(t).startsWith("KET vs VEH: "
                + "differs up to 1 wk (the last significant timepoint); significant at 1 h and 1 wk; at the first "
                + "timepoint (1 h) but not at 24 h; at 1 wk: ")).anySatisfy(t -> assertThat(t).startsWith("BCI vs "
                        + "VEH: differs up to 1 wk (the last significant timepoint); significant at 24 h and 1 wk, not "
                        + "at the first timepoint (1 h); at 1 wk: "));
        ResultTable t = gaps.table("durability");
        assertThat(t.rows()).extracting(row -> row.get(3)).containsExactlyInAnyOrder("1 h", "not significant at 1 h");
    }

    @Test
    void timeAxesNameEveryTimepointAndHaveNoHourUnit() throws Exception {
        AnalysisResult r = BuiltinsTest.run("durability", gappy(), Parameters.of("control", "VEH"));
        assertThat(r.charts()).hasSize(2).allSatisfy(c -> {
            assertThat(c.xAxis()).isEqualTo(ChartSpec.Axis.HOURS_SINCE_DOSE);
            assertThat(c.xLabel()).isEqualTo("Time since dose");
            assertThat(c.categories()).containsExactly("1 h", "24 h", "1 wk");
            assertThat(c.series().get(0).points()).extracting(Point::category).containsExactly("1 h", "24 h", "1 wk");
        });
        AnalysisResult d = BuiltinsTest.run("descriptives", StudyDatasets.extract(demo, "FST", "immobility"),
                Parameters.of("by", "time"));
        ChartSpec course = d.charts().stream().filter(c -> c.kind() == ChartSpec.Kind.TIME_COURSE).findFirst()
                .orElseThrow();
        assertThat(course.xLabel()).isEqualTo("Time since dose");
        assertThat(course.categories()).containsExactly("24 h", "1 wk", "2 wk", "4 wk", "8 wk");
    }

    /** VEH at 100; KET differs at 1 h and 1 wk but not 24 h; BCI differs at 24 h and 1 wk but not 1 h. */
    static Dataset gappy() {
        Dataset.Builder b = Dataset.builder().source("gaps");
        Map<String, double[]> shift = Map.of("VEH", new double[] { 0, 0, 0 }, "KET", new double[] { -50, 0, -50 },
                "BCI", new double[] { 0, -50, -50 });
        List<String> times = List.of("1 h", "24 h", "1 wk");
        double[] hours = { 1, 24, 168 };
        double[] noise = { -2, 1, 0, 2, -1, 1.5 };
        for (int t = 0; t < times.size(); t++) {
            for (String arm : List.of("VEH", "KET", "BCI")) {
                for (int i = 0; i < noise.length; i++) {
                    Map<String, String> levels = new LinkedHashMap<>();
                    levels.put(Dataset.ARM, arm);
                    levels.put(Dataset.TIME, times.get(t));
                    b.add(new Observation(arm + t + i, "y", levels, hours[t], 100 + shift.get(arm)[t] + noise[i],
                            false));
                }
            }
        }
        return b.build();
    }
}
