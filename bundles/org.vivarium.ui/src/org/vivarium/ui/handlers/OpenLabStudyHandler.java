package org.vivarium.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.ui.lab.OpenLabStudyDialog;

/** File > Open Lab Study...: a study of a lab server, opened read-only as it is stored there. */
public class OpenLabStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!SaveStudy.confirmClose(shell)) {
            return null;
        }
        OpenLabStudyDialog dialog = new OpenLabStudyDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        long id = dialog.studyId();
        String name = "lab:" + id;
        try {
            ReadStudy read = Busy.run("Opening " + name, StudyStoreException.class, monitor -> {
                try (LabDatabase db = LabDatabase.connect(dialog.url(), dialog.password())) {
                    return db.studies().read(id);
                } catch (LabException e) {
                    throw new StudyStoreException(StudyStoreException.Reason.IO, name, e.getMessage(), e);
                }
            }, OpenStudies.storeFailure(Path.of(name)));
            OpenStudies.showLab(read, Path.of(name));
        } catch (StudyStoreException e) {
            MessageDialog.openError(shell, "Cannot open the lab study", e.getMessage());
        }
        return null;
    }
}
