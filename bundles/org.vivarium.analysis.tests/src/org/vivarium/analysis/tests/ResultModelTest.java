package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultChecks;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.ResultText;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.result.Statistic;

class ResultModelTest {

    @Test
    void checksFindNonFiniteNumbersAndImpossibleProbabilitiesEverywhere() {
        AnalysisResult r = AnalysisResult.builder("x", "X").value("a", Double.POSITIVE_INFINITY)
                .statistic(Statistic.of("s", "test").statistic("t", 1).p(1.5).build())
                .table(new ResultTable.Builder("t", "T").column(Column.number("m", "M", "")).row(Double.NaN).build())
                .chart(new ChartSpec(ChartSpec.Kind.DOT_MEAN_SEM, "c", "", "", ChartSpec.Axis.CATEGORY, List.of("g"),
                        ChartSpec.ErrorBars.SEM, List.of(new Series("g", Series.Style.POINTS,
                                List.of(Point.category("g", Double.NaN, "u1")))), List.of()))
                .build();
        assertThat(ResultChecks.problems(r)).containsExactly("value a is Infinity", "statistic s p is 1.5, outside "
                + "[0, 1]", "table t row 1 m is NaN", "chart c series g y is NaN");
    }

    @Test
    void textAndCsvRenderingsCarryTheNumbers() {
        AnalysisResult r = AnalysisResult.builder("one-way-anova", "One-way ANOVA").value("f", 13.5)
                .statistic(Statistic.of("F(arm)", "One-way ANOVA").statistic("F", 13.5).df(1, 4).p(0.0213116)
                        .build())
                .table(new ResultTable.Builder("anova", "Analysis of variance").column(Column.text("source", "Source"))
                        .column(Column.number("ss", "SS", "")).row("arm", 13.5).row("Residual", 4.0).build())
                .build();
        assertThat(ResultText.text(r)).contains("F(arm): F(1, 4) = 13.5, p = 0.021  (One-way ANOVA)")
                .contains("  arm       13.5\n  Residual     4\n");
        assertThat(ResultText.csv(r)).contains("source,ss\narm,13.5\nResidual,4.0\n").contains("f,13.5");
    }

    @Test
    void textPrintsPValuesAsJournalsDoAndCsvKeepsThemExact() {
        AnalysisResult r = AnalysisResult.builder("x", "X")
                .statistic(Statistic.of("arm[time=1 wk].KET-VEH", "simple effect").label("arm KET vs VEH, within "
                        + "time: 1 wk").statistic("t", -7.91879).df(382).p(2.63814e-14).adjusted("Sidak", 0.04962)
                        .build())
                .table(new ResultTable.Builder("c", "Comparisons").column(Column.text("comparison", "Comparison"))
                        .column(Column.p("p", "p")).column(Column.number("diff", "Difference", ""))
                        .row("a", 0.12345, 0.12345).row("b", 0.0004, 0.0004).build())
                .build();
        assertThat(ResultText.text(r)).contains("arm KET vs VEH, within time: 1 wk: t(382) = -7.91879, p < 0.001, "
                + "p (Sidak) = 0.0496  (simple effect)").containsPattern("\n  a +0\\.12 +0\\.12345\n")
                .containsPattern("\n  b +< 0\\.001 +0\\.0004\n");
        assertThat(ResultText.csv(r)).contains("a,0.12345,0.12345").contains("b,4.0E-4,4.0E-4");
        assertThat(r.statistic("arm[time=1 wk].KET-VEH").label()).isEqualTo("arm KET vs VEH, within time: 1 wk");
        assertThat(Statistic.of("F(arm)", "ANOVA").build().label()).isEqualTo("F(arm)");
    }

    @Test
    void csvTextThatASpreadsheetWouldRunIsNeutralisedButNumbersStayNumbers() {
        AnalysisResult r = AnalysisResult.builder("descriptives", "Descriptives")
                .table(new ResultTable.Builder("d", "Descriptives").column(Column.text("group", "Group"))
                        .column(Column.number("mean", "Mean", "")).row("=HYPERLINK(\"http://x\")", -2.5)
                        .row("@SUM(1+1)", 3.0).row("-2+3", 1.0).build())
                .build();
        assertThat(ResultText.csv(r)).contains("\"'=HYPERLINK(\"\"http://x\"\")\",-2.5\n")
                .contains("'@SUM(1+1),3.0\n").contains("'-2+3,1.0\n");
    }

    @Test
    void valuesAreUniqueAndTablesRectangular() {
        assertThatThrownBy(() -> AnalysisResult.builder("x", "X").value("a", 1).value("a", 2))
                .hasMessage("value 'a' set twice");
        assertThatThrownBy(() -> new ResultTable.Builder("t", "T").column(Column.text("a", "A")).row("x", "y")
                .build()).hasMessage("table t: row has 2 cells, expected 1");
    }
}
