package org.vivarium.core.stock;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vivarium.core.stock.LedgerLine.Kind;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.StockEntryKind;
import org.vivarium.model.Study;

/**
 * The usage log of one stock, computed from the study: the volume received or made, every dose drawn from it (given
 * doses whose stock it is, at their time), every dilution made from it (its source volume), and its entries (waste,
 * disposal, corrections, reconciliations), in time order with the running balance. A dose's line shows the amount
 * drawn when it was given: a later volume correction or taking back is its own correction line (see
 * {@link StockDoses}), so the log only ever grows.
 */
public final class StockLedger {

    private final Stock stock;
    private final List<LedgerLine> lines;

    private StockLedger(Stock stock, List<LedgerLine> lines) {
        this.stock = stock;
        this.lines = List.copyOf(lines);
    }

    /** The log of a stock as the study holds it now. */
    public static StockLedger of(Stock stock) {
        Study study = Studies.studyOf(stock);
        String protocol = study == null || study.getProtocolNumber() == null ? "" : study.getProtocolNumber();
        List<Draft> drafts = new ArrayList<>();
        String origin = stock.getSource() == null ? "received" + text(" from ", stock.getSupplier())
                + text(", lot ", stock.getLot()) : "made from " + stock.getSource().getId();
        drafts.add(new Draft(stock.getReceivedAt(), 0, 0, new Partial(Kind.RECEIVED, stock.getReceivedBy(), "", "",
                stock.getVolumeMl(), "", origin, null, null)));
        if (study != null) {
            addDoses(stock, study, protocol, drafts);
            for (Stock other : study.getStocks()) {
                if (other.getSource() == stock) {
                    drafts.add(new Draft(other.getReceivedAt(), 1, 0, new Partial(Kind.DILUTION, other.getReceivedBy(),
                            "", "", -other.getSourceVolumeMl(), "", "made into " + other.getId(), null, null)));
                }
            }
        }
        addEntries(stock, drafts);
        drafts.sort(Comparator.comparing(Draft::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Draft::rank).thenComparingInt(Draft::order));
        List<LedgerLine> lines = new ArrayList<>();
        double balance = 0;
        for (Draft d : drafts) {
            Partial p = d.partial();
            double change = StockVolumes.round(p.changeMl());
            balance = StockVolumes.round(balance + change);
            lines.add(new LedgerLine(p.kind(), d.at(), nn(p.by()), p.animal(), p.protocol(), change, balance,
                    p.witness(), p.note(), p.dose(), p.entry()));
        }
        return new StockLedger(stock, lines);
    }

    private static void addDoses(Stock stock, Study study, String protocol, List<Draft> drafts) {
        for (Animal animal : Studies.animals(study)) {
            for (DosingEvent e : animal.getDosingEvents()) {
                if (e.getStock() == stock && e.getActualTime() != null) {
                    double drawn = e.getVolumeMl() + StockDoses.correctedSinceDrawn(stock, e);
                    drafts.add(new Draft(e.getActualTime(), 1, 0, new Partial(Kind.DOSE, e.getOperator(),
                            nn(animal.getId()), protocol, -drawn, "", "", e, null)));
                }
            }
        }
        List<StockEntry> entries = stock.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            StockEntry t = entries.get(i);
            if (StockDoses.isTakeBack(t)) {
                StockDoses.Segment s = StockDoses.segmentBefore(stock, i);
                Animal animal = t.getDose().getAnimal();
                drafts.add(new Draft(s.firstAt(), 1, i, new Partial(Kind.DOSE_TAKEN_BACK, "",
                        animal == null ? "" : nn(animal.getId()), protocol, -s.drawnMl(), "", nn(t.getReason()),
                        t.getDose(), null)));
            }
        }
    }

    private static void addEntries(Stock stock, List<Draft> drafts) {
        List<StockEntry> entries = stock.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            StockEntry e = entries.get(i);
            Kind kind = switch (e.getKind()) {
                case WASTE -> Kind.WASTE;
                case DISPOSAL -> Kind.DISPOSAL;
                case CORRECTION -> Kind.CORRECTION;
                case RECONCILIATION -> Kind.RECONCILIATION;
            };
            String note = nn(e.getReason());
            if (e.getKind() == StockEntryKind.RECONCILIATION) {
                note = "counted " + StockVolumes.ml(e.getCountedMl()) + ", expected " + StockVolumes.ml(e.getExpectedMl())
                        + (note.isEmpty() ? "" : ": " + note);
            }
            Animal animal = e.getDose() == null ? null : e.getDose().getAnimal();
            drafts.add(new Draft(e.getAt(), 2, i, new Partial(kind, e.getBy(), animal == null ? "" : nn(animal.getId()),
                    "", e.getVolumeMl(), nn(e.getWitness()), note, e.getDose(), e)));
        }
    }

    public Stock stock() {
        return stock;
    }

    /** Every line, oldest first. */
    public List<LedgerLine> lines() {
        return lines;
    }

    /** The balance now (mL, to the microlitre). */
    public double balanceMl() {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).balanceMl();
    }

    /** The balance after every line up to and including a time (mL); the whole log when the time is null. */
    public double balanceAt(LocalDateTime at) {
        double balance = 0;
        for (LedgerLine l : lines) {
            if (at != null && l.at() != null && l.at().isAfter(at)) {
                break;
            }
            balance = l.balanceMl();
        }
        return balance;
    }

    /** Whether the stock has been disposed of (then nothing more may be drawn from it). */
    public boolean isDisposed() {
        return stock.getEntries().stream().anyMatch(e -> e.getKind() == StockEntryKind.DISPOSAL);
    }

    /** The sum of the changes of the lines of one kind (mL, to the microlitre). */
    public double total(Kind kind) {
        return StockVolumes.round(lines.stream().filter(l -> l.kind() == kind).mapToDouble(LedgerLine::changeMl).sum());
    }

    private static String text(String prefix, String value) {
        return value == null || value.isBlank() ? "" : prefix + value;
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private record Partial(Kind kind, String by, String animal, String protocol, double changeMl, String witness,
            String note, DosingEvent dose, StockEntry entry) {
    }

    private record Draft(LocalDateTime at, int rank, int order, Partial partial) {
    }
}
