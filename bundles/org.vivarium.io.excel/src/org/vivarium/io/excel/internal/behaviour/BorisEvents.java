package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;

/**
 * BORIS tabular events: v8+ one row per event with "Behavior type" START / STOP / POINT (independent variables as
 * columns); up to v7 a metadata block of "key, value" rows first and the column "Status". Per observation and
 * subject, a state behaviour gives its duration (clipped to the analysis window) and a point behaviour its count in
 * the window; a behaviour whose measure is a latency gives the time of its first event. A behaviour is imported
 * when it names a measure of the study (or the mapping maps it); the others are listed as not imported.
 */
final class BorisEvents {

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final int headerRow;
    private final List<String> metaKeys = new ArrayList<>();
    private final List<String> metaValues = new ArrayList<>();
    private final List<Integer> metaRows = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private int obs = -1;
    private int subject = -1;
    private int behavior = -1;
    private int type = -1;
    private int time = -1;
    private int animal = -1;
    private int date = -1;
    private BorisTally tally;
    private String sheet;
    private boolean failed;

    BorisEvents(ExportContext context, String file, String fileName, int headerRow) {
        this.context = context;
        this.file = file;
        this.fileName = fileName;
        this.headerRow = headerRow;
    }

    /** Reads one sheet (BORIS writes a sheet per observation into one workbook when asked to). */
    void read(WorkbookReader reader, SheetInfo s) throws ReadFailure {
        sheet = s.name();
        reader.read(s, this::row, (done, total) -> {
        });
        if (!failed) {
            finish();
        }
    }

    private boolean row(SheetRow r) {
        if (r.index() < headerRow) {
            if (r.get(0) != null && r.get(1) != null) {
                metaKeys.add(r.get(0).asText().strip());
                metaValues.add(r.get(1).asText().strip());
                metaRows.add(r.index());
            }
            return true;
        }
        if (r.index() == headerRow) {
            for (int c = 0; c < r.width(); c++) {
                names.add(r.get(c) == null ? "" : r.get(c).asText().strip());
            }
            List<String> keys = names.stream().map(Names::key).toList();
            obs = keys.indexOf("observationid");
            subject = keys.indexOf("subject");
            behavior = keys.indexOf("behavior");
            type = keys.indexOf("behaviortype") >= 0 ? keys.indexOf("behaviortype") : keys.indexOf("status");
            time = keys.indexOf("time");
            date = keys.indexOf("observationdate");
            animal = context.animalName(names);
            tally = new BorisTally(context, file, fileName, sheet, "BORIS events", Target.of(context.study,
                    context.mapping.defaults(), null, null));
            return true;
        }
        String b = Num.cell(r, behavior);
        if (b == null) {
            return true;
        }
        String who = animal >= 0 ? Num.cell(r, animal) : null;
        RowOrigins.Location at = new RowOrigins.Location(file, sheet, r.index(), animal >= 0 ? animal : subject);
        if (who == null) {
            int meta = context.animalName(metaKeys);
            who = meta >= 0 ? metaValues.get(meta) : Num.cell(r, subject);
            if (meta >= 0) {
                at = new RowOrigins.Location(file, sheet, metaRows.get(meta), 1);
            }
        }
        if (who == null || who.equalsIgnoreCase("No focal subject")) {
            return fail(r.index(), subject, "the event names no animal (no animal column or variable, and no "
                    + "subject); name the column in a mapping: {\"header\": \"...\", \"role\": \"animal\"}");
        }
        double t;
        try {
            t = Num.of(r.get(time));
        } catch (IllegalArgumentException e) {
            return fail(r.index(), time, e.getMessage());
        }
        String key = (obs >= 0 ? Num.cell(r, obs) : "") + "\u0000" + who;
        RowOrigins.Location where = at;
        String animalText = who;
        String track = obs >= 0 && Num.cell(r, obs) != null ? Num.cell(r, obs) + (subject >= 0 && Num.cell(r, subject) != null
                ? "/" + Num.cell(r, subject) : "") : who;
        BorisTally.Sum sum = tally.sum(key, animalText, track, date(r), where, b);
        String kind = Num.cell(r, type) == null ? "" : Num.cell(r, type).toUpperCase(Locale.ROOT);
        Target.Window w = tally.window();
        switch (kind) {
            case "START" -> {
                if (!Double.isNaN(sum.open)) {
                    return fail(r.index(), type, "a second START of '" + b + "' before its STOP (row "
                            + (sum.openRow + 1) + ")");
                }
                sum.open = t;
                sum.openRow = r.index();
            }
            case "STOP" -> {
                if (Double.isNaN(sum.open)) {
                    return fail(r.index(), type, "a STOP of '" + b + "' without its START");
                }
                sum.bout(sum.open, t, w);
                sum.open = Double.NaN;
            }
            case "POINT" -> sum.point(t, w);
            default -> {
                return fail(r.index(), type, "'" + Num.cell(r, type) + "' is not START, STOP or POINT");
            }
        }
        return true;
    }

    private boolean fail(int row, int column, String message) {
        context.problem(file, sheet, row, column, message);
        failed = true;
        return false;
    }

    private void finish() {
        tally.finish(type);
    }

    /** The observation's date: its column (v8), else the metadata block's "Observation date" (up to v7), or null. */
    private String date(SheetRow r) {
        String d = Num.date(date < 0 ? null : r.get(date));
        if (d == null) {
            for (int i = 0; i < metaKeys.size(); i++) {
                if (Names.key(metaKeys.get(i)).equals("observationdate") && !metaValues.get(i).isBlank()) {
                    d = metaValues.get(i);
                }
            }
        }
        return d;
    }
}
