package org.vivarium.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over the EMF item providers of an adapter factory (what EMF's
 * AdapterFactoryContentProvider does in emf.edit.ui, which is not available here). Subclasses choose which children
 * a viewer shows.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

    protected final AdapterFactory adapterFactory;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> c) {
            return c.toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider p ? p.getElements(input).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getChildren(parent).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p && p.hasChildren(element);
    }
}
