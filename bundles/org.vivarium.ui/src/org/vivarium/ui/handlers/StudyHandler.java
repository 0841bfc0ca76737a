package org.vivarium.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** A command on the open study: does nothing when no study is open. */
abstract class StudyHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        StudySession session = StudySessions.current();
        if (session != null) {
            execute(HandlerUtil.getActiveShell(event), session);
        }
        return null;
    }

    abstract void execute(Shell shell, StudySession session);
}
