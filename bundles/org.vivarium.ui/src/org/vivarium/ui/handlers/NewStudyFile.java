package org.vivarium.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.ui.session.Folders;

/** Choosing the name of a new study file: in the open study's folder, never an existing file. */
final class NewStudyFile {

    private NewStudyFile() {
    }

    /** The chosen file (with the .vivarium extension), or null when cancelled or the file exists. */
    static Path choose(Shell shell, String title, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterNames(new String[] { "Vivarium studies (*.vivarium)" });
        dialog.setFilterExtensions(new String[] { "*.vivarium" });
        dialog.setFilterPath(Folders.dialogFolder());
        dialog.setFileName(suggestedName);
        dialog.setOverwrite(false);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen.endsWith(".vivarium") ? chosen : chosen + ".vivarium").toAbsolutePath();
        if (Files.exists(file)) {
            MessageDialog.openError(shell, title, file + " exists already: choose another name (a study file is "
                    + "never replaced by another study; File > Open Study opens it).");
            return null;
        }
        return file;
    }
}
