package org.vivarium.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.vivarium.ui.audit.HistoryView;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.views.StudyNavigator;

/**
 * The Bench perspective, for technicians: today's agenda across the top, and below it the editors of the work
 * opened from it (the dosing editor of a round, the data entry grid of a session); beside the agenda, the History of
 * what is selected.
 */
public class BenchPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vivarium.rcp.perspective.bench";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(TodayView.ID, IPageLayout.TOP, 0.38f, editors);
        layout.getViewLayout(TodayView.ID).setCloseable(false);
        layout.addView(HistoryView.ID, IPageLayout.RIGHT, 0.55f, TodayView.ID); // what was changed, by whom, why
        layout.addPlaceholder(StudyNavigator.ID, IPageLayout.LEFT, 0.22f, editors);
        Shortcuts.addAll(layout);
    }
}
