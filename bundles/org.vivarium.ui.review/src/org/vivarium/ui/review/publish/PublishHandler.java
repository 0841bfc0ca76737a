package org.vivarium.ui.review.publish;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.model.Study;
import org.vivarium.ui.session.Folders;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * File &gt; Publish &gt; (ARRIVE Report, Study Report, Prism File, Cage Cards, Dosing Sheets, Entry Sheets): asks for the
 * file and options, writes in the background and then says where the file was written (or why it was not).
 */
public final class PublishHandler extends AbstractHandler {

    /** The command parameter naming the {@link Publication}. */
    public static final String PARAMETER = "org.vivarium.ui.review.publication";

    @Override
    public Object execute(ExecutionEvent event) {
        StudySession session = StudySessions.current();
        Publication publication = Publication.named(event.getParameter(PARAMETER));
        if (session == null || publication == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        Path folder = session.file() != null && session.file().toAbsolutePath().getParent() != null
                ? session.file().toAbsolutePath().getParent() : Path.of(Folders.dialogFolder());
        PublishDialog dialog = new PublishDialog(shell, publication, session.study(), folder);
        if (dialog.open() != Window.OK || dialog.request() == null) {
            return null;
        }
        // the job reads a copy taken here, on the thread that edits the study, so later edits cannot tear it
        Study snapshot = EcoreUtil.copy(session.study());
        new PublishJob(snapshot, dialog.request(), shell.getDisplay(), outcome -> {
            Shell parent = shell.isDisposed() ? null : shell;
            if (outcome.wrote() != null) {
                MessageDialog.openInformation(parent, publication.title(),
                        "Wrote " + outcome.wrote() + " to\n" + outcome.request().out());
            } else {
                MessageDialog.openError(parent, publication.title() + " not written",
                        outcome.request().out().getFileName() + ": " + outcome.problem());
            }
        }).schedule();
        return null;
    }
}
