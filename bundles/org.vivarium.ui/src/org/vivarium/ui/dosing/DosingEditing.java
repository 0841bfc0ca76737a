package org.vivarium.ui.dosing;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.dose.DoseLine;

/**
 * A text cell of the dosing table: told of each keystroke, of the text when the edit is applied, and when the edit
 * ends with nothing recorded (Esc, an unchanged or refused text), so that the line shows what is recorded again.
 */
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
        editor.addListener(new ICellEditorListener() {
            @Override
            public void cancelEditor() {
                DoseLine line = editing;
                editing = null;
                if (line != null) {
                    notRecorded(line, true);
                }
            }

            @Override
            public void applyEditorValue() {
                // setValue follows
            }

            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                // the modify listener above sees each change
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
        DoseLine line = (DoseLine) element;
        String text = value == null ? "" : value.toString();
        editing = null;
        boolean recorded = !text.isBlank() && !text.equals(getValue(element)) && commit(line, text);
        if (!recorded) {
            notRecorded(line, false);
        }
    }

    /** Called as the text changes (e.g. to preview the volume of a weight being typed). */
    void typed(DoseLine line, String text) {
    }

    /** Records the text (not called when it is blank or unchanged); returns whether it was recorded. */
    abstract boolean commit(DoseLine line, String text);

    /** The edit ended without a record (cancelled: Esc): the line should show what is recorded. */
    void notRecorded(DoseLine line, boolean cancelled) {
    }
}
