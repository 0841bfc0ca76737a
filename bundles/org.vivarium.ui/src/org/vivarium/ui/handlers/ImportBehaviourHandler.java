package org.vivarium.ui.handlers;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.graphics.Point;
import org.vivarium.ui.importing.BehaviourImportWizard;
import org.vivarium.ui.session.StudySession;

/** File > Import Behaviour Exports...: EthoVision, ANY-maze, BORIS or ezTrack exports into the open study. */
public class ImportBehaviourHandler extends ImportHandler {

    @Override
    protected Wizard wizard(StudySession session) {
        return new BehaviourImportWizard(session);
    }

    @Override
    protected Point pageSize() {
        return new Point(760, 440);
    }
}
