package org.vivarium.ui.dosing;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.dose.DoseLine;

/** A text cell of the dosing table: told of each keystroke, and of the text when the edit is applied. */
abstract class DosingEditing extends EditingSupport {

    private final TextCellEditor editor;
    private DoseLine editing;

    DosingEditing(TableViewer viewer) {
        super(viewer);
        editor = new TextCellEditor(viewer.getTable());
        ((Text) editor.getControl()).addModifyListener(e -> {
            if (editing != null) {
                typed(editing, ((Text) editor.getControl()).getText());
            }
        });
    }

    /** The editor's text field. */
    Text text() {
        return (Text) editor.getControl();
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        editing = (DoseLine) element;
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected final void setValue(Object element, Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isBlank() && !text.equals(getValue(element))) {
            commit((DoseLine) element, text);
        }
        editing = null;
    }

    /** Called as the text changes (e.g. to preview the volume of a weight being typed). */
    void typed(DoseLine line, String text) {
    }

    /** Records the text (not called when it is blank or unchanged). */
    abstract void commit(DoseLine line, String text);
}
