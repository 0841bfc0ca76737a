package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.charts.ChartViewer;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.handlers.NewStudyHandler;
import org.vivarium.ui.review.AnalysisJob;
import org.vivarium.ui.review.AnalysisView;
import org.vivarium.ui.review.DashboardView;
import org.vivarium.ui.review.DurabilityView;
import org.vivarium.ui.session.StudySessions;

/**
 * The Review views show only the open study, run any installed analysis with the parameters it declares, on the
 * part of the data chosen from its levels, and show statistics as journal columns; the dashboard's key result leaves
 * out sessions in progress and shows n.
 */
class ReviewViewsUITest {

    private static final String REVIEW = "org.vivarium.rcp.perspective.review";

    @TempDir
    Path dir;

    @AfterEach
    void restore() throws Exception {
        Job.getJobManager().resume();
        DesignUi.restore();
    }

    private static void waitForAnalyses() throws InterruptedException {
        Job.getJobManager().join(AnalysisJob.FAMILY, null);
        Ui.flush();
    }

    private static void pressRun(AnalysisView view) throws InterruptedException {
        Widgets.press(Widgets.button(view.controls(), "Run analysis", 0));
        waitForAnalyses();
    }

    /** Chooses an item of a read-only list as a click does: the selection, then its selection event. */
    private static void choose(Combo combo, String itemStart) {
        List<String> items = List.of(combo.getItems());
        int i = items.stream().filter(s -> s.startsWith(itemStart)).findFirst().map(items::indexOf).orElseThrow(
                () -> new AssertionError("no item " + itemStart + " in " + items));
        combo.setFocus();
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
    }

    private static List<String> labels(Composite root) {
        return Widgets.all(root, Label.class).stream().map(Label::getText).toList();
    }

    private static List<String> headers(Table t) {
        return java.util.Arrays.stream(t.getColumns()).map(c -> c.getText()).toList();
    }

    @Test
    void everyViewShowsOnlyTheOpenStudyAndARunForTheStudyBeforeIsDropped() throws Exception {
        DesignUi.rememberDemo();
        Ui.showPerspective(REVIEW);
        DashboardView dashboard = Ui.show(DashboardView.ID, DashboardView.class);
        DurabilityView durability = Ui.show(DurabilityView.ID, DurabilityView.class);
        AnalysisView analysis = Ui.show(AnalysisView.ID, AnalysisView.class);
        analysis.preset("one-way-anova", "FST", "immobility", Map.of());
        pressRun(analysis);
        assertThat(analysis.lastResult().isOk()).as(analysis.lastResult().message()).isTrue();
        assertThat(Widgets.all(analysis.results(), Table.class)).isNotEmpty();

        // runs started on the demo that finish after another study is opened
        Job.getJobManager().suspend();
        Widgets.press(Widgets.button(analysis.controls(), "Run analysis", 0));
        dashboard.refresh();
        durability.refresh();
        Path file = dir.resolve("empty.vivarium");
        DesignUi.answering("New Study", d -> {
            Widgets.all(d, Text.class).get(0).setText("An empty study");
            DesignUi.press(d, "OK");
        }, () -> assertThat(NewStudyHandler.newStudy(Ui.window().getShell(), name -> file)).isTrue());
        Job.getJobManager().resume();
        waitForAnalyses();
        Ui.showPerspective(REVIEW);
        Ui.flush();
        assertThat(StudySessions.current().study().getTitle()).isEqualTo("An empty study");

        Ui.show(AnalysisView.ID, AnalysisView.class);
        assertThat(analysis.lastResult()).as("no result of the demo").isNull();
        assertThat(analysis.results().getChildren()).as("no tables, notes or charts of the demo").isEmpty();
        assertThat(Widgets.all(analysis.controls(), Combo.class)).as("analysis, assay and measure only, no form")
                .hasSize(3);
        assertThat(((Combo) Widgets.fieldAfter(analysis.controls(), "Assay:")).getItems()).isEmpty();
        assertThat(analysis.status()).isEqualTo("No assay of this study has results yet.");
        BenchUi.screenshot("review-analysis-after-new-study");

        Ui.show(DashboardView.ID, DashboardView.class);
        assertThat(dashboard.keyResultSpec()).as("the demo's key result is not drawn for the new study").isNull();
        assertThat(dashboard.keyResultChart()).as("no chart to draw for a study without results").isNull();
        assertThat(dashboard.keyResultCaption()).startsWith("No primary outcome has results");
        assertThat(dashboard.enrolmentTable().getItemCount()).isZero();
        BenchUi.screenshot("review-dashboard-after-new-study");

        Ui.show(DurabilityView.ID, DurabilityView.class);
        assertThat(durability.results()).isEmpty();
        assertThat(durability.panels()).isEmpty();
    }

