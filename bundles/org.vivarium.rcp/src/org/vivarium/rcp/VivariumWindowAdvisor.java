package org.vivarium.rcp;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** The main window: titled "Vivarium - <study> *" (the star while there are unsaved changes). */
public class VivariumWindowAdvisor extends WorkbenchWindowAdvisor implements StudySessions.Listener,
        StudySession.Listener {

    private StudySession session;

    public VivariumWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new VivariumActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1440, 900));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(true);
        c.setTitle("Vivarium");
        StudySessions.addListener(this);
    }

    @Override
    public void postWindowOpen() {
        Shell shell = getWindowConfigurer().getWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea()); // also without a window manager
        shell.setMaximized(true);
    }

    @Override
    public void currentChanged(StudySession next) {
        if (session != null) {
            session.removeListener(this);
        }
        session = next;
        if (session != null) {
            session.addListener(this);
        }
        updateTitle();
    }

    @Override
    public void sessionChanged(StudySession changed) {
        updateTitle();
    }

    private void updateTitle() {
        String title = session == null ? "Vivarium"
                : "Vivarium - " + (session.isDirty() ? "*" : "") + session.title();
        getWindowConfigurer().setTitle(title);
    }

    @Override
    public void dispose() {
        StudySessions.removeListener(this);
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }
}
