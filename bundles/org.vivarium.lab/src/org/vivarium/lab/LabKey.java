package org.vivarium.lab;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;

/** The server's key of a measurement: the ids of its session, its animal (or cage) and its measure. */
record LabKey(String session, String unit, String measure) {

    /** The key of a measurement of a session (null when it names no animal or cage, or no measure). */
    static LabKey of(StudyResource resource, AssaySession session, Measurement m) {
        EObject unit = m.getAnimal() != null ? m.getAnimal() : m.getCage();
        if (unit == null || m.getMeasure() == null) {
            return null;
        }
        return new LabKey(resource.idOf(session), resource.idOf(unit), resource.idOf(m.getMeasure()));
    }

    /** The animal (or cage) and measure ids within a session, as a session's index knows its measurements. */
    String inSession() {
        return unit + '/' + measure;
    }
}
