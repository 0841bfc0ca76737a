package org.vivarium.ui.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.ui.session.StudySession;

/**
 * Tells the person once, when a study file written by an older model version is opened, that it was migrated and
 * what its next save does: writes the current version and keeps the old file as {@code <name>.bak}. Shown by opening
 * the file (not by the editors that show the study), so once per file opened.
 */
public final class MigrationNotice {

    public static final String TITLE = "Study of an older Vivarium";

    private MigrationNotice() {
    }

    /** After a study was opened: says so when its file is of an older model (files only; nothing otherwise). */
    public static void tell(Shell shell, StudySession session) {
        String text = message(session);
        if (text != null) {
            MessageDialog.openInformation(shell, TITLE, text);
        }
    }

    /**
     * "This study was written by Vivarium model 1.0; it will be saved in 1.3 format (the old file is kept as
     * demo.vivarium.bak)." - or null when the study's file is of the current model or no file.
     */
    static String message(StudySession session) {
        if (session == null || session.isLabStudy() || session.study().eResource() == null) {
            return null;
        }
        String from = ModelVersions.migratedFrom(session.study().eResource());
        if (from == null) {
            return null;
        }
        String written = "This study was written by Vivarium model " + from;
        if (session.isReadOnly()) {
            return written + "; it is opened read-only here, so its file stays as it is (saving it would write "
                    + ModelVersions.CURRENT + " format and keep the old file as " + session.file().getFileName()
                    + ".bak).";
        }
        return written + "; it will be saved in " + ModelVersions.CURRENT + " format (the old file is kept as "
                + session.file().getFileName() + ".bak).";
    }
}
