package org.vivarium.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** One field of a {@link PropertyForm}: text (checked against the data type), check box, or choice. */
abstract class PropertyField {

    protected final EObject object;
    protected final IItemPropertyDescriptor descriptor;
    protected boolean updating;

    PropertyField(EObject object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    abstract Control control();

    /** Shows the model's current value. */
    abstract void refresh();

    Object value() {
        return ItemPropertySource.unwrap(object, descriptor.getPropertyValue(object));
    }

    void commit(Object value) {
        if (!Objects.equals(value, value()) && descriptor.canSetProperty(object)) {
            descriptor.setPropertyValue(object, value);
        }
    }

    static PropertyField create(FormToolkit toolkit, Composite parent, EObject object, IItemPropertyDescriptor d,
            boolean multiLine) {
        Object feature = d.getFeature(object);
        PropertyField field;
        if (feature instanceof EReference
                || feature instanceof EAttribute a && a.getEAttributeType() instanceof EEnum) {
            field = new Choice(toolkit, parent, object, d);
        } else if (feature instanceof EAttribute a && (a.getEAttributeType().getInstanceClass() == boolean.class
                || a.getEAttributeType().getInstanceClass() == Boolean.class)) {
            field = new Check(toolkit, parent, object, d);
        } else {
            field = new TextField(toolkit, parent, object, d, multiLine);
        }
        field.refresh();
        return field;
    }

    /** Text for strings, numbers and dates; lists of strings are comma separated. */
    private static final class TextField extends PropertyField {
        private final Text text;
        private final ControlDecoration error;
        private final EDataType type;
        private final boolean many;

        TextField(FormToolkit toolkit, Composite parent, EObject object, IItemPropertyDescriptor d, boolean multiLine) {
            super(object, d);
            type = ((EAttribute) d.getFeature(object)).getEAttributeType();
            many = d.isMany(object);
            int style = SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
            text = toolkit.createText(parent, "", style);
            text.setEditable(d.canSetProperty(object));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 60 : SWT.DEFAULT).applyTo(text);
            error = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
            error.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                    .getImage());
            error.hide();
            text.addModifyListener(e -> check());
            text.addListener(SWT.FocusOut, e -> commitText());
            text.addListener(SWT.DefaultSelection, e -> commitText());
            text.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_ESCAPE) {
                    refresh();
                }
            });
        }

        @Override
        Control control() {
            return text;
        }

        private String problem(String s) {
            if (many || type.getInstanceClass() == String.class || s.isBlank()) {
                return null;
            }
            try {
                EcoreUtil.createFromString(type, s.strip());
                return null;
            } catch (RuntimeException e) {
                return "Not a valid " + DataTypeCellEditor.describe(type) + ": " + s;
            }
        }

        private void check() {
            if (updating) {
                return;
            }
            String p = problem(text.getText());
            if (p == null) {
                error.hide();
            } else {
                error.setDescriptionText(p);
                error.show();
            }
        }

        private void commitText() {
            String s = text.getText();
            if (problem(s) != null || text.isDisposed()) {
                return;
            }
            if (many) {
                List<String> values = new ArrayList<>();
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
                commit(values);
            } else if (type.getInstanceClass() == String.class) {
                commit(s.isEmpty() ? null : s);
            } else {
                commit(s.isBlank() ? null : EcoreUtil.createFromString(type, s.strip()));
            }
        }

        @Override
        void commit(Object value) {
            if (many) {
                Collection<?> current = (Collection<?>) value();
                if (current != null && new ArrayList<>(current).equals(value)) {
                    return;
                }
            }
            if (value == null && type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
                return; // a primitive cannot be empty
            }
            super.commit(value);
        }

        @Override
        void refresh() {
            if (text.isDisposed() || text.isFocusControl() && problem(text.getText()) != null) {
                return;
            }
            Object v = value();
            String shown;
            if (v == null) {
                shown = "";
            } else if (v instanceof Collection<?> c) {
                shown = String.join(", ", c.stream().map(String::valueOf).toList());
            } else {
                shown = v instanceof String str ? str : EcoreUtil.convertToString(type, v);
            }
            if (!shown.equals(text.getText())) {
                updating = true;
                text.setText(shown);
                updating = false;
            }
            error.hide();
        }
    }

    private static final class Check extends PropertyField {
        private final Button button;

        Check(FormToolkit toolkit, Composite parent, EObject object, IItemPropertyDescriptor d) {
            super(object, d);
            button = toolkit.createButton(parent, "", SWT.CHECK);
            button.setEnabled(d.canSetProperty(object));
            button.addListener(SWT.Selection, e -> commit(Boolean.valueOf(button.getSelection())));
        }

        @Override
        Control control() {
            return button;
        }

        @Override
        void refresh() {
            if (!button.isDisposed()) {
                button.setSelection(Boolean.TRUE.equals(value()));
            }
        }
    }

    private static final class Choice extends PropertyField {
        private final CCombo combo;
        private final List<Object> choices = new ArrayList<>();
        private final IItemLabelProvider labels;

        Choice(FormToolkit toolkit, Composite parent, EObject object, IItemPropertyDescriptor d) {
            super(object, d);
            labels = d.getLabelProvider(object);
            combo = new CCombo(parent, SWT.BORDER | SWT.READ_ONLY | SWT.FLAT);
            toolkit.adapt(combo);
            combo.setEnabled(d.canSetProperty(object));
            combo.setVisibleItemCount(15);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(combo);
            combo.addListener(SWT.Selection, e -> {
                int i = combo.getSelectionIndex();
                if (i >= 0 && i < choices.size()) {
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
            choices.clear();
            Collection<?> values = descriptor.getChoiceOfValues(object);
            if (values != null) {
                choices.addAll(values);
            }
            Object current = value();
            boolean optional = descriptor.getFeature(object) instanceof EReference r && !r.isRequired();
            if (optional && !choices.contains(null)) {
                choices.add(0, null);
            }
            if (current != null && !choices.contains(current)) {
                choices.add(current);
            }
            combo.setItems(choices.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new));
            combo.select(choices.indexOf(current));
        }
    }
}
