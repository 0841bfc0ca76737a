package org.vivarium.ui.emf;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo whose value is one of a list of objects (not the combo's index). */
final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> choices;

    ChoiceCellEditor(Composite parent, List<Object> choices, Function<Object, String> label) {
        super(parent, choices.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
        this.choices = choices;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < choices.size() ? choices.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(0, choices.indexOf(value)));
    }
}
