package org.vivarium.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.importing.ImportWizard;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * File > Import from Excel...: the import wizard on the open study (once a study is open and writable; subclasses open
 * another import wizard the same way).
 */
public class ImportHandler extends AbstractHandler {

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
        WizardDialog dialog = new WizardDialog(shell, wizard(session));
        Point size = pageSize();
        dialog.setPageSize(size.x, size.y);
        dialog.open();
        return null;
    }

    /** The wizard the command opens on the study. */
    protected Wizard wizard(StudySession session) {
        return new ImportWizard(session);
    }

    /** Its page size. */
    protected Point pageSize() {
        return new Point(720, 420);
    }
}
