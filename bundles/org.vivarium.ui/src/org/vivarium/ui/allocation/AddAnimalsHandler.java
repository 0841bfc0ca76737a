package org.vivarium.ui.allocation;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.model.Cohort;
import org.vivarium.ui.session.StudySession;

/** Study > Add Animals...: many animals of a cohort at once. */
public class AddAnimalsHandler extends CohortHandler {

    @Override
    String title() {
        return "Add Animals";
    }

    @Override
    void execute(Shell shell, StudySession session, Cohort cohort) {
        if (cohort == null) {
            MessageDialog.openInformation(shell, title(), "Animals join a cohort: add one on the design editor's "
                    + "Animals page first.");
            return;
        }
        org.eclipse.emf.common.command.Command command = AddAnimalsDialog.ask(shell, cohort);
        if (command != null) {
            session.domain().getCommandStack().execute(command);
        }
    }
}
