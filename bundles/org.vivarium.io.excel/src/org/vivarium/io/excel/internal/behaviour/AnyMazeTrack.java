package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vivarium.io.excel.internal.map.HeaderText;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.RowSink;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;

/**
 * An ANY-maze time-series export of one test, read as a stream: "Time" (seconds, or h:mm:ss.sss), "Centre position
 * X/Y" (unit in the header, e.g. "(m)"), state columns 1/0 such as "Immobile" and zone columns ("In centre"), "#N/A"
 * where unavailable. Scored like EthoVision tracks ({@link TrackScorer}): immobility and its latency, distance from
 * the positions, centre time, latency to a food zone. The animal is an animal column (e.g. "Animal") when the export
 * has one, else the file's name without its extension (map other names in the mapping's animal {@code values}).
 */
final class AnyMazeTrack implements RowSink {

    private static final String[] CENTRE = {"cent", "zentrum", "mitte", "middle"};
    private static final String[] FOOD = {"food", "pellet", "feed", "futter"};

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final String sheet;
    private final int headerRow;
    private final List<String> names = new ArrayList<>();
    private Target target;
    private TrackScorer scorer;
    private int time = -1;
    private int x = -1;
    private int y = -1;
    private int immobile = -1;
    private int centre = -1;
    private int food = -1;
    private int animal = -1;
    private int dateColumn = -1;
    private String animalText;
    private RowOrigins.Location at;
    private String date;
    private double px = Double.NaN;
    private double py = Double.NaN;
    private boolean failed;

    AnyMazeTrack(ExportContext context, String file, String fileName, String sheet, int headerRow) {
        this.context = context;
        this.file = file;
        this.fileName = fileName;
        this.sheet = sheet;
        this.headerRow = headerRow;
    }

    @Override
    public boolean row(SheetRow r) {
        if (r.index() < headerRow) {
            return true;
        }
        if (r.index() == headerRow) {
            return header(r);
        }
        if (r.width() > names.size()) {
            return stop(r.index(), names.size(), "the row has " + r.width() + " fields but the header names "
                    + names.size() + " columns: is the delimiter right (decimal commas in a comma-separated file)?");
        }
        if (!who(r)) {
            return false;
        }
        double t;
        try {
            t = seconds(r.get(time));
        } catch (IllegalArgumentException e) {
            return stop(r.index(), time, e.getMessage() + " (Time)");
        }
        if (Double.isNaN(t)) {
            scorer.missingTime();
            return true;
        }
        int column = -1;
        try {
            column = x;
            double nx = x < 0 ? Double.NaN : Num.of(r.get(x));
            column = y;
            double ny = y < 0 ? Double.NaN : Num.of(r.get(y));
            double moved = Math.hypot(nx - px, ny - py);
            px = nx;
            py = ny;
            column = -1;
            String why = scorer.sample(t, EthoVisionTrack.state(r, immobile), moved, EthoVisionTrack
                    .state(r, centre), EthoVisionTrack.state(r, food));
            return why == null || stop(r.index(), time, why);
        } catch (IllegalArgumentException e) {
            return stop(r.index(), column >= 0 ? column : bad(r),
                    e.getMessage());
        }
    }

    private boolean header(SheetRow r) {
        for (int c = 0; c < r.width(); c++) {
            names.add(r.get(c) == null ? "" : r.get(c).asText().strip());
        }
        List<String> keys = names.stream().map(n -> Names.key(n).toLowerCase(Locale.ROOT)).toList();
        time = keys.indexOf("time");
        for (int c = 0; c < keys.size(); c++) {
            String k = keys.get(c);
            if (k.contains("position")) {
                x = x < 0 && (k.startsWith("centrepositionx") || k.startsWith("centerpositionx")) ? c : x;
                y = y < 0 && (k.startsWith("centrepositiony") || k.startsWith("centerpositiony")) ? c : y;
            } else if (immobile < 0 && (k.equals("immobile") || k.startsWith("immobility"))) {
                immobile = c;
            } else if (centre < 0 && contains(k, CENTRE)) {
                centre = c;
            } else if (food < 0 && contains(k, FOOD)) {
                food = c;
            }
        }
        dateColumn = keys.indexOf("date");
        animal = context.animalName(names);
        target = Target.of(context.study, context.mapping.defaults(), null, null);
        scorer = new TrackScorer(target.window(true), target.window(false));
        return true;
    }

