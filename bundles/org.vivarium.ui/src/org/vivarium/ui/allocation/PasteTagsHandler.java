package org.vivarium.ui.allocation;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** Study > Paste Ear Tags...: for the selected animals, else for every animal of the selected cohort. */
public class PasteTagsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        StudySession session = StudySessions.current();
        Shell shell = HandlerUtil.getActiveShell(event);
        if (session == null || session.isReadOnly()) {
            return null;
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        List<Animal> animals = selection instanceof IStructuredSelection s ? s.toList().stream()
                .filter(Animal.class::isInstance).map(Animal.class::cast).toList() : List.of();
        if (animals.isEmpty()) {
            Cohort cohort = CohortHandler.cohortOf(selection, session);
            animals = cohort == null ? List.of() : List.copyOf(cohort.getAnimals());
        }
        if (animals.isEmpty()) {
            MessageDialog.openInformation(shell, "Paste Ear Tags", "Select animals (or a cohort with animals) first.");
            return null;
        }
        new PasteTagsDialog(shell, animals, session.domain()).open();
        return null;
    }
}
