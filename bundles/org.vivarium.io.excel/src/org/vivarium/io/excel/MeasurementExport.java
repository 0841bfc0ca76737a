package org.vivarium.io.excel;

import org.vivarium.core.logging.QuietLog4j;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.io.excel.internal.read.CellRefs;
import org.vivarium.io.excel.internal.write.AtomicOutput;
import org.vivarium.io.excel.internal.write.CsvOut;
import org.vivarium.io.excel.internal.write.TidyRows;
import org.vivarium.model.Study;

/**
 * Exports a study's measurements as tidy rows (one per measurement: animal, cage, cohort, sex, arm, assay, session,
 * time since dose, measure, value, unit, censored, excluded, reason, source) to .csv (UTF-8, comma separated, numbers
 * with a decimal point) or .xlsx (streamed; more than 1,048,575 rows continue on further sheets). The file imports
 * back into the same study with every value already present. In a .csv, text that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, which the importer
 * removes; numbers stay numbers. In an .xlsx, text is always a string cell, never a formula. Output is written
 * atomically.
 */
public final class MeasurementExport {

    static {
        QuietLog4j.quiet();
    }

    private static final int ROWS_PER_SHEET = CellRefs.MAX_ROWS - 1;

    private MeasurementExport() {
    }

    /** Whether a file name is one the export can write (.csv or .xlsx). */
    public static boolean supports(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    /** Writes the export; returns the number of measurements written. */
    public static int write(Study study, Path out, IProgressMonitor monitor) throws IOException {
        int total = TidyRows.count(study);
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + out.getFileName(), Math.max(1, total));
        boolean csv = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        int[] written = {0};
        AtomicOutput.write(out, stream -> {
            if (csv) {
                Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                CsvOut c = new CsvOut(w);
                c.row(TidyRows.HEADER);
                TidyRows.write(study, cells -> {
                    c.row(Arrays.asList(cells));
                    tick(progress, ++written[0]);
                });
                w.flush();
            } else {
                xlsx(study, stream, progress, written);
            }
        });
        progress.done();
        return written[0];
    }

    private static void xlsx(Study study, java.io.OutputStream stream, SubMonitor progress, int[] written)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet[] sheet = {null};
            int[] row = {0};
            TidyRows.write(study, cells -> {
                if (sheet[0] == null || row[0] > ROWS_PER_SHEET) {
                    sheet[0] = wb.createSheet(wb.getNumberOfSheets() == 0 ? "Measurements"
                            : "Measurements (" + (wb.getNumberOfSheets() + 1) + ")");
                    header(sheet[0], bold);
                    row[0] = 1;
                }
                Row r = sheet[0].createRow(row[0]++);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] instanceof Double d) {
                        r.createCell(i).setCellValue(d);
                    } else if (cells[i] != null) {
                        r.createCell(i).setCellValue(cells[i].toString());
                    }
                }
                tick(progress, ++written[0]);
            });
            if (sheet[0] == null) {
                header(wb.createSheet("Measurements"), bold);
            }
            wb.write(stream);
        } finally {
            wb.close();
        }
    }

    private static void header(SXSSFSheet sheet, CellStyle bold) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < TidyRows.HEADER.size(); i++) {
            h.createCell(i).setCellValue(TidyRows.HEADER.get(i));
            h.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void tick(SubMonitor progress, int n) {
        if ((n & 1023) == 0) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.worked(1024);
        }
    }
}
