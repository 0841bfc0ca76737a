package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.rcp.BenchPerspective;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** Shared steps of the Bench UI tests: open the perspective, find agenda items, and leave the workbench as found. */
final class BenchUi {

    private BenchUi() {
    }

    /** Switches to the Bench perspective and returns its Today view. */
    static TodayView openBench() throws WorkbenchException {
        PlatformUI.getWorkbench().showPerspective(BenchPerspective.ID, Ui.window());
        Ui.flush();
        assertThat(Ui.page().getPerspective().getId()).isEqualTo(BenchPerspective.ID);
        TodayView today = (TodayView) Ui.page().findView(TodayView.ID);
        assertThat(today).as("the Bench perspective shows the Today view").isNotNull();
        return today;
    }

    /** The agenda item whose title starts with the given text. */
    static ScheduledItem item(TodayView today, String titleStart) {
        return today.items().stream().filter(i -> i.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no agenda item " + titleStart + " in " + today.items()));
    }

    /** Closes the editors, saves what the test changed and goes back to the Study perspective. */
    static void restore() throws WorkbenchException {
        IWorkbenchPage page = Ui.page();
        page.closeAllEditors(false);
        Ui.flush();
        StudySession session = StudySessions.current();
        if (session != null && session.isDirty()) {
            assertThat(SaveStudy.run(Ui.window().getShell())).isTrue();
        }
        PlatformUI.getWorkbench().showPerspective("org.vivarium.rcp.perspective.study", Ui.window());
        Ui.flush();
    }
}
