package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.ui.review.AnalysisJob;
import org.vivarium.ui.review.AnalysisView;
import org.vivarium.ui.session.StudySessions;

/**
 * A lab's analysis plug-in as {@code plugin new} writes it (org.vivarium.template), its bundle built from the
 * generated sources at test time and installed into the running workbench: the Analysis view lists its example
 * analysis (Percent of control), runs it on the demo study's FST and shows the percentages, which are computed here
 * from the data independently. (The example plug-in's analysis is run from the view in ReviewViewsUITest.)
 */
class TemplatePluginUITest {

    private static final String REVIEW = "org.vivarium.rcp.perspective.review";
    private static final String ID = "org.example.uitest.analysis";
    private static final String ANALYSIS = ID + ".percent-of-control";

    @TempDir
    Path temp;

    private AnalysisRegistry.Registration registration;

    @AfterEach
    void closeView() {
        if (registration != null) {
            registration.close();
        }
        var view = Ui.page().findView(AnalysisView.ID);
        if (view != null) {
            Ui.page().hideView(view); // it lists the analyses when it opens: the next test's view has not this one
        }
        Ui.flush();
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

    @Test
    void theViewRunsTheAnalysisOfAPluginGeneratedByTheTemplate() throws Exception {
        long t0 = System.nanoTime();
        assertThat(AnalysisRegistry.getDefault().find(ANALYSIS)).as("read before the install").isEmpty();
        try (GeneratedPlugin plugin = GeneratedPlugin.install(ID, temp)) {
            assertThat(plugin.bundle().getState()).isIn(Bundle.STARTING, Bundle.ACTIVE);
            assertThat(GeneratedPlugin.contributes(ID)).isTrue();
            // The installation's analyses are read from the extension registry once (at start-up; read before the
            // install above): the new bundle's analysis is read from the extension registry the same way and added,
            // as a restart would (and removed again at the end, so that no other test sees it).
            AnalysisDescriptor added = AnalysisRegistry.fromExtensions(RegistryFactory.getRegistry()).find(ANALYSIS)
                    .orElseThrow(() -> new AssertionError("the extension registry has no " + ANALYSIS));
            assertThat(added.contributor()).isEqualTo(ID);
            registration = AnalysisRegistry.getDefault().register(added);

            Ui.showPerspective(REVIEW);
            var old = Ui.page().findView(AnalysisView.ID);
            if (old != null) {
                Ui.page().hideView(old);
                Ui.flush();
            }
            AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
            Combo analyses = (Combo) Widgets.fieldAfter(view.controls(), "Analysis:");
            assertThat(analyses.getItems()).contains("Percent of control  (" + ANALYSIS + ")");
            choose(analyses, "Percent of control  (" + ANALYSIS + ")");
            choose((Combo) Widgets.fieldAfter(view.controls(), "Assay:"), "FST");
            String measure = ((Combo) Widgets.fieldAfter(view.controls(), "Measure:")).getText();
            Widgets.press(Widgets.button(view.controls(), "Run analysis", 0));
            Job.getJobManager().join(AnalysisJob.FAMILY, null);
            Ui.flush();
            Ui.waitUntil(() -> view.lastResult() != null, "the generated analysis' result");

            AnalysisResult result = view.lastResult();
            assertThat(result.isOk()).as(result.message()).isTrue();
            assertThat(result.analysisId()).isEqualTo(ANALYSIS);
            assertThat(view.status()).isEqualTo("Done: " + result.title());

            Dataset fst = StudyDatasets.extract(StudySessions.current().study(), "FST", null);
            String measureName = fst.measures().values().stream().filter(m -> m.label().equals(measure)
                    || m.name().equals(measure)).map(Dataset.MeasureInfo::name).findFirst().orElse(fst
                            .primaryMeasure());
            Map<String, Double> expected = percentOfControl(fst, measureName);
            assertThat(expected).as("the demo's FST has arms beside the control").hasSizeGreaterThan(1);
            expected.forEach((key, percent) -> assertThat(result.value(key + ".percent")).as(key)
                    .isCloseTo(percent, within(1e-9)));

            Table shown = Widgets.all(view.results(), Table.class).stream().filter(t -> headers(t).stream()
                    .anyMatch(h -> h.startsWith("% of control"))).findFirst().orElseThrow(() -> new AssertionError(
                            "no table with % of control"));
            List<String> headers = headers(shown);
            int percentColumn = headers.indexOf(headers.stream().filter(h -> h.startsWith("% of control"))
                    .findFirst().orElseThrow());
            assertThat(shown.getItemCount()).isEqualTo(expected.size());
            List<Double> expectedInOrder = new ArrayList<>(expected.values());
            for (int row = 0; row < shown.getItemCount(); row++) {
                TableItem item = shown.getItem(row);
                double showed = Double.parseDouble(item.getText(percentColumn));
                assertThat(showed).as("row %d: %s", row, rowText(item, headers.size())).isCloseTo(
                        expectedInOrder.get(row), within(Math.abs(expectedInOrder.get(row)) * 1e-3));
            }
            BenchUi.screenshot("analysis-template-plugin");
            System.out.println("TemplatePluginUITest: " + rowsOf(shown, headers) + " in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        assertThat(GeneratedPlugin.contributes(ID)).as("uninstalled").isFalse();
    }

    /** level@time (or level) -> 100 x mean of the level / mean of the control level, at each time, in table order. */
    private static Map<String, Double> percentOfControl(Dataset data, String measure) {
        String control = data.control(Dataset.ARM);
        List<String> times = data.hasFactor(Dataset.TIME) ? data.levels(Dataset.TIME) : List.of("");
        Map<String, Double> percents = new LinkedHashMap<>();
        for (String time : times) {
            double reference = mean(data, measure, control, time);
            for (String arm : data.levels(Dataset.ARM)) {
                double mean = mean(data, measure, arm, time);
                if (!Double.isNaN(mean)) {
                    percents.put(arm + (time.isEmpty() ? "" : "@" + time), 100 * mean / reference);
                }
            }
        }
        return percents;
    }

    private static double mean(Dataset data, String measure, String arm, String time) {
        double sum = 0;
        int n = 0;
        for (Observation o : data.observations()) {
            if (o.measure().equals(measure) && arm.equals(o.level(Dataset.ARM))
                    && (time.isEmpty() || time.equals(o.level(Dataset.TIME)))) {
                sum += o.value();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static List<String> headers(Table t) {
        return java.util.Arrays.stream(t.getColumns()).map(c -> c.getText()).toList();
    }

    private static String rowText(TableItem item, int columns) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cells.add(item.getText(c));
        }
        return String.join(" | ", cells);
    }

    private static String rowsOf(Table t, List<String> headers) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : t.getItems()) {
            rows.add(rowText(item, headers.size()));
        }
        return headers + " " + rows;
    }
}
