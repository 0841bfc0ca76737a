package org.vivarium.ui.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.ui.session.StudySession;

/**
 * Study > Validate: every rule, values included (as {@code vivarium validate} does), checked in the background; the
 * problems are listed with where they are.
 */
public class ValidateHandler extends StudyHandler {

    private static final int SHOWN = 25;

    @Override
    void execute(Shell shell, StudySession session) {
        List<Problem> found;
        try {
            found = Busy.run("Validating " + session.file().getFileName(), RuntimeException.class,
                    monitor -> StudyValidation.validate(session.study()), IllegalStateException::new);
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, "Validation failed", String.valueOf(e.getMessage()));
            return;
        }
        report(shell, found);
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
