package org.vivarium.ui.review.plugins;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Install Analysis Plug-in... */
public final class InstallPluginHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new InstallPluginDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
