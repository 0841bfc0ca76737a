package org.vivarium.ui.handlers;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Demo Study: the bundled ketamine x BCI demo (simulated values). */
public class OpenDemoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            OpenStudies.open(shell, OpenStudies.demoFile());
        } catch (IOException e) {
            MessageDialog.openError(shell, "Cannot create the demo study", e.getMessage());
        }
        return null;
    }
}
