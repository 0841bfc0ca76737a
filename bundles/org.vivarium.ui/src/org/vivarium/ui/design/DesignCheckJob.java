package org.vivarium.ui.design;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.Study;

/**
 * Checks the study design in the background after changes (a study of 20,000 animals takes a moment), so typing in
 * the editor never waits for it. Reads only; when an edit races with it, it simply runs again.
 */
final class DesignCheckJob extends Job {

    /** Family of design checks (tests join it). */
    static final Object FAMILY = DesignCheckJob.class;
    private static final int ATTEMPTS = 3;

    private final Study study;
    private final Display display;
    private final Consumer<List<Problem>> onResult;

    DesignCheckJob(Study study, Display display, Consumer<List<Problem>> onResult) {
        super("Checking the study design");
        this.study = study;
        this.display = display;
        this.onResult = onResult;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        for (int attempt = 1; attempt <= ATTEMPTS && !monitor.isCanceled(); attempt++) {
            try {
                List<Problem> problems = StudyValidation.validateDesign(study);
                if (!display.isDisposed() && !monitor.isCanceled()) {
                    display.asyncExec(() -> onResult.accept(problems));
                }
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                // the model changed under the check: try again on the new state
            }
        }
        return Status.CANCEL_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
