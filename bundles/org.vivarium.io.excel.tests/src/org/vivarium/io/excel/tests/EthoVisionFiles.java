package org.vivarium.io.excel.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Synthetic look-alikes of EthoVision XT raw-data exports (never third-party files): a header block starting with
 * "Number of header lines:" N (36 or 38 lines, English or German keys), a user-defined independent variable naming the
 * animal, the column names and units, then samples at 25 per second with Trial time, Distance moved, In zone and
 * Mobility state(Immobile) (1 immobile, 0 not, -1 written as the missing "-").
 */
final class EthoVisionFiles {

    static final double RATE = 25;

    int headerLines = 38;
    boolean german;
    String animalKey = "Mouse ID";
    String animal = "D1";
    String zoneColumn = "In zone(Center / Center-point)";
    String immobileColumn = "Mobility state(Immobile)";
    int samples = 9001; // 0 to 360 s
    IntUnaryOperator state = i -> 0;
    boolean quoted = true;
    /** The "Start time" header value, in the locale's date order. */
    String startTime = "05.12.2026 10:31:09.123";
    /** More header lines (key, value), e.g. a Session variable. */
    List<String[]> extra = new ArrayList<>();

    EthoVisionFiles(String animal, IntUnaryOperator state) {
        this.animal = animal;
        this.state = state;
    }

    /** A 0/1 series of immobility bouts with known runs: 30 s mobile, then bouts of 1-20 s (seeded). */
    static int[] bouts(long seed, int n) {
        Random r = new Random(seed);
        int[] s = new int[n];
        int i = 750;
        int v = 1;
        while (i < n) {
            int len = 25 + r.nextInt(500);
            for (int k = 0; k < len && i < n; k++) {
                s[i++] = v;
            }
            v = 1 - v;
        }
        return s;
    }

    /** The expected immobility, computed directly: samples immobile at trial times in [from, to), 1/25 s each. */
    static double immobile(IntUnaryOperator state, int n, double from, double to) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double t = i / RATE;
            if (state.applyAsInt(i) == 1 && t >= from && t < to) {
                sum += 1 / RATE;
            }
        }
        return sum;
    }

    List<String[]> header() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {german ? "Anzahl der Kopfzeilen:" : "Number of header lines:",
            Integer.toString(headerLines)});
        rows.add(new String[] {german ? "Experiment:" : "Experiment:", "FST look-alike"});
        rows.add(new String[] {german ? "Versuchsname:" : "Trial name:", "Trial     1"});
        rows.add(new String[] {german ? "Arenaname:" : "Arena name:", "Arena 1"});
        rows.add(new String[] {german ? "Subjektname:" : "Subject name:", "Subject 1"});
        rows.add(new String[] {german ? "Startzeit:" : "Start time:", startTime});
        rows.add(new String[] {german ? "Versuchsdauer:" : "Trial duration:", "+ 00:06:00.000"});
        rows.add(new String[] {animalKey, animal});
        rows.addAll(extra);
        while (rows.size() < headerLines - 2) {
            rows.add(new String[] {(german ? "Feld " : "Field ") + rows.size() + ":", ""});
        }
        rows.add(new String[] {"Trial time", "Recording time", "X center", "Y center", "Distance moved", "Velocity",
            zoneColumn, immobileColumn});
        rows.add(new String[] {"s", "s", "cm", "cm", "cm", "cm/s", "", ""});
        return rows;
    }

    String[] sample(int i, boolean comma) {
        double t = i / RATE;
        int s = state.applyAsInt(i);
        String[] v = {fmt(t), fmt(t), fmt(1.5), fmt(-2.25), i == 0 ? "-" : fmt(0.1), fmt(2.5),
            (i / 25) % 10 < 3 ? "1" : "0", s < 0 ? "-" : Integer.toString(s)};
        if (comma) {
            for (int k = 0; k < v.length; k++) {
                v[k] = v[k].replace('.', ',');
            }
        }
        return v;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }

    /** A text export: the charset, with or without byte-order mark, quoted fields, the separator, decimal commas. */
    Path text(Path file, Charset charset, boolean bom, String separator, boolean decimalComma) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16)) {
            if (bom) {
                w.write('\uFEFF');
            }
            for (String[] row : header()) {
                line(w, row, separator, quoted);
            }
            for (int i = 0; i < samples; i++) {
                line(w, sample(i, decimalComma), separator, quoted);
            }
        }
        return file;
    }

    private static void line(BufferedWriter w, String[] cells, String separator, boolean quoted)
            throws IOException {
        for (int k = 0; k < cells.length; k++) {
            if (k > 0) {
                w.write(separator);
            }
            w.write(quoted ? "\"" + cells[k] + "\"" : cells[k]);
        }
        w.write("\r\n");
    }

    /** An .xlsx workbook: the track sheet (numbers as numbers) and a Trial Control sheet. */
    Path xlsx(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("Track-Arena 1-Subject 1");
            int r = 0;
            for (String[] row : header()) {
                Row x = s.createRow(r);
                for (int c = 0; c < row.length; c++) {
                    if (r == 0 && c == 1) {
                        x.createCell(c).setCellValue(headerLines);
                    } else {
                        x.createCell(c).setCellValue(row[c]);
                    }
                }
                r++;
            }
            for (int i = 0; i < samples; i++) {
                Row x = s.createRow(r++);
                String[] v = sample(i, false);
                for (int c = 0; c < v.length; c++) {
                    if (v[c].equals("-")) {
                        x.createCell(c).setCellValue("-");
                    } else {
                        x.createCell(c).setCellValue(Double.parseDouble(v[c]));
                    }
                }
            }
            Sheet control = wb.createSheet("Trial Control-Arena 1");
            Row a = control.createRow(0);
            a.createCell(0).setCellValue("Number of header lines:");
            a.createCell(1).setCellValue(4);
            Row names = control.createRow(2);
            names.createCell(0).setCellValue("Trial time");
            names.createCell(1).setCellValue("Rule: start");
            control.createRow(3).createCell(0).setCellValue("s");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }
}
