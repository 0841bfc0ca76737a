package org.vivarium.ui.emf;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A check box for a boolean; grayed while the objects differ. */
final class CheckField extends PropertyField {

    private final Button button;

    CheckField(FormToolkit toolkit, Composite parent, PropertyForm form, List<EObject> objects,
            IItemPropertyDescriptor d) {
        super(form, objects, d);
        button = toolkit.createButton(parent, "", SWT.CHECK);
        button.setEnabled(editable());
        button.addListener(SWT.Selection, e -> {
            button.setGrayed(false);
            commit(Boolean.valueOf(button.getSelection()));
        });
    }

    @Override
    Control control() {
        return button;
    }

    @Override
    void refresh() {
        if (!button.isDisposed()) {
            Object value = value();
            button.setGrayed(value == MIXED);
            button.setSelection(value == MIXED || Boolean.TRUE.equals(value));
        }
    }
}
