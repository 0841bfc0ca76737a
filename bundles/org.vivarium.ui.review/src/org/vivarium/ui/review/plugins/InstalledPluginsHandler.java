package org.vivarium.ui.review.plugins;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Installed Plug-ins. */
public final class InstalledPluginsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new InstalledPluginsDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
