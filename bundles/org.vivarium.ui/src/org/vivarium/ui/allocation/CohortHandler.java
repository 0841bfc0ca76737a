package org.vivarium.ui.allocation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.model.Cohort;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * A command on a cohort of the open study: the cohort selected (or the cohort of the selected cage, animal or
 * session), else the study's first; read-only studies are refused with a message.
 */
abstract class CohortHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        StudySession session = StudySessions.current();
        Shell shell = HandlerUtil.getActiveShell(event);
        if (session == null) {
            return null;
        }
        if (session.isReadOnly()) {
            MessageDialog.openInformation(shell, title(), "The study is open read-only (someone else is editing it): "
                    + "nothing can be changed. Save Study As... makes an editable copy.");
            return null;
        }
        execute(shell, session, cohortOf(HandlerUtil.getCurrentSelection(event), session));
        return null;
    }

    abstract String title();

    abstract void execute(Shell shell, StudySession session, Cohort cohort);

    static Cohort cohortOf(ISelection selection, StudySession session) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o
                && o.eResource() == session.study().eResource()) {
            for (EObject e = o; e != null; e = e.eContainer()) {
                if (e instanceof Cohort c) {
                    return c;
                }
                if (e instanceof org.vivarium.model.AssaySession a && a.getCohort() != null) {
                    return a.getCohort();
                }
            }
        }
        return session.study().getCohorts().isEmpty() ? null : session.study().getCohorts().get(0);
    }
}
