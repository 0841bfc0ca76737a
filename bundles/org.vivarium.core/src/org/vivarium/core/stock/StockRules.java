package org.vivarium.core.stock;

import java.time.LocalDateTime;

import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;

/**
 * What may be drawn from a stock, and what each entry needs: a refusal is a message naming the stock (null when
 * allowed).
 */
public final class StockRules {

    private StockRules() {
    }

    /**
     * Whether a dose of a compound must name the stock it is drawn from: a controlled substance in a study that keeps
     * its stock log (at least one stock received). A study that has never received a bottle (e.g. one written before
     * the stock log existed) records doses as before.
     */
    public static boolean stockRequired(Study study, Compound compound) {
        return compound != null && compound.isControlledSubstance() && study != null && !study.getStocks().isEmpty();
    }

    /**
     * Why an amount cannot be drawn from a stock at a time for a compound (null when it can).
     *
     * @param compound  the compound the dose needs (null: any)
     * @param pendingMl what is drawn from it in the same recording before this amount (mL)
     */
    public static String checkDraw(Stock stock, Compound compound, LocalDateTime at, double ml, double pendingMl) {
        String name = name(stock);
        StockLedger ledger = StockLedger.of(stock);
        if (ledger.isDisposed()) {
            return name + " has been disposed of: nothing can be drawn from it";
        }
        if (compound != null && stock.getCompound() != compound) {
            return name + " holds " + compoundName(stock.getCompound()) + ", not " + compoundName(compound);
        }
        if (stock.getExpiry() != null && at != null && at.toLocalDate().isAfter(stock.getExpiry())) {
            return name + " expired on " + stock.getExpiry() + ": nothing may be drawn from it on " + at.toLocalDate();
        }
        if (stock.getReceivedAt() != null && at != null && at.isBefore(stock.getReceivedAt())) {
            return name + " was only received (or made) at " + StockVolumes.time(stock.getReceivedAt());
        }
        double left = StockVolumes.round(ledger.balanceMl() - pendingMl);
        if (ml - left > StockVolumes.TOLERANCE_ML) {
            return name + " holds " + StockVolumes.ml(left) + ", not enough for " + StockVolumes.ml(ml)
                    + (left <= StockVolumes.TOLERANCE_ML ? " (it is empty)" : "");
        }
        return null;
    }

    /** Why an entry cannot be recorded without a reason or who records it (null when both are given). */
    public static String needs(Stock stock, String reason, String what, String by) {
        if (by == null || by.isBlank()) {
            return name(stock) + ": enter who records it";
        }
        if (reason == null || reason.isBlank()) {
            return name(stock) + ": enter " + what;
        }
        return null;
    }

    /** e.g. "stock KET-2026-014". */
    public static String name(Stock stock) {
        return "stock " + (stock.getId() == null || stock.getId().isBlank() ? "(no label)" : stock.getId());
    }

    private static String compoundName(Compound c) {
        return c == null || c.getName() == null ? "no compound" : c.getName();
    }
}
