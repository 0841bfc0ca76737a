package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.io.excel.internal.map.HeaderText;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;
import org.vivarium.model.MeasureDefinition;

/**
 * BORIS tabular events: v8+ one row per event with "Behavior type" START / STOP / POINT (independent variables as
 * columns); up to v7 a metadata block of "key, value" rows first and the column "Status". Per observation and
 * subject, a state behaviour gives its duration (clipped to the analysis window) and a point behaviour its count in
 * the window; a behaviour whose measure is a latency gives the time of its first event. A behaviour is imported
 * when it names a measure of the study (or the mapping maps it); the others are listed as not imported.
 */
final class BorisEvents {

    /** What one behaviour of one observation adds up to. */
    private static final class Sum {
        double open = Double.NaN;
        int openRow;
        double duration;
        int count;
        double first = Double.NaN;
    }

    /** One observation of one subject. */
    private static final class Observation {
        final String animal;
        final String track;
        final RowOrigins.Location at;
        final Map<String, Sum> sums = new LinkedHashMap<>();

        Observation(String animal, String track, RowOrigins.Location at) {
            this.animal = animal;
            this.track = track;
            this.at = at;
        }
    }

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final int headerRow;
    private final List<String> metaKeys = new ArrayList<>();
    private final List<String> metaValues = new ArrayList<>();
    private final List<Integer> metaRows = new ArrayList<>();
    private final Map<String, Observation> observations = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private int obs = -1;
    private int subject = -1;
    private int behavior = -1;
    private int type = -1;
    private int time = -1;
    private int animal = -1;
    private Target target;
    private String sheet;
    private boolean failed;

    BorisEvents(ExportContext context, String file, String fileName, int headerRow) {
        this.context = context;
        this.file = file;
        this.fileName = fileName;
        this.headerRow = headerRow;
    }

    void read(WorkbookReader reader) throws ReadFailure {
        SheetInfo s = reader.sheets().get(0);
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
            animal = context.animalName(names);
            target = Target.of(context.study, context.mapping.defaults(), null, null);
            return true;
        }
        String b = text(r, behavior);
        if (b == null) {
            return true;
        }
        String who = animal >= 0 ? text(r, animal) : null;
        RowOrigins.Location at = new RowOrigins.Location(file, sheet, r.index(), animal >= 0 ? animal : subject);
        if (who == null) {
            int meta = context.animalName(metaKeys);
            who = meta >= 0 ? metaValues.get(meta) : text(r, subject);
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
        String key = (obs >= 0 ? text(r, obs) : "") + "\u0000" + who;
        RowOrigins.Location where = at;
        String animalText = who;
        String track = obs >= 0 && text(r, obs) != null ? text(r, obs) + (subject >= 0 && text(r, subject) != null
                ? "/" + text(r, subject) : "") : who;
        Observation o = observations.computeIfAbsent(key, k -> new Observation(animalText, track, where));
        Sum sum = o.sums.computeIfAbsent(b, k -> new Sum());
        String kind = text(r, type) == null ? "" : text(r, type).toUpperCase(Locale.ROOT);
        Target.Window w = target.window(true);
        switch (kind) {
            case "START" -> {
                if (!Double.isNaN(sum.open)) {
                    return fail(r.index(), type, "a second START of '" + b + "' before its STOP (row "
                            + (sum.openRow + 1) + ")");
                }
                sum.open = t;
                sum.openRow = r.index();
                sum.first = Double.isNaN(sum.first) ? t : sum.first;
            }
            case "STOP" -> {
                if (Double.isNaN(sum.open)) {
                    return fail(r.index(), type, "a STOP of '" + b + "' without its START");
                }
                sum.duration += Math.max(0, Math.min(t, w.to()) - Math.max(sum.open, w.from()));
                sum.open = Double.NaN;
            }
            case "POINT" -> {
                sum.count += w.contains(t) ? 1 : 0;
                sum.first = Double.isNaN(sum.first) ? t : sum.first;
            }
            default -> {
                return fail(r.index(), type, "'" + text(r, type) + "' is not START, STOP or POINT");
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
        List<String> unknown = new ArrayList<>();
        Target.Window w = target.window(true);
        for (Observation o : observations.values()) {
            for (Map.Entry<String, Sum> e : o.sums.entrySet()) {
                Sum s = e.getValue();
                if (!Double.isNaN(s.open)) {
                    context.problem(file, sheet, s.openRow, type, "'" + e.getKey() + "' STARTs but never STOPs");
                    continue;
                }
                String measure = context.measure(e.getKey(), target.assay());
                if (measure == null) {
                    if (!unknown.contains(e.getKey())) {
                        unknown.add(e.getKey());
                    }
                    continue;
                }
                List<MeasureDefinition> ms = context.vocabulary.measures(HeaderText.parse(measure).key(), null);
                MeasureDefinition m = ms.isEmpty() ? null : ms.get(0);
                boolean count = m != null && "count".equalsIgnoreCase(m.getUnit());
                boolean latency = m != null && m.getName().toLowerCase(Locale.ROOT).contains("latency");
                double value = count ? s.count : latency ? s.first : s.duration;
                String how = count ? "number of '" + e.getKey() + "' events in " + w.describe() : latency
                        ? "time of the first '" + e.getKey() + "' event (from the start of the observation)"
                        : "duration of '" + e.getKey() + "' in " + w.describe();
                if (!Double.isNaN(value)) {
                    add(o, measure, value, count ? null : "s", how, latency ? null : w);
                }
                if (!count && !latency && m != null && m.getName().equals("immobility") && !Double.isNaN(s.first)
                        && context.measure("latency to immobility", target.assay()) != null) {
                    add(o, context.measure("latency to immobility", target.assay()), s.first, "s",
                            "latency to immobility = time of the first '" + e.getKey() + "' START", null);
                }
            }
        }
        if (!unknown.isEmpty()) {
            context.notes.add(fileName + ": behaviours without a measure of the study, not imported: " + String.join(
                    ", ", unknown) + " (map them in a mapping: {\"header\": \"<behaviour>\", \"role\": \"measure\", "
                    + "\"measure\": \"ASSAY.name\"})");
        }
    }

    private void add(Observation o, String measure, double value, String unit, String how, Target.Window w) {
        context.add(new ExportRow(o.animal, target.named(), target.assay() == null ? null : target.assay().getCode(),
                null, measure, value, unit, false, fileName + "!" + sheet + "!" + o.track, "BORIS events: " + how,
                o.at, w));
    }

    private static String text(SheetRow r, int column) {
        CellValue v = column < 0 ? null : r.get(column);
        String t = v == null ? null : v.kind() == CellValue.Kind.NUMBER ? Num.text(v.number()) : v.asText().strip();
        return t == null || t.isEmpty() ? null : t;
    }
}
