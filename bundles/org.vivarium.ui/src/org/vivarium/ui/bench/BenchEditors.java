package org.vivarium.ui.bench;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.dosing.DosingEditor;
import org.vivarium.ui.dosing.DosingInput;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.entry.EntryInput;

/** Opens the editor for a piece of work: the dosing editor for a dosing round, the entry grid for a session. */
public final class BenchEditors {

    private BenchEditors() {
    }

    /** Opens (or brings to front) the editor of an agenda item. */
    public static IEditorPart open(IWorkbenchPage page, ScheduledItem item) throws PartInitException {
        if (item.kind() == ScheduledItem.Kind.DOSING) {
            return page.openEditor(new DosingInput(item.cohort(), item.due()), DosingEditor.ID);
        }
        return openSession(page, (AssaySession) item.subjects().get(0));
    }

    /** Opens (or brings to front) the data entry grid of a session. */
    public static EntryEditor openSession(IWorkbenchPage page, AssaySession session) throws PartInitException {
        return (EntryEditor) page.openEditor(new EntryInput(session), EntryEditor.ID);
    }
}
