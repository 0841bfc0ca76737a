package org.vivarium.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.ui.lab.OpenLabStudyDialog;

/**
 * File > Open Lab Study...: a study of a lab server, opened for editing under the person's lab account - each change
 * stored on the server as it is made, the changes of others brought in as they come. The study keeps a connection of
 * its own until it is closed.
 */
public class OpenLabStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!SaveStudy.confirmClose(shell)) {
            return null;
        }
        OpenLabStudyDialog dialog = new OpenLabStudyDialog(shell, false);
        if (dialog.open() != Window.OK) {
            return null;
        }
        long id = dialog.studyId();
        String name = "lab:" + id;
        try {
            LabOpenStudy open = Busy.run("Opening " + name, StudyStoreException.class, monitor -> {
                LabDatabase db = null;
                try {
                    db = LabDatabase.connect(dialog.url(), dialog.password());
                    return db.studies().open(id).closingConnection().storeOnSave(!dialog.storeEachChange());
                } catch (LabException e) {
                    if (db != null) {
                        db.close();
                    }
                    throw new StudyStoreException(StudyStoreException.Reason.IO, name, e.getMessage(), e);
                } catch (StudyStoreException | RuntimeException e) {
                    db.close();
                    throw e;
                }
            }, OpenStudies.storeFailure(Path.of(name)));
            OpenStudies.showLab(open, Path.of(name));
        } catch (StudyStoreException e) {
            MessageDialog.openError(shell, "Cannot open the lab study", e.getMessage());
        }
        return null;
    }
}
