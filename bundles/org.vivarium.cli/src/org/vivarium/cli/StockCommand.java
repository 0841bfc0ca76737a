package org.vivarium.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.vivarium.core.stock.LedgerLine;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.stock.UsageLog;
import org.vivarium.publish.stock.UsageLogCsv;
import org.vivarium.publish.stock.UsageLogReport;

/**
 * {@code stock STUDY [--compound C] [--stock ID] [--format text|csv] [--report OUT.pdf|OUT.csv] [--from D --to D]
 * [--paper a4|letter]}: each bottle's (and dilution's) balance and its usage log, or the usage log report as a file.
 */
final class StockCommand implements Command {

    @Override
    public String name() {
        return "stock";
    }

    @Override
    public String usage() {
        return "stock STUDY [--compound C] [--stock ID] [--format text|csv] [--report OUT.pdf|OUT.csv [--from D] "
                + "[--to D] [--paper a4|letter]]";
    }

    @Override
    public String summary() {
        return "the controlled-substance stock: each bottle's balance and usage log, or the usage log report (PDF, CSV)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String compound = args.option("compound", null);
        String stockId = args.option("stock", null);
        String format = args.format("text", "csv");
        String report = args.option("report", null);
        LocalDate from = date(args.option("from", null), "from");
        LocalDate to = date(args.option("to", null), "to");
        org.vivarium.publish.document.PageSize paper = PaperOption.of(args.option("paper", "a4"));
        args.checkNoneLeft(1);
        if (report == null && (from != null || to != null || args.has("paper"))) {
            throw new UsageException("--from, --to and --paper go with --report OUT.pdf|OUT.csv");
        }
        ReadStudy read = StudyFiles.read(file);
        Study study = read.study();
        List<UsageLog> logs;
        try {
            logs = UsageLog.of(study, compound, stockId, from, to);
        } catch (PublishException e) {
            throw new RejectedException(List.of(file + ": " + e.getMessage()), null);
        }
        if (report != null) {
            Path out = Path.of(report);
            UsageLogReport.Result r = PublishedFiles.write(file, out, () -> UsageLogReport.write(study, logs, from, to,
                    out, paper));
            console.out().printf("wrote %s: usage log of %d %s, %d %s%s%n", out, r.stocks(), r.stocks() == 1
                    ? "stock" : "stocks", r.lines(), r.lines() == 1 ? "line" : "lines", r.pages() > 0 ? " on "
                            + r.pages() + (r.pages() == 1 ? " page" : " pages") : "");
            return Cli.OK;
        }
        PrintStream out = console.out();
        if (format.equals("csv")) {
            OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            UsageLogCsv.write(logs, w);
            w.flush();
            return Cli.OK;
        }
        for (UsageLog log : logs) {
            text(log, out);
        }
        out.flush();
        return Cli.OK;
    }

    private static void text(UsageLog log, PrintStream out) {
        Stock s = log.stock();
        StringBuilder head = new StringBuilder(s.getId()).append("  ").append(log.describe());
        if (s.getSource() != null) {
            head.append(", dilution of ").append(s.getSource().getId());
        }
        head.append(s.getLot() == null ? "" : ", lot " + s.getLot());
        head.append(s.getSupplier() == null ? "" : ", " + s.getSupplier());
        head.append("; ").append(s.getSource() == null ? "received " : "made ").append(StockVolumes.time(s
                .getReceivedAt())).append(s.getReceivedBy() == null ? "" : " by " + s.getReceivedBy());
        head.append(s.getLocation() == null ? "" : "; " + s.getLocation());
        head.append(s.getExpiry() == null ? "" : "; expires " + s.getExpiry());
        out.print(head + "\n");
        out.printf(Locale.ROOT, "  balance %s (%s)%n", StockVolumes.ml(log.closing()), StockVolumes.microlitres(log
                .closing()));
        // columns as wide as their longest text (a protocol like IACUC-2026-0117 or a long name keeps them aligned)
        String row = "  %-16s  %-" + width(log, LedgerLine::protocol, "protocol") + "s  %-18s  %-"
                + width(log, LedgerLine::by, "user") + "s  %-" + width(log, LedgerLine::animal, "animal")
                + "s  %9s  %12s  %9s  %s%n";
        out.printf(Locale.ROOT, row, "date", "protocol", "entry", "user", "animal", "given", "wasted/other", "balance",
                "note");
        for (LedgerLine l : log.lines()) {
            String note = l.note() + (l.witness().isEmpty() ? "" : (l.note().isEmpty() ? "" : "; ") + "witness: "
                    + l.witness());
            String wasted = l.wastedMl() != 0 ? StockVolumes.plain(l.wastedMl()) : l.givenMl() == 0
                    && l.kind() != LedgerLine.Kind.RECEIVED ? (l.changeMl() > 0 ? "+" : "") + StockVolumes.plain(l
                            .changeMl()) : "";
            out.printf(Locale.ROOT, row, StockVolumes.time(l.at()),
                    l.protocol(), l.kind().label(), l.by(), l.animal(), l.givenMl() == 0 ? "" : StockVolumes.plain(l
                            .givenMl()), wasted, StockVolumes.plain(l.balanceMl()), note);
        }
        out.print("\n");
    }

    private static int width(UsageLog log, Function<LedgerLine, String> text, String header) {
        return Math.max(header.length(), log.lines().stream().map(text).mapToInt(t -> t == null ? 0 : t.length())
                .max().orElse(0));
    }

    private static LocalDate date(String value, String option) throws UsageException {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " must be a date like 2026-03-01, not '" + value + "'");
        }
    }
}
