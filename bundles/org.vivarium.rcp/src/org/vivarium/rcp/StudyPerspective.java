package org.vivarium.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.vivarium.ui.views.StudyNavigator;
import org.vivarium.ui.views.StudyOverview;

/**
 * The Study perspective: navigator on the left, the study design editor in the middle, properties and the study
 * overview below it.
 */
public class StudyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vivarium.rcp.perspective.study";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(StudyNavigator.ID, IPageLayout.LEFT, 0.24f, editors);
        IFolderLayout below = layout.createFolder("below", IPageLayout.BOTTOM, 0.74f, editors);
        below.addView(IPageLayout.ID_PROP_SHEET);
        below.addView(StudyOverview.ID);
        layout.getViewLayout(StudyNavigator.ID).setCloseable(false);
        Shortcuts.addAll(layout);
    }
}
