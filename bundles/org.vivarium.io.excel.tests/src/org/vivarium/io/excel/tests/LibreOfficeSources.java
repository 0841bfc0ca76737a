package org.vivarium.io.excel.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vivarium.io.excel.EntryTemplates;
import org.vivarium.io.excel.tests.Workbooks.Formula;
import org.vivarium.io.excel.tests.Workbooks.Merge;
import org.vivarium.io.excel.tests.Workbooks.Time;

/**
 * The workbooks behind the committed fixtures in {@code fixtures/libreoffice/}: written here with POI, then opened and
 * saved by LibreOffice Calc 7.4 ({@code soffice --headless --convert-to xlsx|xls|ods}, see the README there), so that
 * the tests read files written by another program. Run {@link #main(String[])} with an output folder to make them
 * again.
 */
final class LibreOfficeSources {

    private LibreOfficeSources() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        weights(out.resolve("weights.xlsx"));
        nsf(out.resolve("nsf.xlsx"));
        Path template = out.resolve("template.xlsx");
        EntryTemplates.write(ImportFixtures.study(), "TST", template);
        RoundTripTest.fill(template);
    }

    /** Body weights: title, a date setting, a merged group header over two timepoints, formulas, mean and SEM rows. */
    static Path weights(Path file) throws Exception {
        return Workbooks.xlsx(file, "Weights", new Object[][] {
            {"Body weights, lab 2 (J. Doe)"},
            {"Date:", LocalDate.of(2026, 3, 2)},
            null,
            {null, "Body weight (g)", null, null},
            {"Animal", "0 h", "1 wk", "Date of birth"},
            {"A1", 20, 21, LocalDate.of(2026, 1, 5)},
            {"A2", 24, "24,5", null},
            {"B1", 21, new Formula("B8+1"), null},
            {"B2", 24, 25, null},
            {"Mean", new Formula("AVERAGE(B6:B9)"), new Formula("AVERAGE(C6:C9)"), null},
            {"SEM", new Formula("STDEV(B6:B9)/SQRT(4)"), new Formula("STDEV(C6:C9)/SQRT(4)"), null},
            null,
            null}, new Merge(3, 3, 1, 2), new Merge(3, 4, 0, 0));
    }

    /** Novelty-suppressed feeding with latencies typed as times, a censored value and a censored column, and notes. */
    static Path nsf(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb, "NSF 24 h", new Object[][] {
                {"Mouse", "Latency to feed (s)", "Latency to feed censored", "Home cage food (g)"},
                {"A1", new Time(4, 5), "no", 0.45},
                {"A2", 600, "yes", 0.5},
                {"B1", ">600", null, "0,61"},
                {"B2", 312.5, "no", "NA"}});
            Workbooks.fill(wb, "Notes", new Object[][] {{"B2 knocked over the pellet at 4 min"}});
            Workbooks.save(wb, file);
        }
        return file;
    }
}
