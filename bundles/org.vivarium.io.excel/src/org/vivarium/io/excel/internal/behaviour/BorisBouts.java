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
 * BORIS aggregated events: one row per bout ("Start (s)", "Stop (s)", "Duration (s)"; "Behavior type" STATE or
 * POINT where the version writes it, else a bout without duration and with start = stop is a point). A state bout's
 * part inside the analysis window counts towards its behaviour's duration, a point event inside it towards its count;
 * the first bout's start is the behaviour's latency (so export without "Limit to time interval" when a latency is
 * wanted: BORIS then starts ongoing bouts at the interval's start).
 */
final class BorisBouts {

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final int headerRow;
    private final List<String> names = new ArrayList<>();
    private int obs = -1;
    private int subject = -1;
    private int behavior = -1;
    private int type = -1;
    private int start = -1;
    private int stop = -1;
    private int duration = -1;
    private int date = -1;
    private int animal = -1;
    private BorisTally tally;
    private String sheet;
    private boolean failed;

    BorisBouts(ExportContext context, String file, String fileName, int headerRow) {
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
            tally.finish(type);
        }
    }

    private boolean row(SheetRow r) {
        if (r.index() < headerRow) {
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
            type = keys.indexOf("behaviortype");
            start = keys.indexOf("starts");
            stop = keys.indexOf("stops");
            duration = keys.indexOf("durations");
            date = keys.indexOf("observationdate");
            animal = context.animalName(names);
            tally = new BorisTally(context, file, fileName, sheet, "BORIS aggregated events", Target.of(
                    context.study, context.mapping.defaults(), null, null));
            return true;
        }
        String b = Num.cell(r, behavior);
        if (b == null) {
            return true;
        }
        String who = animal >= 0 ? Num.cell(r, animal) : Num.cell(r, subject);
        if (who == null || who.equalsIgnoreCase("No focal subject")) {
            return fail(r.index(), animal >= 0 ? animal : subject, "the bout names no animal (no animal column or "
                    + "variable, and no subject); name the column in a mapping: {\"header\": \"...\", \"role\": "
                    + "\"animal\"}");
        }
        double from;
        double to;
        double length;
        try {
            from = number(r, start);
            to = number(r, stop);
            length = duration < 0 ? Double.NaN : Num.of(r.get(duration));
        } catch (IllegalArgumentException e) {
            return fail(r.index(), column(r), e.getMessage());
        }
        String kind = Num.cell(r, type) == null ? "" : Num.cell(r, type).toUpperCase(Locale.ROOT);
        boolean point = kind.equals("POINT") || kind.isEmpty() && from == to && !(length > 0);
        if (!point && !kind.isEmpty() && !kind.equals("STATE")) {
            return fail(r.index(), type, "'" + Num.cell(r, type) + "' is not STATE or POINT");
        }
        if (to < from) {
            return fail(r.index(), stop, "the bout stops (" + Num.text(to) + " s) before it starts (" + Num.text(from)
                    + " s)");
        }
        String track = obs >= 0 && Num.cell(r, obs) != null ? Num.cell(r, obs) + (subject >= 0 && Num.cell(r, subject) != null
                ? "/" + Num.cell(r, subject) : "") : who;
        String key = (obs >= 0 ? Num.cell(r, obs) : "") + "\u0000" + who;
        RowOrigins.Location at = new RowOrigins.Location(file, sheet, r.index(), animal >= 0 ? animal : subject);
        BorisTally.Sum sum = tally.sum(key, who, track, Num.date(date < 0 ? null : r.get(date)), at, b);
        if (point) {
            sum.point(from, tally.window());
        } else {
            sum.bout(from, to, tally.window());
        }
        return true;
    }

    /** A start or stop time: a number, never missing. */
    private static double number(SheetRow r, int column) {
        double v = Num.of(r.get(column));
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("the bout has no time here");
        }
        return v;
    }

    private int column(SheetRow r) {
        for (int c : new int[] {start, stop, duration}) {
            try {
                if (c >= 0 && Double.isNaN(Num.of(r.get(c))) && c != duration) {
                    return c;
                }
            } catch (IllegalArgumentException e) {
                return c;
            }
        }
        return -1;
    }

    private boolean fail(int row, int column, String message) {
        context.problem(file, sheet, row, column, message);
        failed = true;
        return false;
    }
}
