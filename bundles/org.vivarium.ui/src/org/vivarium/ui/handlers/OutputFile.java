package org.vivarium.ui.handlers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.ui.session.Folders;

/** Choosing a file to write (export, template): in the open study's folder, replacing a file after asking. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * The chosen file, with the extension of the chosen filter when the name has none of the extensions; null when
     * cancelled.
     *
     * @param names      filter names, e.g. "Excel workbook (*.xlsx)"
     * @param extensions the filters' extensions without the dot, e.g. "xlsx"
     */
    static Path choose(Shell shell, String title, String[] names, String[] extensions, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterNames(names);
        String[] patterns = new String[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
            patterns[i] = "*." + extensions[i];
        }
        dialog.setFilterExtensions(patterns);
        dialog.setFilterPath(Folders.dialogFolder());
        dialog.setFileName(suggestedName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        String lower = chosen.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith("." + extension)) {
                return Path.of(chosen);
            }
        }
        return Path.of(chosen + "." + extensions[Math.max(0, dialog.getFilterIndex())]);
    }
}
