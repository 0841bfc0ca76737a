package org.vivarium.ui.handlers;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.Study;
import org.vivarium.ui.session.PendingEdits;
import org.vivarium.ui.session.StudySession;

/**
 * File &gt; Save Study As...: writes the open study, unsaved changes included, to a new file and continues there
 * (the old file keeps its last saved state). Also the way to get an editable copy of a study someone else has open.
 */
public class SaveStudyAsHandler extends StudyHandler {

    @Override
    void execute(Shell shell, StudySession session) {
        String pending = PendingEdits.commitAll();
        if (pending != null) {
            MessageDialog.openError(shell, "Study not saved", pending);
            return;
        }
        String name = session.file().getFileName().toString();
        String base = name.endsWith(".vivarium") ? name.substring(0, name.length() - ".vivarium".length())
                : name.replace(':', '-'); // a lab study, lab:ID
        Path file = NewStudyFile.choose(shell, "Save Study As", base + "-copy.vivarium");
        if (file == null) {
            return;
        }
        try {
            adoptCopy(session, file);
        } catch (StudyStoreException e) {
            MessageDialog.openError(shell, "Study not saved", e.getMessage());
        }
    }

    /** Writes a copy of the session's study to a new file and makes it the open study (UI thread). */
    public static void adoptCopy(StudySession session, Path file) throws StudyStoreException {
        Study copy = EcoreUtil.copy(session.study());
        OpenStudy created = Busy.run("Saving " + file.getFileName(), StudyStoreException.class,
                monitor -> new FolderStudyStore(file.getParent()).create(file.getFileName().toString(), copy),
                OpenStudies.storeFailure(file));
        OpenStudies.adopt(created, file);
    }
}
