package org.vivarium.ui.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over the EMF item providers: text from {@link IItemLabelProvider#getText}, images from the
 * URLs the item providers return (EMF's AdapterFactoryLabelProvider lives in emf.edit.ui, not available here).
 */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final Map<Object, Image> images = new HashMap<>();

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider p ? p.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        Object image = provider instanceof IItemLabelProvider p ? p.getImage(element) : null;
        return image == null ? null : images.computeIfAbsent(image, this::create);
    }

    private Image create(Object image) {
        if (image instanceof URL url) {
            return resources.create(ImageDescriptor.createFromURL(url));
        }
        return null;
    }

    @Override
    public void dispose() {
        resources.dispose();
        images.clear();
        super.dispose();
    }
}
