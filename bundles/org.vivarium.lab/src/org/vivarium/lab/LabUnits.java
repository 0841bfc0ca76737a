package org.vivarium.lab;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.support.StudyResource;

/** The ids of a study's animals and cages: the server refuses values for one that is no longer there. */
final class LabUnits {

    private LabUnits() {
    }

    static List<String> of(StudyResource resource) {
        List<String> ids = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            TreeIterator<EObject> all = root.eAllContents();
            while (all.hasNext()) {
                EObject o = all.next();
                if (o instanceof Animal || o instanceof Cage) {
                    ids.add(resource.idOf(o));
                } else if (o instanceof AssaySession) {
                    all.prune(); // its measurements, maybe millions, hold no animals
                }
            }
        }
        return ids;
    }
}
