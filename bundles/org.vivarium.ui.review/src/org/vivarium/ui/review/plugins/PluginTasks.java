package org.vivarium.ui.review.plugins;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.vivarium.p2.PluginException;
import org.vivarium.p2.PluginManager;

/** Runs a p2 task on the product this workbench was started from, with a progress dialog; offers the restart. */
final class PluginTasks {

    interface Task<T> {
        T run(PluginManager manager, IProgressMonitor monitor) throws PluginException;
    }

    private PluginTasks() {
    }

    /** Runs the task; a PluginException's message comes back as the exception (never a stack trace to people). */
    static <T> T run(Shell shell, String title, Task<T> task) throws PluginException {
        Object[] result = new Object[1];
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(title, IProgressMonitor.UNKNOWN);
                try (PluginManager m = PluginManager.open(PluginManager.runningProduct(), monitor)) {
                    result[0] = task.run(m, monitor);
                } catch (PluginException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof PluginException p) {
                throw p;
            }
            throw new PluginException(title + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException(title + " was interrupted");
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** "Restart Vivarium now?": the change takes effect at the next start (./vivarium starts it again on exit 23). */
    static void offerRestart(Shell shell, String what) {
        if (MessageDialog.openQuestion(shell, "Restart Vivarium", what
                + "\n\nThe change takes effect when Vivarium starts again. Restart Vivarium now?")) {
            shell.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
        }
    }
}
