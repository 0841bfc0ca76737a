package org.vivarium.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.design.StudyDesignEditor;

/** Opens the study design editor, on the selected object when there is one. */
public class EditDesignHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        EObject target = selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o ? o
                : null;
        try {
            StudyDesignEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), target);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the study design editor", e);
        }
        return null;
    }
}
