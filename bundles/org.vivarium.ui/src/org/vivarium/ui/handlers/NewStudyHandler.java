package org.vivarium.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.study.Studies;

/**
 * File &gt; New Study...: a title and a new {@code .vivarium} file with the standard routes and assays, opened in the
 * design editor (as {@code vivarium new} does on the command line).
 */
public class NewStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!SaveStudy.confirmClose(shell)) {
            return null;
        }
        InputDialog title = new InputDialog(shell, "New Study", "Title of the study (it can be changed later):", "",
                text -> text.isBlank() ? "The study needs a title" : null);
        if (title.open() != Window.OK) {
            return null;
        }
        Path file = NewStudyFile.choose(shell, "New Study", Studies.fileNameFor(title.getValue()));
        if (file == null) {
            return null;
        }
        OpenStudy created;
        try {
            created = new FolderStudyStore(file.getParent()).create(file.getFileName().toString(),
                    Studies.newStudy(file.getFileName().toString(), title.getValue().strip()));
        } catch (StudyStoreException e) {
            MessageDialog.openError(shell, "Cannot create the study", e.getMessage());
            return null;
        }
        OpenStudies.adopt(created, file); // the open study was settled above: no second question about it
        return null;
    }
}
