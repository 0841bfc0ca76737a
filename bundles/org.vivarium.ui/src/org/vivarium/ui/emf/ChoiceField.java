package org.vivarium.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A choice among the descriptor's values (references, enumerations); empty while the objects differ. */
final class ChoiceField extends PropertyField {

    private final CCombo combo;
    private final List<Object> choices = new ArrayList<>();
    private final IItemLabelProvider labels;

    ChoiceField(FormToolkit toolkit, Composite parent, PropertyForm form, List<EObject> objects,
            IItemPropertyDescriptor d) {
        super(form, objects, d);
        labels = d.getLabelProvider(first());
        combo = new CCombo(parent, SWT.BORDER | SWT.READ_ONLY | SWT.FLAT);
        toolkit.adapt(combo);
        combo.setEnabled(editable());
        combo.setVisibleItemCount(15);
        WheelGuard.guard(combo);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> {
            int i = combo.getSelectionIndex();
            if (!updating && i >= 0 && i < choices.size()) {
                commit(choices.get(i));
            }
        });
    }

    @Override
    Control control() {
        return combo;
    }

    @Override
    void refresh() {
        if (combo.isDisposed()) {
            return;
        }
        updating = true;
        try {
            choices.clear();
            Collection<?> values = descriptor.getChoiceOfValues(first());
            if (values != null) {
                choices.addAll(values);
            }
            Object current = value();
            boolean optional = feature() instanceof EReference r && !r.isRequired();
            if (optional && !choices.contains(null)) {
                choices.add(0, null);
            }
            if (current != MIXED && current != null && !choices.contains(current)) {
                choices.add(current);
            }
            combo.setItems(choices.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new));
            if (current == MIXED) {
                combo.deselectAll();
                combo.setText("");
            } else {
                combo.select(choices.indexOf(current));
            }
        } finally {
            updating = false;
        }
    }
}
