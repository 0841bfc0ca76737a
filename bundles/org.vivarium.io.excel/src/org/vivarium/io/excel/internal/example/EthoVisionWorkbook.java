package org.vivarium.io.excel.internal.example;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one trial as EthoVision XT exports its raw data to Excel (a look-alike written by Vivarium): a sheet
 * {@code Track-Arena N-Subject 1} per arena and a {@code Trial Control-Arena N} sheet each, every one with a 38-line
 * header block ("Number of header lines:", Experiment, Trial name padded "Trial     2", Arena and Subject names and
 * 0-based ids, Start time, Trial duration "+ 00:06:00.000", the user-defined independent variable "Mouse ID"), then
 * the column names and units, then 6 minutes of samples at 25 per second.
 */
final class EthoVisionWorkbook {

    static final int HEADER_LINES = 38;
    static final String[] COLUMNS = {"Trial time", "Recording time", "X center", "Y center", "Distance moved",
        "Velocity", "In zone(Center / Center-point)", "Mobility state(Immobile)"};
    private static final String[] UNITS = {"s", "s", "cm", "cm", "cm", "cm/s", "", ""};
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("M/d/yyyy HH:mm:ss.SSS", Locale.US);

    /** One arena of the trial: the animal and its track. */
    record Arena(String animal, FstTrack track) {
    }

    private final String experiment;
    private final int trial;
    private final LocalDateTime start;
    private final double recordingOffset;
    private final List<Arena> arenas = new ArrayList<>();

    EthoVisionWorkbook(String experiment, int trial, LocalDateTime start, double recordingOffset) {
        this.experiment = experiment;
        this.trial = trial;
        this.start = start;
        this.recordingOffset = recordingOffset;
    }

    void arena(String animal, FstTrack track) {
        arenas.add(new Arena(animal, track));
    }

    /** "Trial     2", padded as EthoVision pads it. */
    String trialName() {
        return String.format(Locale.ROOT, "Trial %5d", trial);
    }

    void write(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            for (int a = 0; a < arenas.size(); a++) {
                Sheet s = wb.createSheet("Track-Arena " + (a + 1) + "-Subject 1");
                int r = header(s, a);
                r = names(s, r, COLUMNS, UNITS);
                samples(s, r, arenas.get(a).track());
            }
            for (int a = 0; a < arenas.size(); a++) {
                Sheet s = wb.createSheet("Trial Control-Arena " + (a + 1));
                int r = header(s, a);
                r = names(s, r, new String[] {"Trial time", "Recording time", "Rule", "Element", "Action"},
                        new String[] {"s", "s", "", "", ""});
                control(s.createRow(r++), 0, "Start-Begin", "Start track");
                control(s.createRow(r), FstTrack.time(FstTrack.SAMPLES - 1), "Condition: Trial time > 360 s",
                        "Stop track");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    /** The key/value rows of the header block; returns the row of the column names. */
    private int header(Sheet s, int arena) {
        String[][] keys = {{"Number of header lines:", null}, {"Experiment:", experiment},
            {"Trial name:", trialName()}, {"Trial ID:", Integer.toString(trial)},
            {"Arena name:", "Arena " + (arena + 1)}, {"Arena ID:", Integer.toString(arena)},
            {"Subject name:", "Subject 1"}, {"Subject ID:", "0"}, {"Arena settings:", "Arena Settings 1"},
            {"Trial status:", "Acquired"}, {"Acquisition status:", "Completed"}, {"Track status:", "Tracked"},
            {"Video file:", experiment + "\\" + trialName() + ".mpg"},
            {"Start time:", START.format(start)}, {"Trial duration:", "+ 00:06:00.000"},
            {"Recording after:", duration(recordingOffset)}, {"Recording duration:", "+ 00:06:00.000"},
            {"Detection settings:", "Detection Settings 1"}, {"Reference duration:", "+ 00:00:00.000"},
            {"Sync time:", "+ 00:00:00.000"}, {"Sync reason:", "Start of video"},
            {"Mouse ID", arenas.get(arena).animal()}, {"Water temperature", "24 °C"}};
        Row first = s.createRow(0);
        first.createCell(0).setCellValue(keys[0][0]);
        first.createCell(1).setCellValue(HEADER_LINES);
        int r = 1;
        for (int k = 1; k < keys.length; k++) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(keys[k][0]);
            row.createCell(1).setCellValue(keys[k][1]);
        }
        while (r < HEADER_LINES - 2) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue("");
            row.createCell(1).setCellValue("");
        }
        return r;
    }

    private static int names(Sheet s, int r, String[] names, String[] units) {
        Row n = s.createRow(r++);
        Row u = s.createRow(r++);
        for (int c = 0; c < names.length; c++) {
            n.createCell(c).setCellValue(names[c]);
            u.createCell(c).setCellValue(units[c]);
        }
        return r;
    }

    private void samples(Sheet s, int r, FstTrack t) {
        for (int i = 0; i < FstTrack.SAMPLES; i++) {
            Row row = s.createRow(r++);
            double time = FstTrack.time(i);
            row.createCell(0).setCellValue(time);
            row.createCell(1).setCellValue(Math.round((time + recordingOffset) * 1000) / 1000.0);
            row.createCell(2).setCellValue(t.x[i]);
            row.createCell(3).setCellValue(t.y[i]);
            double moved = t.moved(i);
            if (Double.isNaN(moved)) {
                row.createCell(4).setCellValue("-");
                row.createCell(5).setCellValue("-");
            } else {
                row.createCell(4).setCellValue(moved);
                row.createCell(5).setCellValue(Math.round(moved * FstTrack.RATE * 1000) / 1000.0);
            }
            row.createCell(6).setCellValue(t.inCentre(i) ? 1 : 0);
            row.createCell(7).setCellValue(t.immobile[i]);
        }
    }

    private void control(Row row, double time, String element, String action) {
        row.createCell(0).setCellValue(time);
        row.createCell(1).setCellValue(Math.round((time + recordingOffset) * 1000) / 1000.0);
        row.createCell(2).setCellValue("Rule 1");
        row.createCell(3).setCellValue(element);
        row.createCell(4).setCellValue(action);
    }

    private static String duration(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "+ %02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
