package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.AssumptionCheck;
import org.vivarium.analysis.result.AssumptionChecks;
import org.vivarium.analysis.result.Estimates;
import org.vivarium.analysis.result.PValues;

/** Journal formatting of p-values and estimates, and the assumption-check table's round trip. */
class PValuesTest {

    @Test
    void pValuesAsJournalsPrintThem() {
        assertThat(PValues.format(2.63814e-14)).isEqualTo("p < 0.001");
        assertThat(PValues.format(0.000999)).isEqualTo("p < 0.001");
        assertThat(PValues.format(0.001)).isEqualTo("p = 0.0010");
        assertThat(PValues.format(0.00123)).isEqualTo("p = 0.0012");
        assertThat(PValues.format(0.0421)).isEqualTo("p = 0.042");
        assertThat(PValues.format(0.1234)).isEqualTo("p = 0.12");
        assertThat(PValues.format(0.1)).isEqualTo("p = 0.10");
        assertThat(PValues.format(0.0996)).isEqualTo("p = 0.10");
        assertThat(PValues.format(0.87)).isEqualTo("p = 0.87");
        assertThat(PValues.format(0.994)).isEqualTo("p > 0.99");
        assertThat(PValues.format(1.0)).isEqualTo("p > 0.99");
        assertThat(PValues.format(0.0)).isEqualTo("p < 0.001");
        // never on the wrong side of 0.05
        assertThat(PValues.format(0.0496)).isEqualTo("p = 0.0496");
        assertThat(PValues.format(0.04951)).isEqualTo("p = 0.0495");
        assertThat(PValues.format(0.0504)).isEqualTo("p = 0.0504");
        assertThat(PValues.format(0.05)).isEqualTo("p = 0.050");
        assertThat(PValues.format(0.0494)).isEqualTo("p = 0.049");
        assertThat(PValues.format(0.0506)).isEqualTo("p = 0.051");
        assertThat(PValues.value(0.0421)).isEqualTo("0.042");
        assertThat(PValues.value(1e-9)).isEqualTo("< 0.001");
        assertThat(PValues.value(null)).isEqualTo("n/a");
        assertThat(PValues.format(Double.NaN)).isEqualTo("p = n/a");
        assertThatThrownBy(() -> PValues.value(1.5)).hasMessage("not a p-value: 1.5");
    }

    @Test
    void estimatesGetTheDigitsThatSuitThem() {
        assertThat(Estimates.format(12.3456)).isEqualTo("12.3");
        assertThat(Estimates.format(-0.045678)).isEqualTo("-0.0457");
        assertThat(Estimates.format(1.2)).isEqualTo("1.20");
        assertThat(Estimates.format(1234.56)).isEqualTo("1235");
        assertThat(Estimates.format(-150.44)).isEqualTo("-150");
        assertThat(Estimates.format(9.996)).isEqualTo("10.0");
        assertThat(Estimates.format(0.0)).isEqualTo("0");
        assertThat(Estimates.format(-0.00004567)).isEqualTo("-4.57e-5");
        assertThat(Estimates.format(Double.NaN)).isEqualTo("n/a");
        assertThat(Estimates.fixed(-0.004, 2)).isEqualTo("0.00");
        assertThat(Estimates.interval(8.912, 15.71, 12.3)).isEqualTo("[8.9, 15.7]");
        assertThat(Estimates.interval(-43.75, 2.98, -20.39)).isEqualTo("[-43.8, 3.0]");
        assertThat(Estimates.interval(-0.5, 0.5, 0.00012)).isEqualTo("[-0.500, 0.500]");
    }

    @Test
    void assumptionChecksRoundTripThroughTheirTable() {
        List<AssumptionCheck> checks = List.of(AssumptionCheck.tested(AssumptionCheck.NORMALITY, "Shapiro-Wilk",
                "W", 0.91, null, null, 0.03, "Shapiro-Wilk on the 20 residuals."),
                AssumptionCheck.tested(AssumptionCheck.EQUAL_VARIANCES, "Levene", "F", 1.2, 3.0, 36.0, 0.32, ""),
                AssumptionCheck.notTested(AssumptionCheck.SPHERICITY, "Mauchly", "not needed"));
        AnalysisResult r = AnalysisResult.builder("x", "X").table(AssumptionChecks.table(checks)).build();
        assertThat(AssumptionChecks.of(r)).isEqualTo(checks);
        assertThat(checks).extracting(AssumptionCheck::verdict).containsExactly(AssumptionCheck.Verdict.DOUBTFUL,
                AssumptionCheck.Verdict.NO_EVIDENCE_AGAINST, AssumptionCheck.Verdict.NOT_TESTED);
        assertThat(r.table("assumptions").rows().get(0)).containsExactly(AssumptionCheck.NORMALITY, "Shapiro-Wilk",
                "W", 0.91, null, null, 0.03, "doubtful", "Shapiro-Wilk on the 20 residuals.");
        assertThat(AssumptionChecks.of(AnalysisResult.builder("y", "Y").build())).isEmpty();
    }
}
