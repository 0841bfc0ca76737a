package org.vivarium.ui.handlers;

import java.nio.file.Path;
import java.util.function.Function;

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
        newStudy(shell, name -> NewStudyFile.choose(shell, "New Study", name));
        return null;
    }

    /**
     * Asks about unsaved changes of the open study, for the new study's title and (through {@code chooseFile}, given
     * a suggested file name) for its file; creates it and shows its design in the Study perspective. Returns false
     * when cancelled or the study could not be created.
     */
    public static boolean newStudy(Shell shell, Function<String, Path> chooseFile) {
        if (!SaveStudy.confirmClose(shell)) {
            return false;
        }
        InputDialog title = new InputDialog(shell, "New Study", "Title of the study (it can be changed later):", "",
                text -> text.isBlank() ? "The study needs a title" : null);
        if (title.open() != Window.OK) {
            return false;
        }
        Path file = chooseFile.apply(Studies.fileNameFor(title.getValue()));
        if (file == null) {
            return false;
        }
        OpenStudy created;
        try {
            created = new FolderStudyStore(file.getParent()).create(file.getFileName().toString(),
                    Studies.newStudy(file.getFileName().toString(), title.getValue().strip()));
        } catch (StudyStoreException e) {
            MessageDialog.openError(shell, "Cannot create the study", e.getMessage());
            return false;
        }
        // the open study was settled above: no second question about it; a new study is designed first, so its
        // design editor opens whichever perspective was shown (at the Bench the editor area would stay empty)
        OpenStudies.adopt(created, file, true);
        return true;
    }
}
