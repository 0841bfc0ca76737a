package org.vivarium.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for an EMF data type: shows the value as forms do (e.g. 2026-03-02 09:00 for a date-time) and
 * only accepts text that converts to the type (dates as people type them); the error is shown while typing.
 */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;
    private final boolean nullable;

    DataTypeCellEditor(Composite parent, EDataType type, boolean nullable) {
        super(parent);
        this.type = type;
        this.nullable = nullable;
        setValidator(value -> problem((String) value));
    }

    private String problem(String text) {
        if (text == null || text.isBlank()) {
            return nullable || type.getInstanceClass() == String.class ? null : "a value is required";
        }
        return FieldTexts.problem(type, text);
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (text == null || text.isBlank()) {
            return type.getInstanceClass() == String.class ? text : null;
        }
        return FieldTexts.parse(type, text);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(FieldTexts.format(type, value));
    }
}
