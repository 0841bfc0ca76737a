package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.publish.charts.ChartSize;
import org.vivarium.ui.charts.ChartViewer;
import org.vivarium.ui.review.AnalysisJob;
import org.vivarium.ui.review.AnalysisView;
import org.vivarium.ui.review.DashboardView;
import org.vivarium.ui.review.DurabilityView;

/** The PI's Review perspective on the demo: dashboard, durability with an exported chart, an analysis run. */
class ReviewUITest {

    private static void showReview() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.review");
    }

    private static void waitForAnalyses() throws InterruptedException {
        Job.getJobManager().join(AnalysisJob.FAMILY, null);
        Ui.flush();
    }

    @Test
    void dashboardShowsEnrolmentByArmAndSexAndItsCharts() throws Exception {
        showReview();
        DashboardView dashboard = Ui.show(DashboardView.ID, DashboardView.class);
        waitForAnalyses();
        Table enrolment = dashboard.enrolmentTable();
        assertThat(enrolment.getItemCount()).isEqualTo(8);
        assertThat(enrolment.getItem(0).getText(0)).isEqualTo("VEH+VEH");
        assertThat(enrolment.getItem(0).getText(2)).isEqualTo("60"); // 10 planned per sex x 6 cohorts
        assertThat(enrolment.getItem(0).getText(3)).isEqualTo("60");
        Table doses = dashboard.dosesTable();
        assertThat(doses.getItemCount()).as("a row per cohort").isEqualTo(6);
        assertThat(doses.getColumn(4).getText()).isEqualTo("Missed");
        assertThat(doses.getItem(1).getText(0)).isEqualTo("24 h");
        assertThat(doses.getItem(1).getText(2)).as("every dose of the 24 h cohort given")
                .isEqualTo(doses.getItem(1).getText(1));
        assertThat(doses.getItem(1).getText(4)).isEqualTo("0");
        assertThat(dashboard.bodyWeightChart().datasetCount()).isEqualTo(4);
        Ui.waitUntil(() -> dashboard.keyResultChart().hasChart(), "the key result chart is drawn");
        assertThat(dashboard.keyResultChart().title()).containsIgnoringCase("immobility");
    }

    @Test
    void durabilityAnswersTheStudysQuestionAndTheChartExports(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        showReview();
        DurabilityView view = Ui.show(DurabilityView.ID, DurabilityView.class);
        view.refresh();
        waitForAnalyses();
        Ui.waitUntil(() -> !view.panels().isEmpty() && view.results().size() == view.panels().size(),
                "durability of every outcome measured over time");
        assertThat(view.results()).extracting(AnalysisResult::title).anyMatch(t -> t.contains("mmobility"))
                .anyMatch(t -> t.contains("atency"));
        AnalysisResult fst = view.results().stream().filter(r -> r.title().contains("mmobility")).findFirst()
                .orElseThrow();
        assertThat(fst.isOk()).as(fst.message()).isTrue();
        assertThat(DurabilityViewSummary.of(fst)).contains("KET+BCI differs up to 8 wk");
        ChartViewer effect = view.panels().stream().flatMap(p -> p.charts().stream())
                .filter(c -> c.title().contains("effect over time")).findFirst().orElseThrow();
        assertThat(effect.exportStartFolder()).as("the export dialog starts in the study's folder")
                .isEqualTo(org.vivarium.ui.session.StudySessions.current().file().toAbsolutePath().getParent());
        for (String name : new String[] { "durability.png", "durability.svg", "durability.pdf" }) {
            effect.export(dir.resolve(name), ChartSize.DOUBLE_COLUMN);
            assertThat(Files.size(dir.resolve(name))).isGreaterThan(1000);
        }
        assertThat(Files.readString(dir.resolve("durability.svg"))).contains("8 wk");
    }

    @Test
    void anInstalledAnalysisRunsFromTheViewAsAJob() throws Exception {
        showReview();
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        view.preset("one-way-anova", "FST", "immobility", Map.of());
        view.run();
        waitForAnalyses();
        Ui.waitUntil(() -> view.lastResult() != null, "the analysis result");
        AnalysisResult result = view.lastResult();
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.statistics()).isNotEmpty();
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.text()).containsPattern("\\d"));
        assertThat(view.results().charts()).isNotEmpty();
        assertThat(view.results().charts().get(0).hasChart()).isTrue();
        assertThat(result.charts()).extracting(ChartSpec::kind).isNotEmpty();

        // Ctrl+C on a result table copies its header and the selected row, tab-separated, at full precision
        ResultTable first = result.tables().get(0);
        Table shown = Widgets.all(view.results(), Table.class).stream()
                .filter(t -> t.getColumnCount() == first.columns().size()
                        && t.getColumn(0).getText().startsWith(first.columns().get(0).label())).findFirst()
                .orElseThrow();
        shown.setSelection(0);
        String copied = Keyboard.copy(shown);
        String[] lines = copied.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].split("\t")).hasSize(first.columns().size()).contains(shown.getColumn(0).getText());
        assertThat(lines[1].split("\t", -1)).containsExactlyElementsOf(first.rows().get(0).stream()
                .map(v -> v == null ? "" : String.valueOf(v)).toList());
    }

    /** The durability view's one-line summary, e.g. "KET+BCI differs up to 8 wk; KET+VEH differs up to 1 wk". */
    private static final class DurabilityViewSummary {
        static String of(AnalysisResult r) {
            var t = r.table("durability");
            StringBuilder b = new StringBuilder();
            for (var row : t.rows()) {
                b.append(row.get(t.columnIndex("arm"))).append(" differs up to ")
                        .append(row.get(t.columnIndex("lastSignificant"))).append("; ");
            }
            return b.toString();
        }
    }
}
