package org.vivarium.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.session.Folders;

/** File > Open Study...: choose a .vivarium file and open it. */
public class OpenStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Study");
        dialog.setFilterNames(new String[] { "Vivarium studies (*.vivarium)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.vivarium", "*" });
        dialog.setFilterPath(Folders.dialogFolder());
        String chosen = dialog.open();
        if (chosen != null) {
            OpenStudies.open(shell, Path.of(chosen));
        }
        return null;
    }
}
