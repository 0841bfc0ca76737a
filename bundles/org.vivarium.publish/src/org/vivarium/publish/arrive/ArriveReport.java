package org.vivarium.publish.arrive;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.document.Document;

/**
 * The ARRIVE 2.0 report of a study: the Essential 10 and the Recommended Set, item by item, filled from the study's
 * records; what cannot be derived is listed as to be completed, with where to enter it.
 */
public final class ArriveReport {

    private ArriveReport() {
    }

    /** The report of a study (its analyses are run as needed; the monitor reports progress and cancellation). */
    public static Document build(Study study, IProgressMonitor monitor) throws PublishException {
        throw new PublishException("the ARRIVE report is not part of this build yet");
    }
}
