package org.vivarium.ui.review.publish;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;

/** Calls the headless writer of {@code org.vivarium.publish} for each publication. */
final class Publishers {

    private Publishers() {
    }

    /** Writes the publication; returns what was written ("ARRIVE report, 9 pages"). */
    static String write(Study study, PublishRequest request, IProgressMonitor monitor)
            throws IOException, PublishException {
        throw new PublishException(request.publication().title() + " cannot be written by this build yet");
    }
}
