package org.vivarium.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.Study;
import org.vivarium.ui.session.Folders;
import org.vivarium.ui.session.PendingEdits;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * File &gt; Save Study As...: writes the open study, unsaved changes included, to a new file and continues there
 * (the old file keeps its last saved state). Also the way to get an editable copy of a study someone else has open.
 */
public class SaveStudyAsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudySession session = StudySessions.current();
        if (session == null) {
            return null;
        }
        String pending = PendingEdits.commitAll();
        if (pending != null) {
            MessageDialog.openError(shell, "Study not saved", pending);
            return null;
        }
        Path file = chooseFile(shell, session);
        if (file == null) {
            return null;
        }
        try {
            adoptCopy(session, file);
        } catch (StudyStoreException e) {
            MessageDialog.openError(shell, "Study not saved", e.getMessage());
        }
        return null;
    }

    /** Writes a copy of the session's study to a new file and makes it the open study (UI thread). */
    public static void adoptCopy(StudySession session, Path file) throws StudyStoreException {
        Study copy = EcoreUtil.copy(session.study());
        OpenStudy[] created = new OpenStudy[1];
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask("Saving " + file.getFileName(), IProgressMonitor.UNKNOWN);
                try {
                    created[0] = new FolderStudyStore(file.getParent()).create(file.getFileName().toString(), copy);
                } catch (StudyStoreException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof StudyStoreException s) {
                throw s;
            }
            throw new StudyStoreException(StudyStoreException.Reason.IO, file.toString(), String.valueOf(e.getCause()),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StudyStoreException(StudyStoreException.Reason.IO, file.toString(), "saving was interrupted");
        }
        OpenStudies.adopt(created[0], file);
    }

    private static Path chooseFile(Shell shell, StudySession session) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Study As");
        dialog.setFilterNames(new String[] { "Vivarium studies (*.vivarium)" });
        dialog.setFilterExtensions(new String[] { "*.vivarium" });
        dialog.setFilterPath(Folders.dialogFolder());
        String name = session.file().getFileName().toString();
        dialog.setFileName(name.substring(0, name.length() - ".vivarium".length()) + "-copy.vivarium");
        dialog.setOverwrite(false);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen.endsWith(".vivarium") ? chosen : chosen + ".vivarium").toAbsolutePath();
        if (Files.exists(file)) {
            MessageDialog.openError(shell, "Save Study As", file + " exists already; choose a new name (a study "
                    + "file is never replaced by another study).");
            return null;
        }
        return file;
    }
}
