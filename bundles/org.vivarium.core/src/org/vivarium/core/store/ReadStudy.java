package org.vivarium.core.store;

import org.eclipse.emf.ecore.resource.Resource;
import org.vivarium.model.Study;

/** A study as read from a store: its resource (with the object ids) and its root. */
public interface ReadStudy {

    /** The name of the study in its store. */
    String name();

    /** The resource the study was loaded into. */
    Resource resource();

    /** The study. */
    default Study study() {
        return (Study) resource().getContents().get(0);
    }
}
