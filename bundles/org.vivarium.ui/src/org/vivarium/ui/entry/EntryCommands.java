package org.vivarium.ui.entry;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The workbench commands of the entry grid - censor (Ctrl+Shift+C), exclude (Ctrl+Shift+X), include (Ctrl+Shift+I) -
 * bound in the grid's key context, so their keys reach the grid before any shorter binding (Ctrl+C) could take them.
 */
public final class EntryCommands extends AbstractHandler {

    /** The key context active while an entry grid is the active part. */
    public static final String CONTEXT = "org.vivarium.ui.entryGrid";
    public static final String CENSOR = "org.vivarium.ui.entry.censor";
    public static final String EXCLUDE = "org.vivarium.ui.entry.exclude";
    public static final String INCLUDE = "org.vivarium.ui.entry.include";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof EntryEditor editor) {
            editor.run(event.getCommand().getId());
        }
        return null;
    }
}
