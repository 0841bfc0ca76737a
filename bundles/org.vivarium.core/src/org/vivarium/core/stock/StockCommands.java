package org.vivarium.core.stock;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.StockEntryKind;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * The stock log's rules as EMF commands for the study's command stack: receiving a bottle, making a dilution (drawn
 * from its source), waste and disposal (witnessed, with a reason), corrections (a new entry with a reason; nothing in
 * the log is ever changed or removed) and reconciliations (counted against expected; a difference needs a reason). A
 * result without a command says why, naming the stock.
 */
public final class StockCommands {

    /**
     * A bottle as received, or a dilution as made.
     *
     * @param concentrationMgPerMl for a dilution 0: computed from its source
     */
    public record Receipt(String id, Compound compound, String lot, String supplier, double concentrationMgPerMl,
            double volumeMl, LocalDateTime receivedAt, String receivedBy, String location, LocalDate expiry) {
    }

    private StockCommands() {
    }

    /** Receives a bottle (or batch) into the study's stock. */
    public static Result receive(EditingDomain domain, Study study, Receipt r) {
        String problem = checkReceipt(study, r, "bottle");
        if (problem == null && r.compound() == null) {
            problem = "bottle " + r.id().strip() + ": choose the compound it holds";
        }
        if (problem == null && !(r.concentrationMgPerMl() > 0)) {
            problem = "bottle " + r.id().strip() + ": enter its concentration (mg/mL, above 0)";
        }
        if (problem != null) {
            return new Result(null, problem);
        }
        Stock stock = stock(r, r.compound(), r.concentrationMgPerMl());
        stock.setLot(blankToNull(r.lot()));
        stock.setSupplier(blankToNull(r.supplier()));
        Command command = new AddCommand(domain, study, Literals.STUDY__STOCKS, stock);
        return new Result(labelled(command, "Receive stock " + stock.getId() + " (" + StockVolumes.ml(r.volumeMl())
                + ")"), null);
    }

    /**
     * Makes a dilution from a source stock: {@code sourceMl} of the source made up to the receipt's volume; its
     * concentration is the source's times sourceMl / volume; it expires no later than its source.
     */
    public static Result dilute(EditingDomain domain, Stock source, double sourceMl, Receipt r) {
        Study study = (Study) source.eContainer();
        String problem = checkReceipt(study, r, "dilution");
        if (problem == null && !(sourceMl > 0)) {
            problem = "dilution " + r.id().strip() + ": enter the volume of " + source.getId() + " used (above 0 mL)";
        }
        if (problem == null && sourceMl - r.volumeMl() > StockVolumes.TOLERANCE_ML) {
            problem = "dilution " + r.id().strip() + ": its volume (" + StockVolumes.ml(r.volumeMl())
                    + ") is less than the " + StockVolumes.ml(sourceMl) + " of " + source.getId() + " used";
        }
        if (problem == null) {
            problem = StockRules.checkDraw(source, null, r.receivedAt(), StockVolumes.round(sourceMl), 0);
        }
        if (problem != null) {
            return new Result(null, problem);
        }
        double concentration = source.getConcentrationMgPerMl() * StockVolumes.round(sourceMl) / StockVolumes.round(
                r.volumeMl());
        Stock stock = stock(r, source.getCompound(), Math.round(concentration * 1e6) / 1e6);
        stock.setSource(source);
        stock.setSourceVolumeMl(StockVolumes.round(sourceMl));
        stock.setSupplier(blankToNull(r.supplier() == null || r.supplier().isBlank() ? r.receivedBy() : r.supplier()));
        stock.setLot(blankToNull(r.lot() == null || r.lot().isBlank() ? source.getLot() : r.lot()));
        if (source.getExpiry() != null && (stock.getExpiry() == null || stock.getExpiry().isAfter(source.getExpiry()))) {
            stock.setExpiry(source.getExpiry());
        }
        Command command = new AddCommand(domain, study, Literals.STUDY__STOCKS, stock);
        return new Result(labelled(command, "Make dilution " + stock.getId() + " from " + source.getId()), null);
    }

    /** Records an amount wasted (e.g. the rest of a syringe), witnessed, with a reason. */
    public static Result waste(EditingDomain domain, Stock stock, double ml, LocalDateTime at, String by,
            String witness, String reason) {
        return outflow(domain, stock, StockEntryKind.WASTE, ml, at, by, witness, reason);
    }

    /** Records the disposal of what is left (or of a given amount), witnessed, with a reason; the stock is closed. */
    public static Result dispose(EditingDomain domain, Stock stock, double ml, LocalDateTime at, String by,
            String witness, String reason) {
        return outflow(domain, stock, StockEntryKind.DISPOSAL, ml, at, by, witness, reason);
    }

    private static Result outflow(EditingDomain domain, Stock stock, StockEntryKind kind, double ml,
            LocalDateTime at, String by, String witness, String reason) {
        String what = kind == StockEntryKind.WASTE ? "waste" : "disposal";
        String problem = common(stock, at, by, reason, "the reason for the " + what);
        if (problem == null && (witness == null || witness.isBlank())) {
            problem = StockRules.name(stock) + ": a " + what + " needs a witness";
        }
        if (problem == null && witness.strip().equalsIgnoreCase(by.strip())) {
            problem = StockRules.name(stock) + ": the witness must be someone other than " + by.strip();
        }
        if (problem == null && !(StockVolumes.round(ml) > 0)) {
            problem = StockRules.name(stock) + ": enter the volume of the " + what + " (above 0 mL)";
        }
        if (problem == null) {
            problem = StockRules.checkDraw(stock, null, null, StockVolumes.round(ml), 0);
        }
        if (problem != null) {
            return new Result(null, problem);
        }
        StockEntry e = StockDoses.entry(kind, at, by, -StockVolumes.round(ml), reason, null);
        e.setWitness(witness.strip());
        return new Result(labelled(StockDoses.addEntry(domain, stock, e), "Record " + what + " of "
                + StockVolumes.ml(ml) + " from " + stock.getId()), null);
    }

