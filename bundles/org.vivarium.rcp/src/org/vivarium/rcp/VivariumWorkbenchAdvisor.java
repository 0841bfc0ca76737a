package org.vivarium.rcp;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.vivarium.ui.entry.ServiceMediator;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.review.plugins.PluginStartCheck;
import org.vivarium.ui.session.StudySessions;

/** Starts on the Study perspective with the study of last time (the demo on first start); asks to save on exit. */
public class VivariumWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return StudyPerspective.ID;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new VivariumWindowAdvisor(configurer);
    }

    @Override
    public void preStartup() {
        Splash.progress("Building the window", 55);
    }

    @Override
    public void postStartup() {
        closeRestoredEditors(getWorkbenchConfigurer().getWorkbench());
        Splash.progress("Opening the study", 80);
        OpenStudies.openInitial(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell());
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        display.asyncExec(() -> { // once the window shows the study
            display.update();
            Splash.close();
            ServiceMediator.startInBackground(); // for the first data entry grid (about 2 s of CPU)
        });
        StartupProbe.afterStartup(getWorkbenchConfigurer().getWorkbench());
        PluginStartCheck.schedule();
    }

    /**
     * Study editors are never restored: their inputs live in a study that is loaded afresh. After a crash the
     * workbench's periodic save may still list them, and they would come back as empty tabs.
     */
    private static void closeRestoredEditors(IWorkbench workbench) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                IEditorReference[] editors = page.getEditorReferences();
                if (editors.length > 0) {
                    page.closeEditors(editors, false);
                }
            }
        }
    }

    @Override
    public boolean preShutdown() {
        if (!SaveStudy.confirmClose(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell())) {
            return false;
        }
        StudySessions.close();
        return true;
    }
}
