package org.vivarium.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's {@link IPropertySource} over an EMF {@link IItemPropertySource}. Values are shown with the
 * item providers' labels; edits go through {@link IItemPropertyDescriptor#setPropertyValue}, which executes a
 * SetCommand on the object's editing domain, so they can be undone.
 */
public final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    private List<IItemPropertyDescriptor> items() {
        return source.getPropertyDescriptors(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return items().stream().map(d -> new ItemPropertyDescriptorAdapter(object, d)).toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d == null ? null : unwrap(object, d.getPropertyValue(object));
    }

    /** Property descriptors wrap attribute values; the editable value is the value itself. */
    static Object unwrap(Object object, Object value) {
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d != null && d.canSetProperty(object)) {
            d.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d != null && d.canSetProperty(object)) {
            d.setPropertyValue(object, value);
        }
    }
}
