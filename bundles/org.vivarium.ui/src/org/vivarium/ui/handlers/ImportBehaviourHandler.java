package org.vivarium.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.importing.BehaviourImportWizard;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** File > Import Behaviour Exports...: EthoVision, ANY-maze, BORIS or ezTrack exports into the open study. */
public class ImportBehaviourHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudySession session = StudySessions.current();
        if (session == null) {
            MessageDialog.openInformation(shell, "Import", "Open a study first: the values go into it.");
            return null;
        }
        if (session.isReadOnly()) {
            MessageDialog.openInformation(shell, "Import", "The study is open read-only (someone else edits it): "
                    + "nothing can be imported into it here.");
            return null;
        }
        WizardDialog dialog = new WizardDialog(shell, new BehaviourImportWizard(session));
        dialog.setPageSize(760, 440);
        dialog.open();
        return null;
    }
}
