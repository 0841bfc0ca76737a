package org.vivarium.ui.bench;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The icons of the bench parts (icons/*.png of this bundle), shared through JFace's image registry. */
public final class BenchImages {

    public static final String TODAY = "icons/today.png";
    public static final String DOSING = "icons/dosing.png";
    public static final String ENTRY = "icons/entry.png";
    public static final String DONE = "icons/done.png";
    public static final String OVERDUE = "icons/overdue.png";
    public static final String SESSION = "icons/session.png";

    private BenchImages() {
    }

    public static ImageDescriptor descriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle("org.vivarium.ui", path)
                .orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }

    /** The shared image (do not dispose). */
    public static Image get(String path) {
        ImageRegistry registry = JFaceResources.getImageRegistry();
        String key = "org.vivarium.ui/" + path;
        Image image = registry.get(key);
        if (image == null) {
            registry.put(key, descriptor(path));
            image = registry.get(key);
        }
        return image;
    }
}
