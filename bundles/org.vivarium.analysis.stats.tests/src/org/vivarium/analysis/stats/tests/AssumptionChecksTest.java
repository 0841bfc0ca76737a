package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.CsvDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.AssumptionCheck;
import org.vivarium.analysis.result.AssumptionCheck.Verdict;
import org.vivarium.analysis.result.AssumptionChecks;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultText;

/**
 * The assumption checks the parametric analyses report (their numbers are checked against R by RReferenceTest):
 * which checks each analysis lists, how, and what the reader is told when one is doubtful.
 */
class AssumptionChecksTest {

    private static AnalysisResult run(String caseName) throws Exception {
        RReferenceTest.Case c = RReferenceTest.cases().stream().filter(x -> x.name().equals(caseName)).findFirst()
                .orElseThrow();
        AnalysisResult r = RReferenceTest.run(c);
        assertThat(r.isOk()).as(r.message()).isTrue();
        return r;
    }

    private static List<String> checks(AnalysisResult r) {
        return AssumptionChecks.of(r).stream().map(AssumptionCheck::check).toList();
    }

    @Test
    void eachParametricAnalysisListsItsChecks() throws Exception {
        assertThat(checks(run("t-test"))).containsExactly(AssumptionCheck.NORMALITY, AssumptionCheck.EQUAL_VARIANCES);
        assertThat(checks(run("welch-t-test"))).containsExactly(AssumptionCheck.NORMALITY);
        assertThat(checks(run("paired-t-test"))).containsExactly(AssumptionCheck.NORMALITY);
        for (String anova : List.of("one-way-anova", "tukey-hsd", "dunnett", "two-way-anova")) {
            assertThat(checks(run(anova))).as(anova).containsExactly(AssumptionCheck.NORMALITY,
                    AssumptionCheck.EQUAL_VARIANCES);
        }
        assertThat(checks(run("rm-anova"))).containsExactly(AssumptionCheck.NORMALITY, AssumptionCheck.SPHERICITY);
        assertThat(checks(run("mann-whitney-exact"))).isEmpty();
    }

    @Test
    void checksCarryTheirTestStatisticAndVerdict() throws Exception {
        AnalysisResult r = run("rm-anova");
        List<AssumptionCheck> c = AssumptionChecks.of(r);
        assertThat(c.get(0).test()).isEqualTo("Shapiro-Wilk");
        assertThat(c.get(0).statisticName()).isEqualTo("W");
        assertThat(c.get(0).statistic()).isEqualTo(r.value("shapiro.w"));
        assertThat(c.get(0).p()).isEqualTo(r.value("shapiro.p"));
        assertThat(c.get(0).comment()).startsWith("Shapiro-Wilk on the 72 within-subject residuals");
        assertThat(c.get(1).test()).isEqualTo("Mauchly");
        assertThat(c.get(1).statistic()).isEqualTo(r.value("mauchly.w"));
        assertThat(c.get(1).p()).isEqualTo(r.value("mauchly.p"));
        assertThat(c.get(1).verdict()).isEqualTo(r.value("mauchly.p") < 0.05 ? Verdict.DOUBTFUL
                : Verdict.NO_EVIDENCE_AGAINST);
        assertThat(r.table(AssumptionChecks.TABLE_ID).title()).isEqualTo("Assumption checks");
        assertThat(r.table(AssumptionChecks.TABLE_ID).columns()).extracting(col -> col.name()).containsExactly(
                "check", "test", "statisticName", "statistic", "df1", "df2", "p", "verdict", "comment");
    }

    @Test
    void aDoubtfulAssumptionIsANoteThatSaysWhatToDo() throws Exception {
        AnalysisResult r = run("t-test"); // the two groups' SDs are 15 and 30: Levene p = 0.0066
        AssumptionCheck levene = AssumptionChecks.of(r).get(1);
        assertThat(levene.test()).isEqualTo("Levene (median-centred, Brown-Forsythe)");
        assertThat(levene.statisticName()).isEqualTo("F");
        assertThat(levene.df1()).isEqualTo(1);
        assertThat(levene.df2()).isEqualTo(19);
        assertThat(levene.verdict()).isEqualTo(Verdict.DOUBTFUL);
        assertThat(AssumptionChecks.of(r).get(0).verdict()).isEqualTo(Verdict.NO_EVIDENCE_AGAINST);
        assertThat(r.notes()).filteredOn(n -> n.kind() == Note.Kind.ASSUMPTION).extracting(Note::text)
                .contains("Equal variances is doubtful (Levene (median-centred, Brown-Forsythe), p = 0.0066): "
                        + "Levene's test (absolute deviations from the medians) over the 2 groups. The variances "
                        + "differ: use welch-t-test, which does not assume equal variances.");
        assertThat(ResultText.text(r)).contains("Assumption checks").contains("doubtful").contains("0.0066");
    }

    @Test
    void checksThatCannotRunSayWhy() throws Exception {
        AnalysisResult r = run("paired-t-test");
        // two levels of the within factor: sphericity holds trivially
        RReferenceTest.Case two = new RReferenceTest.Case("rm-2", "rm-anova", "paired", new CsvDatasets.Columns(
                "value", List.of("condition"), "subject", null), Parameters.of("within", "condition", "group", ""), Map.of());
        AnalysisResult twoLevels = RReferenceTest.run(two);
        assertThat(twoLevels.isOk()).as(twoLevels.message()).isTrue();
        AssumptionCheck sphericity = AssumptionChecks.of(twoLevels).get(1);
        assertThat(sphericity.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(sphericity.comment()).isEqualTo("not needed: with 2 levels of condition sphericity always holds.");
        assertThat(sphericity.p()).isNull();
        assertThat(AssumptionChecks.of(r).get(0).comment()).startsWith("Shapiro-Wilk on the 11 differences pre - post");
    }
}
