package org.vivarium.ui.audit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.study.Labels;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;
import org.vivarium.ui.entry.EntryCell;

/**
 * The object the History view shows the entries of, from the workbench selection: an object of the study by its
 * stable id, a measurement (or an empty cell of the entry grid) as "session/unit/measure", a dose line by its dose
 * (or, not given yet, its animal).
 *
 * @param id    the id entries are matched with ({@code AuditEntry.concerns})
 * @param label what it is, for people: "animal 1H-07", "immobility of 1H-07 in FST 1 h"
 */
record HistoryTarget(String id, String label) {

    /** The target of a selection, or null when it names nothing of the study. */
    static HistoryTarget of(ISelection selection, Resource resource) {
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty() || !(resource instanceof StudyResource r)) {
            return null;
        }
        Object first = s.getFirstElement();
        if (first instanceof EntryCell cell) {
            HistoryTarget t = cell(r, cell.session(), cell.unit(), cell.measure());
            return t == null ? null : new HistoryTarget(t.id(), label(cell.measure()) + " of " + cell.rowName() + " in "
                    + label(cell.session())); // the row as the grid names it: a blind code in a blinded session
        }
        if (first instanceof Measurement m) {
            return cell(r, m.eContainer() instanceof AssaySession a ? a : null,
                    m.getAnimal() != null ? m.getAnimal() : m.getCage(), m.getMeasure());
        }
        if (first instanceof DoseLine line) {
            return line.task().event() != null ? object(r, line.task().event()) : object(r, line.animal());
        }
        return first instanceof EObject o ? object(r, o) : null;
    }

    private static HistoryTarget object(StudyResource r, EObject o) {
        String id = o.eResource() == r ? r.idOf(o) : null;
        return id == null ? null : new HistoryTarget(id, type(o) + " " + label(o));
    }

    private static HistoryTarget cell(StudyResource r, AssaySession session, EObject unit, EObject measure) {
        if (session == null || unit == null || measure == null) {
            return null;
        }
        String id = r.idOf(session) + "/" + r.idOf(unit) + "/" + r.idOf(measure);
        return new HistoryTarget(id, label(measure) + " of " + label(unit) + " in " + label(session));
    }

    private static String type(EObject o) {
        return o.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String label(EObject o) {
        try {
            return Labels.of(o);
        } catch (RuntimeException e) {
            return o.eClass().getName();
        }
    }
}
