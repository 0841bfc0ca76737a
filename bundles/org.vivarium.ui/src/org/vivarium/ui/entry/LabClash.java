package org.vivarium.ui.entry;

import org.eclipse.jface.dialogs.MessageDialog;

/**
 * A value typed into a lab study that the server refused because someone changed it meanwhile: the person sees theirs
 * (already brought in) and why, and may enter their own again - it then replaces the other's, as a change of its own
 * (with a reason, like any change of a recorded value) - or keep the other's. Nothing typed is lost unseen.
 */
final class LabClash {

    static final String TITLE = "Value Not Stored";
    static final String AGAIN = "Enter Mine Again";
    static final String KEEP = "Keep Theirs";

    private LabClash() {
    }

    static void offer(EntryGrid grid, String why, int row, int column, String typed) {
        if (grid.table().isDisposed()) {
            return;
        }
        MessageDialog dialog = new MessageDialog(grid.table().getShell(), TITLE, null, why
                + "\n\nYou typed: " + typed, MessageDialog.WARNING, 1, AGAIN, KEEP);
        if (dialog.open() == 0) {
            grid.apply(grid.edits().enter(row, column, typed));
        }
    }
}
