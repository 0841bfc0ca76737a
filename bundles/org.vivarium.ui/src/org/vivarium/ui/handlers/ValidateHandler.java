package org.vivarium.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * Study > Validate: every rule, values included (as {@code vivarium validate} does), checked in the background; the
 * problems are listed with where they are.
 */
public class ValidateHandler extends AbstractHandler {

    private static final int SHOWN = 25;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudySession session = StudySessions.current();
        if (session == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Problem>[] found = new List[1];
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask("Validating " + session.file().getFileName(), IProgressMonitor.UNKNOWN);
                found[0] = StudyValidation.validate(session.study());
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Validation failed", String.valueOf(e.getCause()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        report(shell, found[0]);
        return null;
    }

    private static void report(Shell shell, List<Problem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        if (problems.isEmpty()) {
            MessageDialog.openInformation(shell, "Validation", "No problems: the study follows every rule.");
            return;
        }
        String list = problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n"));
        String more = problems.size() > SHOWN ? "\n... and " + (problems.size() - SHOWN) + " more" : "";
        String summary = errors + " error(s), " + (problems.size() - errors) + " warning(s):\n\n";
        if (errors > 0) {
            MessageDialog.openError(shell, "Validation", summary + list + more);
        } else {
            MessageDialog.openWarning(shell, "Validation", summary + list + more);
        }
    }
}
