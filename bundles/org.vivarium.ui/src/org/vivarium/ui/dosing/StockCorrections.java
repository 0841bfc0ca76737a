package org.vivarium.ui.dosing;

import java.time.LocalDateTime;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.stock.StockDoses;
import org.vivarium.ui.bench.Operator;

/**
 * Corrections of a dose drawn from a stock: the stock log keeps the dose as drawn and records the change as a
 * correction entry, so the person is asked why ({@link StockDoses}); other doses are corrected as before.
 */
final class StockCorrections {

    static final String TITLE = "Correct a Dose Drawn from Stock";

    private StockCorrections() {
    }

    static Result setVolume(Shell shell, EditingDomain domain, DoseLine line, double ml) {
        if (!line.isGiven() || line.event().getStock() == null) {
            return DoseRecording.setVolume(domain, line, ml);
        }
        InputDialog ask = new InputDialog(shell, TITLE, "The dose of " + line.animal().getId() + " was drawn from "
                + line.event().getStock().getId() + ": its log keeps the dose as drawn and records the change as a "
                + "correction. Why is the volume corrected?", "", null);
        if (ask.open() != IDialogConstants.OK_ID) {
            return new Result(null, null);
        }
        return StockDoses.setVolume(domain, line, ml, ask.getValue(), Operator.get(),
                LocalDateTime.now().withSecond(0).withNano(0));
    }
}
