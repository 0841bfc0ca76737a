package org.vivarium.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.lab.LabConnection;
import org.vivarium.ui.lab.OpenLabStudyDialog;
import org.vivarium.ui.session.StatusLine;

/** File > Connect to Lab...: connects with the person's lab account and keeps the connection for this session. */
public class ConnectToLabHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenLabStudyDialog dialog = new OpenLabStudyDialog(HandlerUtil.getActiveShell(event), true);
        if (dialog.open() == Window.OK) {
            LabConnection c = LabConnection.current();
            StatusLine.message("Connected to the lab server " + c.url().where()
                    + ": File > Open Lab Study... opens its studies");
        }
        return null;
    }
}
