package org.vivarium.core.stock;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.StockEntryKind;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * Correcting a dose drawn from a stock without rewriting the stock's log. The dose's line in the log always shows the
 * amount drawn when it was given; a change is a CORRECTION entry of that stock, linked to the dose, with a reason:
 * <ul>
 * <li>a volume corrected from {@code old} to {@code new} mL: the dose's volume becomes {@code new} and the entry's
 * volume is {@code old - new} (less given: the difference goes back to the balance). The dose line shows
 * {@code new + (old - new) = old}: the dose's volume plus its corrections since it was drawn.</li>
 * <li>a dose taken back (recorded by mistake): the entry's volume is {@code +} the dose's volume, its reason starts
 * with {@value #TAKEN_BACK} and names when and by whom it had been given; the dose loses its time, operator and stock
 * (it is due again). The log keeps the draw as a "dose (taken back)" line just before its corrections.</li>
 * </ul>
 * Either way the balance is the volume received less the volumes of the doses now given from it (and the rest of
 * the log), and every line once shown stays. A correction entered in the stock view is not linked to a dose.
 */
public final class StockDoses {

    /** How the reason of a take-back entry starts. */
    public static final String TAKEN_BACK = "Dose taken back";

    private StockDoses() {
    }

    /** Corrects the volume of a given dose; for a dose drawn from a stock, with a correction entry and a reason. */
    public static Result setVolume(EditingDomain domain, DoseLine line, double ml, String reason, String by,
            LocalDateTime at) {
        DosingEvent event = line.event();
        if (!line.isGiven() || event.getStock() == null || !(ml > 0) || Double.isInfinite(ml)) {
            return DoseRecording.setVolume(domain, line, ml);
        }
        Stock stock = event.getStock();
        String problem = StockRules.needs(stock, reason, "a reason for the corrected volume", by);
        if (problem != null) {
            return new Result(null, problem);
        }
        double difference = StockVolumes.round(event.getVolumeMl() - DoseRecording.roundMl(ml));
        if (StockVolumes.isZero(difference)) {
            return new Result(null, null);
        }
        CompoundCommand command = new CompoundCommand("Set the volume given to " + line.animal().getId()
                + " (correction in stock " + stock.getId() + ")");
        command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__VOLUME_ML, DoseRecording.roundMl(ml)));
        command.append(addEntry(domain, stock, entry(StockEntryKind.CORRECTION, at, by, difference,
                reason.strip(), event)));
        return new Result(command, null);
    }

    /** Takes back a dose recorded by mistake; for a dose drawn from a stock, with a correction entry and a reason. */
    public static Result takeBack(EditingDomain domain, DoseLine line, String reason, String by, LocalDateTime at) {
        DosingEvent event = line.event();
        if (!line.isGiven() || event.getStock() == null) {
            return DoseRecording.notGiven(domain, line);
        }
        Stock stock = event.getStock();
        String problem = StockRules.needs(stock, reason, "a reason for taking the dose back", by);
        if (problem != null) {
            return new Result(null, problem);
        }
        String text = TAKEN_BACK + " (given " + StockVolumes.time(event.getActualTime())
                + (event.getOperator() == null ? "" : " by " + event.getOperator()) + "): " + reason.strip();
        CompoundCommand command = new CompoundCommand("Mark the dose of " + line.animal().getId()
                + " not given (correction in stock " + stock.getId() + ")");
        command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__ACTUAL_TIME, SetCommand.UNSET_VALUE));
        command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__OPERATOR, SetCommand.UNSET_VALUE));
        command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__STOCK, SetCommand.UNSET_VALUE));
        command.append(addEntry(domain, stock, entry(StockEntryKind.CORRECTION, at, by,
                StockVolumes.round(event.getVolumeMl()), text, event)));
        return new Result(command, null);
    }

    /** Whether an entry records a dose taken back. */
    public static boolean isTakeBack(StockEntry e) {
        return e.getKind() == StockEntryKind.CORRECTION && e.getDose() != null && e.getReason() != null
                && e.getReason().startsWith(TAKEN_BACK);
    }

    /** The volume corrections of a dose recorded in a stock since its last take-back there (mL). */
    static double correctedSinceDrawn(Stock stock, DosingEvent event) {
        double sum = 0;
        for (StockEntry e : stock.getEntries()) {
            if (e.getDose() == event && e.getKind() == StockEntryKind.CORRECTION) {
                sum = isTakeBack(e) ? 0 : sum + e.getVolumeMl();
            }
        }
        return sum;
    }

    /**
     * The draw a take-back entry (at index {@code index}) undid: its volume corrections since the previous take-back
     * of the same dose, the amount drawn, and the time of the first of them.
     */
    static Segment segmentBefore(Stock stock, int index) {
        List<StockEntry> entries = stock.getEntries();
        StockEntry takeBack = entries.get(index);
        double drawn = takeBack.getVolumeMl();
        LocalDateTime first = takeBack.getAt();
        for (int i = index - 1; i >= 0; i--) {
            StockEntry e = entries.get(i);
            if (e.getDose() != takeBack.getDose() || e.getKind() != StockEntryKind.CORRECTION) {
                continue;
            }
            if (isTakeBack(e)) {
                break;
            }
            drawn += e.getVolumeMl();
            first = e.getAt() != null && (first == null || e.getAt().isBefore(first)) ? e.getAt() : first;
        }
        return new Segment(StockVolumes.round(drawn), first);
    }

    record Segment(double drawnMl, LocalDateTime firstAt) {
    }

    static StockEntry entry(StockEntryKind kind, LocalDateTime at, String by, double ml, String reason,
            DosingEvent dose) {
        StockEntry e = VivariumFactory.eINSTANCE.createStockEntry();
        e.setKind(kind);
        e.setAt(at);
        e.setBy(by == null ? null : by.strip());
        e.setVolumeMl(ml);
        e.setReason(reason == null || reason.isBlank() ? null : reason.strip());
        e.setDose(dose);
        return e;
    }

    static AddCommand addEntry(EditingDomain domain, Stock stock, StockEntry entry) {
        return new AddCommand(domain, stock, Literals.STOCK__ENTRIES, entry);
    }
}
