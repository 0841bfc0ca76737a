package org.vivarium.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for an EMF data type: shows the value as the model writes it (e.g. 2026-03-02T09:00 for a
 * date-time) and only accepts text that converts to the type; the error is shown while typing.
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
        try {
            EcoreUtil.createFromString(type, text.strip());
            return null;
        } catch (RuntimeException e) {
            return "'" + text + "' is not a valid " + describe(type);
        }
    }

    /** How values of a data type are written, e.g. "date (write it as 2026-03-02)". */
    static String describe(EDataType type) {
        return switch (type.getName()) {
            case "LocalDate" -> "date (write it as 2026-03-02)";
            case "LocalDateTime" -> "date and time (write it as 2026-03-02T09:30)";
            case "EDouble", "EDoubleObject", "EFloat", "EFloatObject" -> "number (e.g. 12.5)";
            case "EInt", "EIntegerObject", "ELong", "ELongObject" -> "whole number";
            default -> type.getName();
        };
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (text == null || text.isBlank()) {
            return type.getInstanceClass() == String.class ? text : null;
        }
        return type.getInstanceClass() == String.class ? text : EcoreUtil.createFromString(type, text.strip());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : value instanceof String s ? s : EcoreUtil.convertToString(type, value));
    }
}