    @Test
    void assumptionChecksHaveASectionOfTheirOwnWhicheverWayAResultCarriesThem() throws Exception {
        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        view.preset("one-way-anova", "FST", "immobility", Map.of());
        pressRun(view);
        AnalysisResult anova = view.lastResult();
        boolean checked = anova.statistics().stream().anyMatch(s -> s.key().startsWith("assumption:"))
                || anova.tables().stream().anyMatch(t -> t.title().toLowerCase().contains("assumption"))
                || anova.notes().stream().anyMatch(n -> n.kind() == Note.Kind.ASSUMPTION);
        assertThat(labels(view.results()).contains("Assumptions")).as("the ANOVA's checks are shown")
                .isEqualTo(checked);

        AnalysisResult result = AnalysisResult.builder("test", "A result with its checks")
                .statistic(Statistic.of("KET+VEH vs VEH+VEH", "Welch two-sample t-test").statistic("t", -7.91879)
                        .df(382).p(2.63814e-14).estimate("mean difference", -31.4567).ci(0.95, -39.1, -23.8).build())
                .statistic(Statistic.of("assumption: normality of residuals", "Shapiro-Wilk").statistic("W", 0.9912)
                        .p(0.2345).build())
                .table(new org.vivarium.analysis.result.ResultTable.Builder("assumptions", "Assumption checks")
                        .column(org.vivarium.analysis.result.Column.text("check", "Check"))
                        .column(org.vivarium.analysis.result.Column.p("p", "p"))
                        .row("equal variances (Levene)", 0.0004).row("sphericity (Mauchly)", 0.0496).build())
                .note(Note.Kind.ASSUMPTION, "Residuals look normal (Shapiro-Wilk W = 0.99, p = 0.23).").build();
        view.results().show(result);
        Ui.flush();
        List<org.eclipse.swt.widgets.Control> shown = List.of(view.results().getChildren());
        int section = shown.indexOf(shown.stream().filter(c -> c instanceof Label l && l.getText()
                .equals("Assumptions")).findFirst().orElseThrow());
        List<Table> tables = shown.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        Table stats = tables.get(0);
        assertThat(shown.indexOf(stats)).isLessThan(section);
        assertThat(stats.getItemCount()).as("the checks are not test statistics").isOne();
        assertThat(stats.getItem(0).getText(headers(stats).indexOf("p"))).isEqualTo("< 0.001");
        Table checks = tables.get(1);
        assertThat(shown.indexOf(checks)).isGreaterThan(section);
        assertThat(checks.getItem(0).getText(0)).isEqualTo("normality of residuals");
        assertThat(checks.getItem(0).getText(headers(checks).indexOf("p"))).isEqualTo("0.23");
        Table levene = tables.get(2);
        assertThat(shown.indexOf(levene)).isGreaterThan(section);
        assertThat(levene.getItem(0).getText(1)).isEqualTo("< 0.001");
        assertThat(levene.getItem(1).getText(1)).as("not rounded onto 0.05").isEqualTo("0.0496");
        assertThat(labels(view.results())).anyMatch(l -> l.contains("Residuals look normal"));
    }

