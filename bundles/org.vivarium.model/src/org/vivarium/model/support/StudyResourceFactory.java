package org.vivarium.model.support;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link StudyResource}s; registered for the {@code .vivarium} extension in plugin.xml. */
public class StudyResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new StudyResource(uri);
    }
}
