package org.vivarium.ui.dosing;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.ui.bench.EditorHeader;
import org.vivarium.ui.bench.OperatorField;
import org.vivarium.ui.bench.StudyEditorPart;

/**
 * The dosing editor of a round: the animals due, their latest weight, the volume computed from it (mg/kg x weight /
 * stock concentration, or the vehicle's mL/kg), route limit warnings with their reason, and the time each dose was
 * given and by whom. Weighing (typing a weight) updates the volume at once; every record is a command on the study's
 * stack.
 */
public class DosingEditor extends StudyEditorPart {

    public static final String ID = "org.vivarium.ui.dosing";
    static final String HINT = "Type a weight (g) and press Enter to weigh the selected animal: the volume follows "
            + "(italic until Enter records it; Esc cancels). "
            + "Space records the selected doses as given now. Double-click a time or volume given to correct it.";

    private EditorHeader header;
    private DosingTable table;
    private StockChoice stock;

    @Override
    protected EObject subject(IEditorInput input) {
        return input instanceof DosingInput d ? d.cohort() : null;
    }

    /** The round shown (recomputed from the study). */
    public DoseRound round() {
        DosingInput input = (DosingInput) getEditorInput();
        return DoseRound.of(input.cohort(), input.due());
    }

    @Override
    protected void createContent(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        header = header(parent, DosingFacts.title(round()), HINT, DosingFacts.RED);
        new OperatorField(header.side());
        stock = new StockChoice(header.side());
        table = new DosingTable(parent, session().domain(), session().isReadOnly(), header);
        table.drawFrom(stock);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getControl());
        getSite().setSelectionProvider(table.viewer()); // its dose lines: the History view follows them
        refresh();
        List<DoseLine> lines = round().lines();
        int first = 0;
        while (first < lines.size() - 1 && lines.get(first).isGiven()) {
            first++;
        }
        table.select(first); // the first dose still to give

    }

    @Override
    protected void refresh() {
        if (!table.viewer().isCellEditorActive()) {
            header.report(null); // the study changed (a record, an undo): a refusal shown before no longer applies
        }
        DoseRound round = round();
        header.details(DosingFacts.details(round, LocalDateTime.now()));
        header.progress(DosingFacts.progress(round));
        table.show(round.lines());
        stock.show(round, session().study());
    }

    @Override
    protected String commitPending() {
        if (table != null && table.viewer().isCellEditorActive()) {
            table.viewer().applyEditorValue(); // a weight being typed is recorded (or refused with its reason)
        }
        return null;
    }

    /** The table of doses (for tests). */
    public org.eclipse.jface.viewers.TableViewer viewer() {
        return table.viewer();
    }

    /** The message area's text (the hint, what a weight being typed would record, or the last problem). */
    public String message() {
        return header.message();
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
