package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.stock.StockCommands;
import org.vivarium.core.stock.StockCommands.Receipt;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

/**
 * {@code stock} as a user runs it on a study with a bottle (10 mL at 100 mg/mL), a dilution (0.35 mL of it made up to
 * 25 mL) the two ketamine doses were drawn from (0.21 and 0.24 mL), a witnessed waste of 0.137 mL and a
 * reconciliation that counted 24.410 mL: the balances to the microlitre as text, as CSV and in the report (CSV parsed
 * back; the PDF's text is checked by UsageLogReportTest in org.vivarium.publish.tests, the only place PDFBox may be
 * used).
 */
class StockCommandTest {

    private static final LocalDateTime DAY = TestStudies.ANCHOR;

    @TempDir
    Path dir;

    private Path study() throws Exception {
        Study study = TestStudies.small();
        study.setProtocolNumber("IACUC-2026-T-0001"); // longer than the word "protocol" and than 12 characters
        Compound ketamine = study.getCompounds().get(1);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack());
        run(domain, StockCommands.receive(domain, study, new Receipt("KET-B1", ketamine, "L-77", "Vetpharm", 100, 10,
                DAY.minusDays(7), "R. Keeper", "Safe 2", DAY.toLocalDate().plusYears(1))));
        Stock bottle = study.getStocks().get(0);
        run(domain, StockCommands.dilute(domain, bottle, 0.35, new Receipt("KET-D1", null, null, null, 0, 25,
                DAY.minusDays(1), "J. Tech", "Fridge 1", null)));
        Stock dilution = study.getStocks().get(1);
        Studies.animals(study).stream().flatMap(a -> a.getDosingEvents().stream())
                .filter(e -> e.getRegimen().getCompound() == ketamine).forEach(e -> e.setStock(dilution));
        run(domain, StockCommands.waste(domain, dilution, 0.137, DAY.plusHours(1), "J. Tech", "R. Witness",
                "rest of the syringe"));
        run(domain, StockCommands.reconcile(domain, dilution, 24.41, DAY.plusHours(2), "J. Tech", "meniscus"));
        Path file = dir.resolve("s.vivarium");
        try (OpenStudy open = FolderStudyStore.containing(file).create(FolderStudyStore.nameOf(file), study)) {
            open.save();
        }
        return file;
    }

    @Test
    void theColumnsStayAlignedWhateverTheProtocolsLength() throws Exception {
        CliRun run = CliRun.of("stock", study().toString(), "--stock", "KET-D1");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> table = run.out().lines().filter(l -> l.startsWith("  20") || l.startsWith("  date")).toList();
        assertThat(table).hasSizeGreaterThan(3);
        int balanceEnds = table.get(0).indexOf("balance") + "balance".length();
        for (String line : table.subList(1, table.size())) {
            assertThat(line.charAt(balanceEnds - 1)).as(line).isNotEqualTo(' ');
            assertThat(line.charAt(balanceEnds)).as(line).isEqualTo(' ');
            assertThat(line).as("the protocol is written whole").satisfiesAnyOf(
                    l -> assertThat(l).contains("IACUC-2026-T-0001"), l -> assertThat(l).doesNotContain("IACUC"));
        }
    }

    private static void run(AdapterFactoryEditingDomain domain, Result result) {
        assertThat(result.problem()).isNull();
        domain.getCommandStack().execute(result.command());
    }

    @Test
    void textShowsEachBottlesBalanceAndUsageLog() throws Exception {
        Path file = study();
        CliRun run = CliRun.of("stock", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("KET-B1  Ketamine 100 mg/mL, lot L-77, Vetpharm; received 2026-02-23 09:00 by "
                + "R. Keeper; Safe 2; expires 2027-03-02\n  balance 9.650 mL (9650 uL)\n");
        assertThat(run.out()).contains("KET-D1  Ketamine 1.4 mg/mL, dilution of KET-B1, lot L-77, J. Tech; made "
                + "2026-03-01 09:00 by J. Tech; Fridge 1; expires 2027-03-02\n  balance 24.410 mL (24410 uL)\n");
        assertThat(run.out()).containsPattern("2026-03-02 09:05 +IACUC-2026-T-0001 +dose +tester +B1 +0.210 +24.790");
        assertThat(run.out()).containsPattern("2026-03-02 10:00 +waste +J. Tech +0.137 +24.413 +rest of the syringe; "
                + "witness: R. Witness");
        assertThat(run.out()).containsPattern("reconciliation +J. Tech +-0.003 +24.410 +counted 24.410 mL, expected "
                + "24.413 mL: meniscus");
        CliRun saline = CliRun.of("stock", file.toString(), "--compound", "Saline");
        assertThat(saline.code()).isEqualTo(2);
        assertThat(saline.out()).isEqualTo(file + ": no stock of Saline (stocks: KET-B1, KET-D1)"
                + System.lineSeparator());
        assertThat(CliRun.of("stock", file.toString(), "--from", "2026-03-01").code()).isEqualTo(1);
        assertThat(CliRun.of("stock", file.toString(), "--report", dir.resolve("x.csv").toString(), "--from", "3 March")
                .err()).contains("--from must be a date like 2026-03-01, not '3 March'");
    }

    @Test
    void csvAndReportCsvParseBackToTheBalances() throws Exception {
        Path file = study();
        CliRun run = CliRun.of("stock", file.toString(), "--compound", "ketamine", "--format", "csv");
        assertThat(run.code()).as(run.err()).isZero();
        List<Map<String, String>> rows = parse(run.out());
        assertThat(rows).filteredOn(r -> r.get("stock").equals("KET-D1")).last()
                .satisfies(r -> assertThat(r.get("balance_ml")).isEqualTo("24.410"));
        double given = rows.stream().filter(r -> r.get("stock").equals("KET-D1") && !r.get("given_ml").isEmpty())
                .mapToDouble(r -> Double.parseDouble(r.get("given_ml"))).sum();
        assertThat(given).isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-9));

        Path out = dir.resolve("log.csv");
        run = CliRun.of("stock", file.toString(), "--report", out.toString(), "--stock", "KET-D1", "--from",
                "2026-03-02", "--to", "2026-03-02");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + ": usage log of 1 stock, 4 lines" + System.lineSeparator());
        rows = parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.get("entry")).containsExactly("opening balance", "dose", "dose", "waste",
                "reconciliation");
        assertThat(rows.get(0).get("balance_ml")).isEqualTo("25.000");
        assertThat(rows.get(3).get("wasted_ml")).isEqualTo("0.137");
        assertThat(rows.get(3).get("witness")).isEqualTo("R. Witness");
        assertThat(rows.get(4).get("change_ml")).isEqualTo("-0.003");
        assertThat(rows.get(4).get("balance_ml")).isEqualTo("24.410");
        assertThat(rows.get(1).get("protocol")).isEqualTo("IACUC-2026-T-0001");
    }

    @Test
    void reportPdfIsWrittenAndAnUnknownExtensionIsRefused() throws Exception {
        Path file = study();
        Path out = dir.resolve("log.pdf");
        CliRun run = CliRun.of("stock", file.toString(), "--report", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).matches("wrote .*log.pdf: usage log of 2 stocks, 7 lines on \\d+ pages\\R");
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1)).startsWith("%PDF-"); // its text: UsageLogReportTest
        Files.createDirectories(Path.of("target", "stock-samples"));
        Files.copy(out, Path.of("target", "stock-samples", "usage-log.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun bad = CliRun.of("stock", file.toString(), "--report", dir.resolve("log.txt").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).contains("a usage log is written as .pdf, .docx or .csv");
    }

    private static List<Map<String, String>> parse(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.stream().skip(1).map(l -> {
            List<String> cells = split(l);
            return header.stream().collect(Collectors.toMap(h -> h, h -> cells.get(header.indexOf(h))));
        }).toList();
    }

    private static List<String> split(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
