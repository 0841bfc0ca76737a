package org.vivarium.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of the Properties view, described by an EMF {@link IItemPropertyDescriptor}: display name, category
 * and description from the item provider, and a cell editor that fits the feature's type (text checked against the
 * data type, choice lists for booleans, enumerations and references). Many-valued features are read-only here.
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        if (feature instanceof EReference || feature instanceof EAttribute a && a.getEAttributeType() instanceof EEnum) {
            List<Object> choices = new ArrayList<>();
            Collection<?> values = descriptor.getChoiceOfValues(object);
            if (values != null) {
                choices.addAll(values);
            }
            if (feature instanceof EReference r && !r.isRequired() && !choices.contains(null)) {
                choices.add(0, null);
            }
            return new ChoiceCellEditor(parent, choices, v -> v == null ? "" : labels.getText(v));
        }
        if (feature instanceof EAttribute a) {
            EDataType type = a.getEAttributeType();
            if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
                return new ChoiceCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE), v -> v == null ? "" : v.toString());
            }
            return new DataTypeCellEditor(parent, type, nullable((EStructuralFeature) feature));
        }
        return null;
    }

    private static boolean nullable(EStructuralFeature feature) {
        Class<?> c = feature.getEType().getInstanceClass();
        return c == null || !c.isPrimitive() && feature.getEType() != EcorePackage.Literals.ESTRING;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof java.time.LocalDateTime t) {
                    return org.vivarium.core.study.DateTexts.format(t); // as forms show it: 2026-12-08 09:00
                }
                return element == null ? "" : labels.getText(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor another) {
        return false;
    }
}
