package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.ui.review.AnalysisJob;
import org.vivarium.ui.review.AnalysisPreferences;
import org.vivarium.ui.review.AnalysisView;

/**
 * Plug-ins that fail (plugin.xml of this bundle): the Analysis view marks an analysis that cannot be created and
 * says why in the command line's words, a run that throws names the plug-in, its version, the exception and the
 * workspace log, each message shown in full (not cut off); the time limit is set in Window > Preferences > Analyses.
 */
class AnalysisPluginFailuresUITest {

    private static final String REVIEW = "org.vivarium.rcp.perspective.review";
    private static final String BUNDLE = "org.vivarium.ui.tests";
    private static final String VERSION = Platform.getBundle(BUNDLE).getVersion().toString();

    @AfterEach
    void restore() throws Exception {
        InstanceScope.INSTANCE.getNode(AnalysisPreferences.NODE).remove(AnalysisPreferences.TIME_LIMIT_SECONDS);
        DesignUi.restore();
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

    private static void pressRun(AnalysisView view) throws InterruptedException {
        Widgets.press(Widgets.button(view.controls(), "Run analysis", 0));
        Job.getJobManager().join(AnalysisJob.FAMILY, null);
        Ui.flush();
    }

    /** The label showing this text, checked to show all of it: tall and wide enough for its wrapped lines. */
    private static Label shownInFull(AnalysisView view, String text) {
        Label label = Widgets.all(view.controls(), Label.class).stream().filter(l -> l.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no label shows: " + text));
        Point size = label.getSize();
        assertThat(size.x).as("width of the label").isGreaterThan(100);
        assertThat(label.computeSize(size.x, SWT.DEFAULT).y).as("height needed at its width").isLessThanOrEqualTo(
                size.y);
        assertThat(label.getParent().getClientArea().width).isGreaterThanOrEqualTo(label.getBounds().x + size.x);
        return label;
    }

    @Test
    void anAnalysisThatCannotBeCreatedIsMarkedAndItsReasonShownInFull() throws Exception {
        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        Combo analyses = (Combo) Widgets.fieldAfter(view.controls(), "Analysis:");
        assertThat(analyses.getItems()).contains("(cannot run) Broken: missing class  (test.ui.missing-class)")
                .contains("Broken: run throws  (test.ui.throws)").doesNotContain("Broken: missing class  "
                        + "(test.ui.missing-class)");
        choose(analyses, "(cannot run) Broken: missing class");
        String reason = BUNDLE + ": analysis 'test.ui.missing-class' cannot be created: class "
                + "org.vivarium.ui.tests.plugins.NoSuchAnalysis not found in bundle " + BUNDLE + " " + VERSION;
        assertThat(view.status()).isEqualTo(reason);
        shownInFull(view, reason);
        assertThat(Widgets.button(view.controls(), "Run analysis", 0).isEnabled()).isFalse();
        assertThat(view.results().getChildren()).as("no result of another analysis shown with it").isEmpty();
        BenchUi.screenshot("analysis-plugin-cannot-be-created");
    }

    @Test
    void aRunThatThrowsNamesThePluginTheExceptionAndTheWorkspaceLogInFull() throws Exception {
        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        choose((Combo) Widgets.fieldAfter(view.controls(), "Analysis:"), "Broken: run throws");
        choose((Combo) Widgets.fieldAfter(view.controls(), "Assay:"), "FST");
        assertThat(((Text) Widgets.fieldAfter(view.controls(), "Iterations:")).getText()).isEqualTo("2000");
        assertThat(((Text) Widgets.fieldAfter(view.controls(), "Start date:")).getText()).isEqualTo("20260301");
        pressRun(view);
        Ui.waitUntil(() -> view.lastResult() != null, "the failed run's result");

        AnalysisResult result = view.lastResult();
        String message = BUNDLE + ": analysis 'test.ui.throws' failed in bundle " + BUNDLE + " " + VERSION
                + ": java.lang.IllegalStateException: lab bug while computing the preference index of every cage in "
                + "the study (stack trace in " + Platform.getLogFileLocation().toFile().toPath().toAbsolutePath()
                + ")";
        assertThat(result.message()).isEqualTo(message);
        assertThat(view.status()).isEqualTo("The analysis did not run: " + message);
        shownInFull(view, view.status());
        BenchUi.screenshot("analysis-plugin-throws");
    }

    @Test
    void theTimeLimitIsTypedInThePreferencesAndStopsARunThatIgnoresTheMonitor() throws Exception {
        DesignUi.answering("Preferences", dialog -> {
            Text seconds = (Text) Widgets.fieldAfter(dialog, "Time limit of one analysis run (seconds):");
            assertThat(seconds.getText()).isEqualTo("120");
            Keyboard.focus(seconds);
            seconds.selectAll();
            Keyboard.type("1");
            Ui.flush();
            DesignUi.press(dialog, "Apply and Close");
        }, () -> PreferencesUtil.createPreferenceDialogOn(Ui.window().getShell(), "org.vivarium.ui.review.analyses",
                null, null).open());
        assertThat(AnalysisPreferences.timeLimit()).hasSeconds(1);

        Ui.showPerspective(REVIEW);
        AnalysisView view = Ui.show(AnalysisView.ID, AnalysisView.class);
        choose((Combo) Widgets.fieldAfter(view.controls(), "Analysis:"), "Broken: sleeps, ignores the monitor");
        choose((Combo) Widgets.fieldAfter(view.controls(), "Assay:"), "FST");
        long t0 = System.nanoTime();
        pressRun(view);
        Ui.waitUntil(() -> view.lastResult() != null, "the stopped run's result");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("stopped after 1 s, not 120 s").isLessThan(10_000);
        assertThat(view.status()).isEqualTo("The analysis did not run: " + BUNDLE + ": analysis 'test.ui.sleeps' in "
                + "bundle " + BUNDLE + " " + VERSION + " did not finish within 1 s and was stopped (time limit: "
                + "analyze --timeout, or Window > Preferences > Analyses)");
        shownInFull(view, view.status());
        assertThat(Widgets.button(view.controls(), "Run analysis", 0).isEnabled()).as("it stopped: it can run again")
                .isTrue();
    }
}
