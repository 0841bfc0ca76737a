package org.vivarium.rcp;

import org.eclipse.ui.IPageLayout;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.review.AnalysisView;
import org.vivarium.ui.review.DashboardView;
import org.vivarium.ui.review.DurabilityView;
import org.vivarium.ui.audit.HistoryView;
import org.vivarium.ui.views.StudyNavigator;
import org.vivarium.ui.views.StudyOverview;

/**
 * The same Window > Open Perspective and Window > Show View lists in every perspective: a technician who closed a
 * view, or a PI who wants the agenda, finds every Vivarium view and perspective there.
 */
final class Shortcuts {

    private static final String[] PERSPECTIVES = { StudyPerspective.ID, BenchPerspective.ID, ReviewPerspective.ID };

    private static final String[] VIEWS = { StudyNavigator.ID, StudyOverview.ID, IPageLayout.ID_PROP_SHEET,
            TodayView.ID, DashboardView.ID, DurabilityView.ID, AnalysisView.ID, HistoryView.ID };

    private Shortcuts() {
    }

    static void addAll(IPageLayout layout) {
        for (String perspective : PERSPECTIVES) {
            layout.addPerspectiveShortcut(perspective);
        }
        for (String view : VIEWS) {
            layout.addShowViewShortcut(view);
        }
    }
}
