package org.vivarium.io.excel.bench;

import org.vivarium.core.logging.QuietLog4j;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.vivarium.io.excel.internal.write.AtomicOutput;

/** Writes a one-sheet .xlsx (header row, then rows of strings and numbers) as a stream, e.g. benchmark input. */
public final class TableWorkbook {

    static {
        QuietLog4j.quiet();
    }

    private TableWorkbook() {
    }

    /** Rows are arrays of String, Number or null; returns the number of data rows. */
    public static int write(Path out, String sheetName, List<String> header, Iterator<Object[]> rows)
            throws IOException {
        int[] n = {0};
        AtomicOutput.write(out, stream -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
                wb.setCompressTempFiles(true);
                SXSSFSheet sheet = wb.createSheet(sheetName);
                Row h = sheet.createRow(0);
                for (int i = 0; i < header.size(); i++) {
                    h.createCell(i).setCellValue(header.get(i));
                }
                while (rows.hasNext()) {
                    Object[] cells = rows.next();
                    Row r = sheet.createRow(++n[0]);
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i] instanceof Number x) {
                            r.createCell(i).setCellValue(x.doubleValue());
                        } else if (cells[i] != null) {
                            r.createCell(i).setCellValue(cells[i].toString());
                        }
                    }
                }
                wb.write(stream);
            }
        });
        return n[0];
    }
}
