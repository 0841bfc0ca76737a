package org.vivarium.ui.design;

import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for the design editor, refreshed after every change of the study: the workbench's shared
 * page only re-reads its values when the selection changes, so it kept showing what an object was when it was
 * selected (e.g. a new arm's code ARM-01 after it had been typed as VEH).
 */
final class EditorProperties {

    private PropertySheetPage page;

    /** The page for the Properties view (a new one when the view was closed and opened again). */
    PropertySheetPage page() {
        if (page == null || page.getControl() != null && page.getControl().isDisposed()) {
            page = new PropertySheetPage();
        }
        return page;
    }

    /** Re-reads the values shown, if the Properties view shows the editor's selection. */
    void refresh() {
        if (page != null && page.getControl() != null && !page.getControl().isDisposed()) {
            page.refresh();
        }
    }
}
