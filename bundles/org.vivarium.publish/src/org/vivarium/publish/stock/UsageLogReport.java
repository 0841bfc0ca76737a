package org.vivarium.publish.stock;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.stock.LedgerLine;
import org.vivarium.core.stock.LedgerLine.Kind;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.core.store.AtomicFileWriter;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Documents;
import org.vivarium.publish.document.PageBreak;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Table;

/**
 * The usage log report a controlled-substance officer asks for, per bottle (or dilution) and period: a header (study,
 * protocol, compound, lot, supplier, concentration, received, location, expiry), every line (date, protocol, user,
 * animal, amount given, amount wasted, balance), the totals, the reconciliations and signature lines. Written as PDF
 * (or .docx) through {@link Documents}, or as CSV ({@link UsageLogCsv}).
 */
public final class UsageLogReport {

    private UsageLogReport() {
    }

    /** What was written. */
    public record Result(int stocks, int lines, int pages) {
    }

    /** Writes the report of the selected stocks and period to a .pdf, .docx or .csv file. */
    public static Result write(Study study, List<UsageLog> logs, LocalDate from, LocalDate to, Path out,
            PageSize paper) throws IOException, PublishException {
        int lines = logs.stream().mapToInt(l -> l.lines().size()).sum();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            AtomicFileWriter.write(out, stream -> {
                OutputStreamWriter w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                UsageLogCsv.write(logs, w);
                w.flush();
            });
            return new Result(logs.size(), lines, 0);
        }
        if (Documents.Format.of(out) == null) {
            throw new PublishException(out + ": a usage log is written as .pdf, .docx or .csv");
        }
        return new Result(logs.size(), lines, Documents.write(document(study, logs, from, to), out, paper));
    }

    /** The report as a document: one section per stock, each starting on a new page. */
    public static Document document(Study study, List<UsageLog> logs, LocalDate from, LocalDate to) {
        String period = from == null && to == null ? "whole log" : (from == null ? "start" : from.toString()) + " to "
                + (to == null ? "today" : to.toString());
        Document.Builder b = Document.builder("Controlled-substance usage log", nn(study.getId()) + " - "
                + nn(study.getTitle()) + " - period: " + period)
                .footer("Usage log of " + nn(study.getId()) + ", protocol " + nn(study.getProtocolNumber()));
        boolean first = true;
        for (UsageLog log : logs) {
            if (!first) {
                b.add(new PageBreak());
            }
            first = false;
            section(b, study, log, period);
        }
        return b.build();
    }

    private static void section(Document.Builder b, Study study, UsageLog log, String period) {
        Stock s = log.stock();
        b.heading(1, "Stock " + s.getId() + ": " + log.describe());
        List<List<String>> header = new ArrayList<>();
        header.add(List.of("Study", nn(study.getId()) + " - " + nn(study.getTitle())));
        header.add(List.of("Protocol", nn(study.getProtocolNumber())));
        header.add(List.of("Principal investigator", nn(study.getPrincipalInvestigator())));
        header.add(List.of("Compound", s.getCompound() == null ? "" : nn(s.getCompound().getName())
                + (s.getCompound().isControlledSubstance() ? " (controlled substance)" : "")));
        header.add(List.of("Lot", nn(s.getLot())));
        header.add(List.of(s.getSource() == null ? "Supplier" : "Made by", nn(s.getSupplier())));
        header.add(List.of("Concentration", UsageLog.number(s.getConcentrationMgPerMl()) + " mg/mL"));
        header.add(List.of(s.getSource() == null ? "Volume received" : "Volume made", StockVolumes.ml(s.getVolumeMl())));
        if (s.getSource() != null) {
            header.add(List.of("Made from", s.getSource().getId() + " (" + StockVolumes.ml(s.getSourceVolumeMl()) + ")"));
        }
        header.add(List.of(s.getSource() == null ? "Received" : "Made", StockVolumes.time(s.getReceivedAt())
                + (s.getReceivedBy() == null ? "" : " by " + s.getReceivedBy())));
        header.add(List.of("Storage location", nn(s.getLocation())));
        header.add(List.of("Expiry", s.getExpiry() == null ? "" : s.getExpiry().toString()));
        header.add(List.of("Period", period));
        b.add(new Table("", List.of("Stock", nn(s.getId())), header, List.of(1.0, 3.0)));

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("", "", "opening balance", "", "", "", "", StockVolumes.plain(log.opening()), ""));
        for (LedgerLine l : log.lines()) {
            String note = l.note() + (l.witness().isEmpty() ? "" : (l.note().isEmpty() ? "" : "; ") + "witness: "
                    + l.witness());
            rows.add(List.of(StockVolumes.time(l.at()), l.protocol(), l.kind().label(), l.by(), l.animal(),
                    l.givenMl() == 0 ? "" : StockVolumes.plain(l.givenMl()),
                    l.wastedMl() == 0 ? (l.kind() == Kind.DOSE || l.kind() == Kind.DOSE_TAKEN_BACK
                            || l.kind() == Kind.RECEIVED ? "" : signed(l.changeMl()))
                            : StockVolumes.plain(l.wastedMl()),
                    StockVolumes.plain(l.balanceMl()), note));
        }
        b.add(new Table("Usage log (volumes in mL; other changes signed in the wasted column)", List.of("Date",
                "Protocol", "Entry", "User", "Animal", "Given", "Wasted / other", "Balance", "Note"), rows,
                List.of(2.1, 1.6, 1.4, 1.4, 0.9, 0.9, 1.1, 1.0, 2.6)));

        b.add(new Table("Totals for the period (mL)", List.of("Opening", "Received / made", "Given", "Wasted / disposed",
                "Dilutions made", "Corrections", "Reconciliation differences", "Closing"), List.of(List.of(
                        StockVolumes.plain(log.opening()), StockVolumes.plain(log.total(Kind.RECEIVED)),
                        StockVolumes.plain(log.given()), StockVolumes.plain(log.wasted()),
                        StockVolumes.plain(-log.total(Kind.DILUTION)), signed(log.total(Kind.CORRECTION)),
                        signed(log.total(Kind.RECONCILIATION)), StockVolumes.plain(log.closing())))));
        List<List<String>> counts = new ArrayList<>();
        for (LedgerLine l : log.lines()) {
            if (l.kind() == Kind.RECONCILIATION) {
                StockEntry e = l.entry();
                counts.add(List.of(StockVolumes.time(l.at()), l.by(), StockVolumes.plain(e.getCountedMl()),
                        StockVolumes.plain(e.getExpectedMl()), signed(e.getVolumeMl()), nn(e.getReason())));
            }
        }
        if (counts.isEmpty()) {
            b.paragraph("Reconciliations: none in this period.");
        } else {
            b.add(new Table("Reconciliations (mL)", List.of("Date", "By", "Counted", "Expected", "Difference",
                    "Reason"), counts, List.of(2.0, 1.6, 1.0, 1.0, 1.0, 3.0)));
        }
        b.paragraph("Prepared by (name, signature, date): ______________________________________________");
        b.paragraph("Witness (name, signature, date): __________________________________________________");
        b.paragraph("Reviewed by the controlled-substance officer (name, signature, date): ________________________");
        b.add(Paragraph.small("Computed by Vivarium from the study file: each dose drawn from this stock, each dilution "
                + "made from it and each entry of its log; nothing in the log is edited or removed."));
    }

    private static String signed(double ml) {
        return (ml > 0 ? "+" : "") + StockVolumes.plain(ml);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
