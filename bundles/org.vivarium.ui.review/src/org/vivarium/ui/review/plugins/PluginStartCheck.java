package org.vivarium.ui.review.plugins;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.vivarium.p2.PluginManager;
import org.vivarium.p2.StartWarnings;

/**
 * At the workbench's start, in the background: plug-ins that are there but not working (unresolved, dropped in but
 * not installed, copied into plugins/ by hand) are logged as warnings (and shown on the console), as the command line
 * prints them; Help > Installed Plug-ins lists them with the same words.
 */
public final class PluginStartCheck {

    private PluginStartCheck() {
    }

    public static void schedule() {
        Job job = Job.create("Checking the analysis plug-ins", (IProgressMonitor monitor) -> {
            List<String> warnings;
            try {
                warnings = StartWarnings.of(PluginManager.runningProduct());
            } catch (Exception e) {
                return Status.OK_STATUS; // no install area (e.g. a test runtime): nothing to report
            }
            ILog log = ILog.of(PluginStartCheck.class);
            for (String w : warnings) {
                log.log(new Status(IStatus.WARNING, "org.vivarium.ui.review", w + " (see Help > Installed Plug-ins)"));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(2000);
    }
}
