package org.vivarium.ui.allocation;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.model.Cohort;
import org.vivarium.ui.session.StudySession;

/** Study > Randomise...: the randomisation dialog on the selected cohort. */
public class RandomiseHandler extends CohortHandler {

    @Override
    String title() {
        return "Randomise";
    }

    @Override
    void execute(Shell shell, StudySession session, Cohort cohort) {
        if (cohort == null || session.study().getArms().isEmpty()) {
            MessageDialog.openInformation(shell, title(), "Randomising needs a cohort with animals and at least two "
                    + "arms: add them on the design editor's Animals and Treatments pages.");
            return;
        }
        new RandomiseDialog(shell, session.study(), session.domain(), cohort).open();
    }
}
