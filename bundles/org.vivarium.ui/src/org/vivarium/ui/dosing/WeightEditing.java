package org.vivarium.ui.dosing;

import java.time.LocalDateTime;

import org.eclipse.jface.viewers.TableViewer;
import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseVolume;
import org.vivarium.core.study.Labels;
import org.vivarium.ui.bench.EditorHeader;
import org.vivarium.ui.bench.Operator;

/**
 * The weight cell of the dosing table. What the table shows is what is recorded: a weight being typed shows the
 * volume it would give marked as not recorded yet (italic, "not recorded yet", and said in the message area); Enter
 * records the weighing; Esc, or a weight that cannot be recorded (outside the body weight's valid range), leaves the
 * recorded weight's volume on screen, the latter with the reason.
 */
final class WeightEditing extends DosingEditing {

    private final DosingTable table;
    private final TableViewer viewer;
    private final EditorHeader header;

    WeightEditing(DosingTable table, TableViewer viewer, EditorHeader header) {
        super(viewer);
        this.table = table;
        this.viewer = viewer;
        this.header = header;
    }

    @Override
    protected Object getValue(Object element) {
        DoseLine l = (DoseLine) element;
        return Double.isNaN(l.weightGrams()) ? "" : Labels.number(l.weightGrams());
    }

    @Override
    void typed(DoseLine line, String text) {
        if (text.isBlank()) {
            viewer.update(line, null);
            header.report(null);
            return;
        }
        double grams = DosingFacts.number(text);
        String problem = DoseRecording.checkWeight(line, grams);
        if (problem != null) {
            viewer.update(line, null); // no volume for a weight that cannot be recorded
            header.report(line.animal().getId() + ": " + text.strip() + " g cannot be recorded: " + problem
                    + "; the dose stays at " + recorded(line));
            return;
        }
        DoseVolume v = DoseCalculator.volume(line.regimen(), grams);
        DosingFacts.provisional(viewer.getTable(), table.indexOf(line), v);
        String what = line.animal().getId() + ": " + Labels.number(grams) + " g gives "
                + (v.isComputed() ? String.format("%.2f mL", v.volumeMl()) : "no volume")
                + " - not recorded yet: Enter records the weighing, Esc keeps " + recorded(line);
        if (v.isComputed() && !v.withinLimit()) {
            header.report(v.limitViolation(grams) + "\n" + what);
        } else {
            header.note(what);
        }
    }

    @Override
    boolean commit(DoseLine line, String text) {
        double grams = DosingFacts.number(text);
        var result = DoseRecording.weigh(table.domain(), line, grams,
                LocalDateTime.now().withSecond(0).withNano(0), Operator.get());
        if (!result.ok()) {
            header.report(line.animal().getId() + ": " + text.strip() + " g is not recorded: " + result.problem()
                    + "; the dose stays at " + recorded(line));
            return false;
        }
        table.execute(result.command());
        header.report(null);
        return true;
    }

    @Override
    void notRecorded(DoseLine line, boolean cancelled) {
        viewer.update(line, null); // the recorded weight's volume again, not the one typed
        if (cancelled) {
            header.report(null);
        }
    }

    /** e.g. "0.20 mL (for 19.8 g, the weight recorded)". */
    private static String recorded(DoseLine line) {
        if (Double.isNaN(line.weightGrams())) {
            return "without a volume (no weight recorded)";
        }
        String volume = line.volume().isComputed() ? String.format("%.2f mL", line.volume().volumeMl()) : "no volume";
        return volume + " (for " + String.format("%.1f", line.weightGrams()) + " g, the weight recorded)";
    }
}
