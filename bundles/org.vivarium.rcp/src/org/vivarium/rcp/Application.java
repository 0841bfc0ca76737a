package org.vivarium.rcp;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.vivarium.ui.handlers.InitialStudy;

/** The Vivarium workbench application (3.x workbench on the e4 runtime). */
public class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        InitialStudy.readAhead(); // while the window is built
        Display.setAppName("Vivarium");
        Display display = PlatformUI.createDisplay();
        // after the display: the splash's first painting sets up Java2D, which would slow down GTK's start beside it
        Splash.progress("Starting the workbench", 40);
        Splash.closeBeforeDialogs(display);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new VivariumWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            Splash.close();
            InitialStudy.discard(); // read ahead but not shown: the workbench ended before its window opened
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
