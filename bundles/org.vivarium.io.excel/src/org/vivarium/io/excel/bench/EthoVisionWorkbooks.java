package org.vivarium.io.excel.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.vivarium.core.logging.QuietLog4j;

/**
 * Synthetic EthoVision XT raw-data workbooks for {@code vivarium bench import}: a 38-line header block naming the
 * animal ("Mouse ID"), then samples at 25 per second (Trial time, Recording time, X/Y center, Distance moved,
 * Velocity, In zone(Center / Center-point), Mobility state(Immobile)) with immobility bouts of a few seconds.
 */
public final class EthoVisionWorkbooks {

    static {
        QuietLog4j.quiet();
    }

    private static final String[] COLUMNS = {"Trial time", "Recording time", "X center", "Y center",
        "Distance moved", "Velocity", "In zone(Center / Center-point)", "Mobility state(Immobile)"};
    private static final String[] UNITS = {"s", "s", "cm", "cm", "cm", "cm/s", "", ""};
    private static final int HEADER_LINES = 38;

    private EthoVisionWorkbooks() {
    }

    /** Writes one trial's workbook with {@code samples} samples; returns the file. */
    public static Path write(Path file, String animal, int samples, int seed) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet s = wb.createSheet("Track-Arena 1-Subject 1");
            int r = 0;
            Row first = s.createRow(r++);
            first.createCell(0).setCellValue("Number of header lines:");
            first.createCell(1).setCellValue(HEADER_LINES);
            String[][] keys = {{"Experiment:", "bench"}, {"Trial name:", "Trial     " + seed}, {"Arena name:",
                "Arena 1"}, {"Subject name:", "Subject 1"}, {"Mouse ID", animal}};
            for (String[] k : keys) {
                Row x = s.createRow(r++);
                x.createCell(0).setCellValue(k[0]);
                x.createCell(1).setCellValue(k[1]);
            }
            while (r < HEADER_LINES - 2) {
                s.createRow(r).createCell(0).setCellValue("Field " + r + ":");
                r++;
            }
            Row names = s.createRow(r++);
            Row units = s.createRow(r++);
            for (int c = 0; c < COLUMNS.length; c++) {
                names.createCell(c).setCellValue(COLUMNS[c]);
                units.createCell(c).setCellValue(UNITS[c]);
            }
            for (int i = 0; i < samples; i++) {
                Row x = s.createRow(r++);
                double t = i / 25.0;
                x.createCell(0).setCellValue(t);
                x.createCell(1).setCellValue(t);
                x.createCell(2).setCellValue(10 + (i * 7 + seed) % 30);
                x.createCell(3).setCellValue(10 + (i * 3 + seed) % 30);
                x.createCell(4).setCellValue(0.1);
                x.createCell(5).setCellValue(2.5);
                x.createCell(6).setCellValue((i / 100) % 4 == 0 ? 1 : 0);
                x.createCell(7).setCellValue((i / (60 + seed % 40)) % 2);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }
}