    private static boolean contains(String key, String[] words) {
        for (String w : words) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The animal (and date) of the test: its column, the same on every row; else the file name. */
    private boolean who(SheetRow r) {
        String a = animal < 0 || r.get(animal) == null ? null : text(r.get(animal));
        if (animalText == null) {
            String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
            animalText = a != null ? a : name;
            at = new RowOrigins.Location(file, sheet, a != null ? r.index() : headerRow, a != null ? animal : -1);
        } else if (a != null && !a.equals(animalText)) {
            return stop(r.index(), animal, "a second animal (" + a + " after " + animalText + "): an ANY-maze time "
                    + "series holds one test; export one file per test");
        }
        if (date == null && dateColumn >= 0) {
            date = Num.date(r.get(dateColumn));
        }
        return true;
    }

    /** Seconds of a Time cell: a number of seconds, a time cell, or text h:mm:ss.sss / mm:ss.sss. */
    static double seconds(CellValue c) {
        if (c != null && c.kind() == CellValue.Kind.NUMBER && c.numberFormat() == CellValue.NumberFormat.TIME) {
            return c.number() * 86400;
        }
        if (c != null && c.kind() == CellValue.Kind.TEXT && c.text().indexOf(':') > 0) {
            String[] p = c.text().strip().split(":");
            double s = 0;
            for (String part : p) {
                if (!part.matches("\\d+([.,]\\d+)?")) {
                    throw new IllegalArgumentException("'" + c.text().strip() + "' is not a time (h:mm:ss.sss)");
                }
                s = s * 60 + Double.parseDouble(part.replace(',', '.'));
            }
            return s;
        }
        return Num.of(c);
    }

    private boolean stop(int row, int column, String message) {
        context.problem(file, sheet, row, column, message);
        failed = true;
        return false;
    }

    /** Emits the test's values (after the whole file was read). */
    void finish() {
        if (failed) {
            return;
        }
        if (time < 0) {
            context.problem(file, sheet, headerRow, -1, "an ANY-maze time series without a column 'Time' (its "
                    + "columns: " + String.join(", ", names) + ")");
            return;
        }
        if (animalText == null) {
            context.problem(file, sheet, headerRow, -1, "an ANY-maze time series without samples");
            return;
        }
        scorer.finish();
        AssayKind kind = target.kind();
        List<Object[]> values = new ArrayList<>(); // measure, value, unit, censored, scoring, window
        if (immobile >= 0 && target.immobilityWindow() && !immobility(values, animalText)) {
            return;
        }
        Target.Window w = target.window(false);
        if (kind == AssayKind.OFT || kind == null && immobile < 0) {
            String unit = x < 0 ? null : HeaderText.parse(names.get(x)).unit();
            if (x >= 0 && y >= 0 && unit != null && scorer.distancesInWindow() > 0) {
                values.add(new Object[] {"distance", scorer.distance(), unit, false, "distance = path of "
                        + names.get(x) + " / " + names.get(y) + " from sample to sample over " + w.describe() + " (steps from or to an unavailable, #N/A, position are "
                        + "left out)", w});
            } else if (x >= 0 && unit == null) {
                context.notes.add(fileName + ": the positions have no unit in their header (e.g. '" + names.get(x)
                        + " (m)'): distance not computed");
            }
            if (centre >= 0) {
                values.add(new Object[] {"centre time", scorer.centre(), "s", false, "centre time = time "
                        + names.get(centre) + " = 1 in " + w.describe(), w});
            }
        }
        if (kind == AssayKind.NSF && food >= 0) {
            boolean never = Double.isNaN(scorer.firstZone());
            values.add(new Object[] {"latency to feed", never ? scorer.end() : scorer.firstZone(), "s", never,
                "latency to feed = Time of the first sample with " + names.get(food) + " = 1 (censored at the end "
                        + "of the test if none)", null});
        }
        if (values.isEmpty()) {
            context.problem(at, "nothing to import from this test: no column gives a measure of " + (target.assay()
                    == null ? "the study" : target.assay().getCode()) + " (its columns: " + String.join(", ", names)
                    + ")");
            return;
        }
        String code = target.assay() == null ? null : target.assay().getCode();
        for (Object[] v : values) {
            context.add(new ExportRow(animalText, target.named(), code, date, (code == null ? "" : code + " ") + v[0],
                    Math.round((Double) v[1] * 1e6) / 1e6, (String) v[2], (Boolean) v[3], fileName + "!" + sheet,
                    "ANY-maze time series: " + v[4], at, (Target.Window) v[5]));
        }
    }

    private boolean immobility(List<Object[]> values, String animal) {
        Target.Window w = target.window(true);
        RowOrigins.Location where = new RowOrigins.Location(file, sheet, headerRow, immobile);
        if (scorer.end() < w.to() && !Double.isInfinite(w.to())) {
            context.problem(where, "the test ends at " + Num.text(scorer.end()) + " s, before the end of the "
                    + "analysis window " + w.describe());
            return false;
        }
        if (scorer.statesInWindow() == 0) {
            context.problem(where, "no sample in " + w.describe() + " has a state in " + names.get(immobile) + " ("
                    + scorer.missingStates() + " of " + scorer.samples() + " samples are #N/A)");
            return false;
        }
        values.add(new Object[] {"immobility", scorer.immobile(), "s", false, "immobility = time with "
                + names.get(immobile) + " = 1 in " + w.describe() + "; a sample holds until the next; samples "
                        + "without a state (#N/A) count as neither", w});
        AssayDefinition fst = context.forcedSwim(target, animal);
        if (fst != null && !Double.isNaN(scorer.firstImmobile())) {
            values.add(new Object[] {(target.assay() == null ? fst.getCode() + " " : "") + "latency to immobility", scorer.firstImmobile(), "s", false, "latency to "
                    + "immobility = Time of the first sample with " + names.get(immobile) + " = 1", null});
        }
        return true;
    }

    private int bad(SheetRow r) {
        for (int c : new int[] {immobile, centre, food}) {
            try {
                EthoVisionTrack.state(r, c);
            } catch (IllegalArgumentException e) {
                return c;
            }
        }
        return -1;
    }

    private static String text(CellValue v) {
        String t = v.kind() == CellValue.Kind.NUMBER ? Num.text(v.number()) : v.asText().strip();
        return t.isEmpty() ? null : t;
    }
}
