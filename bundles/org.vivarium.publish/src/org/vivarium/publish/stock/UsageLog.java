package org.vivarium.publish.stock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.stock.LedgerLine;
import org.vivarium.core.stock.LedgerLine.Kind;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;

/**
 * The usage log of one stock over a period (whole days, both inclusive; open ends for the whole log): the balance
 * before it, its lines and the totals of the period.
 *
 * @param stock   the bottle or dilution
 * @param opening the balance before the period (mL)
 * @param lines   the lines in the period, oldest first
 * @param closing the balance at the end of the period (mL)
 */
public record UsageLog(Stock stock, double opening, List<LedgerLine> lines, double closing) {

    /** The logs of a study's stocks (those of one compound, or the one stock with an id) over a period. */
    public static List<UsageLog> of(Study study, String compound, String stockId, LocalDate from, LocalDate to)
            throws PublishException {
        if (from != null && to != null && to.isBefore(from)) {
            throw new PublishException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        List<UsageLog> logs = new ArrayList<>();
        for (Stock s : study.getStocks()) {
            if (stockId != null && !stockId.equalsIgnoreCase(s.getId())) {
                continue;
            }
            if (compound != null && (s.getCompound() == null || !compound.equalsIgnoreCase(s.getCompound().getName()))) {
                continue;
            }
            logs.add(of(s, from, to));
        }
        if (logs.isEmpty()) {
            throw new PublishException(study.getStocks().isEmpty() ? "the study has no stock (receive a bottle first)"
                    : stockId != null ? "no stock " + stockId + (compound == null ? "" : " of " + compound)
                            + " (stocks: " + ids(study) + ")"
                            : "no stock of " + compound + " (stocks: " + ids(study) + ")");
        }
        return logs;
    }

    /** The log of one stock over a period. */
    public static UsageLog of(Stock stock, LocalDate from, LocalDate to) {
        StockLedger ledger = StockLedger.of(stock);
        double opening = 0;
        double closing = 0;
        List<LedgerLine> lines = new ArrayList<>();
        for (LedgerLine l : ledger.lines()) {
            LocalDate day = l.at() == null ? null : l.at().toLocalDate();
            if (from != null && day != null && day.isBefore(from)) {
                opening = l.balanceMl();
                closing = opening;
            } else if (to == null || day == null || !day.isAfter(to)) {
                lines.add(l);
                closing = l.balanceMl();
            }
        }
        return new UsageLog(stock, opening, lines, closing);
    }

    /** The total of the period's lines of some kinds (mL, signed as in the log). */
    public double total(Kind... kinds) {
        double sum = 0;
        for (LedgerLine l : lines) {
            for (Kind k : kinds) {
                sum += l.kind() == k ? l.changeMl() : 0;
            }
        }
        return StockVolumes.round(sum);
    }

    /** The amount given in the period (mL, positive): doses, including those later taken back. */
    public double given() {
        return -total(Kind.DOSE, Kind.DOSE_TAKEN_BACK);
    }

    /** The amount wasted or disposed of in the period (mL, positive). */
    public double wasted() {
        return -total(Kind.WASTE, Kind.DISPOSAL);
    }

    /** e.g. "Ketamine 100 mg/mL". */
    public String describe() {
        return (stock.getCompound() == null ? "?" : stock.getCompound().getName()) + " "
                + number(stock.getConcentrationMgPerMl()) + " mg/mL";
    }

    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String day(LocalDateTime at) {
        return at == null ? "" : at.toLocalDate().toString();
    }

    private static String ids(Study study) {
        return String.join(", ", study.getStocks().stream().map(Stock::getId).toList());
    }
}
