package org.vivarium.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.vivarium.ui.review.AnalysisView;
import org.vivarium.ui.review.DashboardView;
import org.vivarium.ui.review.DurabilityView;
import org.vivarium.ui.audit.HistoryView;
import org.vivarium.ui.views.StudyNavigator;

/** The PI's Review perspective: cohort dashboard, durability of effect and analyses, with the navigator beside. */
public class ReviewPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vivarium.rcp.perspective.review";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(StudyNavigator.ID, IPageLayout.LEFT, 0.18f, editors);
        IFolderLayout main = layout.createFolder("review", IPageLayout.TOP, 0.95f, editors);
        main.addView(DashboardView.ID);
        main.addView(DurabilityView.ID);
        main.addView(AnalysisView.ID);
        main.addView(HistoryView.ID);
        Shortcuts.addAll(layout);
    }
}
