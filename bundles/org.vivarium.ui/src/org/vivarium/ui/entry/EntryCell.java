package org.vivarium.ui.entry;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;

/**
 * A cell of an entry grid as the workbench selection (e.g. for the History view): the session, the row's animal or
 * cage, the column's measure, the measurement when the cell has a value (else null), and the row as the grid names it
 * (in a blinded session its blind code: whoever shows the cell must not name the animal).
 */
public record EntryCell(AssaySession session, EObject unit, MeasureDefinition measure, Measurement measurement,
        String rowName) {
}
