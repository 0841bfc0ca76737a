package org.vivarium.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.vivarium.ui.views.StudyNavigator;
import org.vivarium.ui.views.StudyOverview;

/** The Study perspective: navigator on the left, overview in the middle, properties below. */
public class StudyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vivarium.rcp.perspective.study";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(StudyNavigator.ID, IPageLayout.LEFT, 0.28f, editors);
        IFolderLayout main = layout.createFolder("main", IPageLayout.TOP, 0.62f, editors);
        main.addView(StudyOverview.ID);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.62f, "main");
        layout.getViewLayout(StudyNavigator.ID).setCloseable(false);
        layout.addShowViewShortcut(StudyNavigator.ID);
        layout.addShowViewShortcut(StudyOverview.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
