package org.vivarium.ui.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts model objects to {@link IPropertySource} for the Properties view (registered for EObject in plugin.xml),
 * using the item providers of the object's editing domain.
 */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object)) {
            return null;
        }
        if (!(AdapterFactoryEditingDomain.getEditingDomainFor(object) instanceof AdapterFactoryEditingDomain domain)) {
            return null;
        }
        AdapterFactory factory = domain.getAdapterFactory();
        Object source = factory.adapt(object, IItemPropertySource.class);
        return source instanceof IItemPropertySource s ? adapterType.cast(new ItemPropertySource(object, s)) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
