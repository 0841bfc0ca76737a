package org.vivarium.publish.stock;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.stock.LedgerLine;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.core.study.CsvFormulas;
import org.vivarium.model.Stock;

/**
 * Usage logs as CSV, one row per line of the log (after an "opening balance" row per stock): stock, compound,
 * concentration, lot, date, time, entry, protocol, user, animal, given (mL), wasted (mL), change (mL), balance (mL),
 * witness, note. Volumes have three decimals (to the microlitre); text a spreadsheet could run as a formula gets a
 * leading apostrophe.
 */
public final class UsageLogCsv {

    public static final List<String> HEADER = List.of("stock", "compound", "concentration_mg_per_ml", "lot", "date",
            "time", "entry", "protocol", "user", "animal", "given_ml", "wasted_ml", "change_ml", "balance_ml",
            "witness", "note");

    private UsageLogCsv() {
    }

    public static void write(List<UsageLog> logs, Writer out) throws IOException {
        out.write(String.join(",", HEADER) + "\n");
        for (UsageLog log : logs) {
            Stock s = log.stock();
            List<String> start = stockCells(s);
            start.addAll(List.of("", "", "opening balance", "", "", "", "", "", "", StockVolumes.plain(log.opening()),
                    "", ""));
            row(start, out);
            for (LedgerLine l : log.lines()) {
                List<String> cells = stockCells(s);
                cells.add(UsageLog.day(l.at()));
                cells.add(l.at() == null ? "" : l.at().toLocalTime().toString());
                cells.add(l.kind().label());
                cells.add(text(l.protocol()));
                cells.add(text(l.by()));
                cells.add(text(l.animal()));
                cells.add(l.givenMl() == 0 ? "" : StockVolumes.plain(l.givenMl()));
                cells.add(l.wastedMl() == 0 ? "" : StockVolumes.plain(l.wastedMl()));
                cells.add(StockVolumes.plain(l.changeMl()));
                cells.add(StockVolumes.plain(l.balanceMl()));
                cells.add(text(l.witness()));
                cells.add(text(l.note()));
                row(cells, out);
            }
        }
        out.flush();
    }

    private static List<String> stockCells(Stock s) {
        List<String> cells = new ArrayList<>();
        cells.add(text(s.getId()));
        cells.add(text(s.getCompound() == null ? "" : s.getCompound().getName()));
        cells.add(UsageLog.number(s.getConcentrationMgPerMl()));
        cells.add(text(s.getLot()));
        return cells;
    }

    private static void row(List<String> cells, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i > 0 ? "," : "").append(quoted(cells.get(i)));
        }
        out.write(b.append("\n").toString());
    }

    private static String text(String v) {
        return v == null ? "" : CsvFormulas.neutralise(v);
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