    @Test
    void theExamplePluginsAnalysisRunsFromTheViewWithTheParametersItDeclares() throws Exception {
        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        choose((Combo) Widgets.fieldAfter(view.controls(), "Analysis:"), "Sucrose preference per cage");
        choose((Combo) Widgets.fieldAfter(view.controls(), "Assay:"), "SPT");
        assertThat(Widgets.fieldAfter(view.controls(), "Measure:").isEnabled())
                .as("the example reads sucrose and water itself; it declares no measure").isFalse();
        Text threshold = (Text) Widgets.fieldAfter(view.controls(), "Anhedonia threshold (%):");
        Keyboard.focus(threshold);
        threshold.selectAll();
        Keyboard.type("70");
        pressRun(view);
        Ui.waitUntil(() -> view.lastResult() != null, "the example's result");

        AnalysisResult result = view.lastResult();
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.analysisId()).isEqualTo("org.vivarium.examples.sucrose-preference");
        long below = result.table("cages").rows().stream().filter(r -> (Double) r.get(5) < 70).count();
        assertThat(result.value("cagesBelowThreshold")).as("the threshold typed was used").isEqualTo(below);
        assertThat(Widgets.all(view.results(), Table.class)).anySatisfy(t -> assertThat(headers(t))
                .contains("Cage", "Preference (%)"));
        assertThat(view.results().charts()).singleElement().matches(ChartViewer::hasChart);
        BenchUi.screenshot("review-analysis-example-plugin");
    }

    @Test
    void optionalFactorsSayTheAnalysisChoosesAndRunWithItsChoice() throws Exception {
        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        choose((Combo) Widgets.fieldAfter(view.controls(), "Analysis:"), "Two-way ANOVA");
        choose((Combo) Widgets.fieldAfter(view.controls(), "Assay:"), "FST");
        choose((Combo) Widgets.fieldAfter(view.controls(), "Time since dose:"), "24 h");
        Combo a = (Combo) Widgets.fieldAfter(view.controls(), "Factor A:");
        Combo b = (Combo) Widgets.fieldAfter(view.controls(), "Factor B:");
        assertThat(a.getText()).as("an optional factor left to the analysis says so").isEqualTo("(default)");
        assertThat(b.getText()).isEqualTo("(default)");
        pressRun(view);
        Ui.waitUntil(() -> view.lastResult() != null, "the two-way ANOVA");
        AnalysisResult result = view.lastResult();
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.statistics()).extracting(org.vivarium.analysis.result.Statistic::key)
                .contains("F(Ketamine)", "F(BCI)", "F(Ketamine:BCI)");
    }

    @Test
    void statisticsAreColumnsWithJournalPValuesAndCopyAtFullPrecision() throws Exception {
        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        view.preset("tukey-hsd", "FST", "immobility", Map.of());
        Composite levels = (Composite) Widgets.fieldAfter(view.controls(), "Levels:");
        for (String arm : new String[] { "VEH+VEH", "KET+VEH", "KET+BCI" }) {
            Widgets.all(levels, Button.class).stream().filter(b -> b.getText().equals(arm)).findFirst()
                    .ifPresent(b -> {
                        b.setSelection(true); // a click ticks it
                        Widgets.press(b);
                    });
        }
        pressRun(view);
        AnalysisResult result = view.lastResult();
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.statistics()).extracting(Statistic::key).as("the ticked arms only")
                .anyMatch(k -> k.contains("KET+BCI")).noneMatch(k -> k.contains("VEH+BCI"));
        Table stats = Widgets.all(view.results(), Table.class).stream().filter(t -> headers(t).contains("Comparison"))
                .findFirst().orElseThrow();
        List<String> headers = headers(stats);
        assertThat(headers).contains("95 % CI", "df").anyMatch(h -> h.startsWith("Estimate"))
                .anyMatch(h -> h.startsWith("p"));
        List<Integer> ps = headers.stream().filter(h -> h.equals("p") || h.startsWith("p (")).map(headers::indexOf)
                .toList();
        assertThat(stats.getItemCount()).isEqualTo(result.statistics().size());
        for (int row = 0; row < stats.getItemCount(); row++) {
            org.eclipse.swt.widgets.TableItem item = stats.getItem(row);
            List<String> shownPs = ps.stream().map(item::getText).filter(t -> !t.isEmpty()).toList();
            assertThat(shownPs).isNotEmpty().allMatch(t -> t.matches("< 0\\.001|> 0\\.99|0\\.\\d{1,4}|1\\.0"));
            if (result.statistics().get(row).ciLower() == null) {
                continue;
            }
            assertThat(stats.getItem(row).getText(headers.indexOf("95 % CI"))).matches("\\[-?[\\d.]+, -?[\\d.]+\\]");
            for (int c = 0; c < headers.size() - 1; c++) {
                assertThat(stats.getItem(row).getText(c).length()).as("a short cell, not a sentence").isLessThan(40);
            }
        }
        ((org.eclipse.swt.custom.ScrolledComposite) view.results().getParent()).setOrigin(0,
                Math.max(0, stats.getLocation().y - 300));
        BenchUi.screenshot("review-analysis-statistics");

        Statistic pair = result.statistics().stream().filter(st -> st.estimate() != null).findFirst().orElseThrow();
        stats.setSelection(result.statistics().indexOf(pair));
        String copied = Keyboard.copy(stats);
        String[] lines = copied.split("\n");
        assertThat(lines[0].split("\t")).containsExactlyElementsOf(headers);
        Double reported = pair.pAdjusted() != null ? pair.pAdjusted() : pair.p();
        assertThat(lines[1].split("\t")).contains(pair.key(), Double.toString(reported),
                Double.toString(pair.estimate()), "[" + pair.ciLower() + ", " + pair.ciUpper() + "]");
    }

    @Test
    void theSubsetIsChosenFromTheLevelsByKeyboardAndOnlyItsExclusionsAreListed() throws Exception {
        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        view.preset("one-way-anova", "FST", "latency", Map.of());
        pressRun(view);
        List<String> everywhere = exclusions(view.lastResult());
        assertThat(everywhere).as("the demo excludes values at two times").anyMatch(e -> e.contains("misinjection"))
                .anyMatch(e -> e.contains("climbed"));

        AssaySession climbed = Studies.sessions(StudySessions.current().study()).stream()
                .filter(s -> s.getMeasurements().stream().anyMatch(m -> m.isExcluded())).findFirst().orElseThrow();
        String time = Time.sinceDose(climbed.getTimeFromDoseHours());
        Combo times = (Combo) Widgets.fieldAfter(view.controls(), "Time since dose:");
        assertThat(times.getText()).isEqualTo("All");
        assertThat(List.of(times.getItems())).contains(time);
        Keyboard.focus(times);
        for (int i = 0; i < times.getItemCount() && !times.getText().equals(time); i++) {
            Keyboard.press(SWT.ARROW_DOWN, 0);
        }
        assertThat(times.getText()).as("Down chooses the next level").isEqualTo(time);
        pressRun(view);

        AnalysisResult result = view.lastResult();
        assertThat(result.isOk()).as(result.message()).isTrue();
        assertThat(result.title()).contains("time = " + time);
        List<String> listed = exclusions(result);
        assertThat(listed).anyMatch(e -> e.contains("climbed")).noneMatch(e -> e.contains("misinjection"));
        assertThat(labels(view.results())).anyMatch(l -> l.contains("climbed"))
                .noneMatch(l -> l.contains("misinjection"));
        BenchUi.screenshot("review-analysis-subset");

        Keyboard.press(SWT.HOME, 0);
        assertThat(times.getText()).isEqualTo("All");
    }

    private static List<String> exclusions(AnalysisResult r) {
        return r.notes().stream().filter(n -> n.kind() == Note.Kind.EXCLUSION).map(Note::text)
                .filter(t -> t.startsWith("Excluded:")).toList();
    }

    @Test
    void theKeyResultLeavesOutASessionInProgressAndShowsNAndTheAssay() throws Exception {
        DesignUi.openCopy(dir);
        EntryEditor fst = BenchUi.openEntry(BenchUi.openBench(), "FST 1 h");
        int before = fst.assaySession().getMeasurements().size(); // earlier tests may have typed some
        fst.select(0, 0);
        Ui.flush();
        Keyboard.type("150\n160\n170\n");
        assertThat(fst.assaySession().getMeasurements()).hasSize(before + 3);
        long measured = fst.assaySession().getMeasurements().stream()
                .filter(m -> m.getMeasure().getName().equals("immobility")).map(m -> m.getAnimal()).distinct().count();

        Ui.showPerspective(REVIEW);
        DashboardView dashboard = Ui.show(DashboardView.ID, DashboardView.class);
        dashboard.refresh();
        waitForAnalyses();
        Ui.waitUntil(() -> dashboard.keyResultSpec() != null, "the key result");
        ChartSpec spec = dashboard.keyResultSpec();
        assertThat(spec.title()).contains("FST").contains("Immobility");
        assertThat(spec.categories()).as("the 1 h session in progress is left out").doesNotContain("1 h")
                .contains("24 h");
        assertThat(spec.series()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.name()).matches(".+ \\(n = \\d+(\u2013\\d+)?\\)");
            assertThat(s.points()).extracting(Point::label).allMatch(l -> l.matches("n = \\d+"));
            assertThat(s.points()).extracting(Point::category).doesNotContain("1 h");
        });
        assertThat(spec.series()).extracting(Series::name).anyMatch(n -> n.startsWith("VEH+VEH"));
        assertThat(dashboard.keyResultCaption()).contains("FST 1 h (" + measured + " of").contains("not completed");
        int most = spec.series().stream().flatMap(s -> s.points().stream())
                .mapToInt(p -> Integer.parseInt(p.label().substring(4))).max().orElseThrow();
        assertThat(dashboard.keyResultCaption()).as("n of every point is said").startsWith("n = " + most + " animals");
        spec.series().forEach(s -> s.points().stream().filter(p -> !p.label().equals("n = " + most))
                .forEach(p -> assertThat(dashboard.keyResultCaption()).as(s.name() + " at " + p.category())
                        .contains(p.category() + " (" + p.label().substring(4) + ")")));
        assertThat(dashboard.keyResultCaption()).as("the demo has arms with an animal fewer").contains("except");
        assertThat(dashboard.keyResultChart().hasChart()).isTrue();
        BenchUi.screenshot("review-dashboard-key-result");
    }
}