    /** Corrects the balance by a signed amount (mL) with a reason: a new entry, nothing else changes. */
    public static Result correct(EditingDomain domain, Stock stock, double ml, LocalDateTime at, String by,
            String reason) {
        String problem = common(stock, at, by, reason, "the reason for the correction");
        double change = StockVolumes.round(ml);
        if (problem == null && StockVolumes.isZero(change)) {
            problem = StockRules.name(stock) + ": a correction must change the balance (enter + or - mL)";
        }
        if (problem == null && StockLedger.of(stock).balanceMl() + change < -StockVolumes.TOLERANCE_ML) {
            problem = StockRules.name(stock) + ": a correction of " + StockVolumes.ml(change)
                    + " would leave less than nothing (" + StockVolumes.ml(StockLedger.of(stock).balanceMl()) + " left)";
        }
        if (problem != null) {
            return new Result(null, problem);
        }
        StockEntry e = StockDoses.entry(StockEntryKind.CORRECTION, at, by, change, reason, null);
        return new Result(labelled(StockDoses.addEntry(domain, stock, e), "Correct stock " + stock.getId() + " by "
                + StockVolumes.ml(change)), null);
    }

    /**
     * Reconciles the stock: the volume counted against the balance the log gives at that time; the difference
     * (counted minus expected) is recorded and then needs a reason.
     */
    public static Result reconcile(EditingDomain domain, Stock stock, double countedMl, LocalDateTime at, String by,
            String reason) {
        double counted = StockVolumes.round(countedMl);
        double expected = StockLedger.of(stock).balanceAt(at);
        double difference = StockVolumes.round(counted - expected);
        String problem = common(stock, at, by, StockVolumes.isZero(difference) ? "-" : reason,
                "the reason for the difference of " + StockVolumes.ml(difference) + " (counted "
                        + StockVolumes.ml(counted) + ", expected " + StockVolumes.ml(expected) + ")");
        if (problem == null && (counted < 0 || Double.isNaN(countedMl))) {
            problem = StockRules.name(stock) + ": enter the volume counted (0 mL or more)";
        }
        if (problem != null) {
            return new Result(null, problem);
        }
        StockEntry e = StockDoses.entry(StockEntryKind.RECONCILIATION, at, by, difference, reason, null);
        e.setCountedMl(counted);
        e.setExpectedMl(expected);
        return new Result(labelled(StockDoses.addEntry(domain, stock, e), "Reconcile stock " + stock.getId()), null);
    }

    private static String common(Stock stock, LocalDateTime at, String by, String reason, String what) {
        if (at == null) {
            return StockRules.name(stock) + ": enter when";
        }
        if (stock.getReceivedAt() != null && at.isBefore(stock.getReceivedAt())) {
            return StockRules.name(stock) + ": it was only received (or made) at "
                    + StockVolumes.time(stock.getReceivedAt());
        }
        return StockRules.needs(stock, reason, what, by);
    }

    private static String checkReceipt(Study study, Receipt r, String what) {
        if (r.id() == null || r.id().isBlank()) {
            return "enter the " + what + "'s label";
        }
        String id = r.id().strip();
        if (study.getStocks().stream().anyMatch(s -> id.equalsIgnoreCase(s.getId()))) {
            return "stock " + id + " already exists: give the " + what + " another label";
        }
        if (!(r.volumeMl() > 0) || Double.isInfinite(r.volumeMl())) {
            return what + " " + id + ": enter its volume (above 0 mL)";
        }
        if (r.receivedAt() == null) {
            return what + " " + id + ": enter when it was " + (what.equals("bottle") ? "received" : "made");
        }
        if (r.receivedBy() == null || r.receivedBy().isBlank()) {
            return what + " " + id + ": enter who " + (what.equals("bottle") ? "received" : "made") + " it";
        }
        if (r.expiry() != null && r.expiry().isBefore(r.receivedAt().toLocalDate())) {
            return what + " " + id + ": its expiry " + r.expiry() + " is before " + r.receivedAt().toLocalDate();
        }
        return null;
    }

    private static Stock stock(Receipt r, Compound compound, double concentration) {
        Stock s = VivariumFactory.eINSTANCE.createStock();
        s.setId(r.id().strip());
        s.setCompound(compound);
        s.setConcentrationMgPerMl(concentration);
        s.setVolumeMl(StockVolumes.round(r.volumeMl()));
        s.setReceivedAt(r.receivedAt());
        s.setReceivedBy(r.receivedBy().strip());
        s.setLocation(blankToNull(r.location()));
        s.setExpiry(r.expiry());
        return s;
    }

    private static Command labelled(Command c, String label) {
        if (c instanceof org.eclipse.emf.common.command.AbstractCommand a) {
            a.setLabel(label);
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
