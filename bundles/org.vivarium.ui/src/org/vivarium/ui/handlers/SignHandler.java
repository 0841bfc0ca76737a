package org.vivarium.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.lab.SignDialog;
import org.vivarium.ui.session.StatusLine;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** Study > Sign...: an electronic signature on the open lab study (signatures are kept by the lab server). */
public class SignHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudySession session = StudySessions.current();
        if (session == null || session.labStudy() == null) {
            MessageDialog.openInformation(shell, SignDialog.TITLE, "Electronic signatures are kept by the lab server: "
                    + "open the study from it (File > Open Lab Study...) to sign.");
            return null;
        }
        SignDialog dialog = new SignDialog(shell, session.labStudy());
        if (dialog.open() == Window.OK) {
            session.signed();
            StatusLine.message("Signed: " + dialog.signed().describe());
        }
        return null;
    }
}
