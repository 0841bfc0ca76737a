package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.io.excel.internal.map.HeaderText;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.model.MeasureDefinition;

/**
 * What the BORIS readers (tabular and aggregated events) add up per observation, subject and behaviour: state
 * durations clipped to the analysis window, point counts in the window and the time of the first event; at the end,
 * the behaviours that name a measure of the study become {@link ExportRow}s (the others a note).
 */
final class BorisTally {

    /** What one behaviour of one observation adds up to. */
    static final class Sum {
        double open = Double.NaN;
        int openRow;
        double duration;
        int count;
        double first = Double.NaN;

        /** A state bout from start to stop: its part inside the window counts. */
        void bout(double start, double stop, Target.Window w) {
            duration += Math.max(0, Math.min(stop, w.to()) - Math.max(start, w.from()));
            first = Double.isNaN(first) ? start : Math.min(first, start);
        }

        /** A point event at t: counts when inside the window. */
        void point(double t, Target.Window w) {
            count += w.contains(t) ? 1 : 0;
            first = Double.isNaN(first) ? t : Math.min(first, t);
        }
    }

    /** One observation of one subject. */
    static final class Observation {
        final String animal;
        final String track;
        final String date;
        final RowOrigins.Location at;
        final Map<String, Sum> sums = new LinkedHashMap<>();

        Observation(String animal, String track, String date, RowOrigins.Location at) {
            this.animal = animal;
            this.track = track;
            this.date = date;
            this.at = at;
        }
    }

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final String sheet;
    private final String label;
    private final Target target;
    private final Map<String, Observation> observations = new LinkedHashMap<>();

    /** @param label the export's name in scoring notes ("BORIS events") */
    BorisTally(ExportContext context, String file, String fileName, String sheet, String label, Target target) {
        this.context = context;
        this.file = file;
        this.fileName = fileName;
        this.sheet = sheet;
        this.label = label;
        this.target = target;
    }

    Target.Window window() {
        return target.window(true);
    }

    /** The sum of a behaviour of an observation (made on first use). */
    Sum sum(String key, String animal, String track, String date, RowOrigins.Location at, String behaviour) {
        return observations.computeIfAbsent(key, k -> new Observation(animal, track, date, at)).sums
                .computeIfAbsent(behaviour, k -> new Sum());
    }

    /** Emits the values; a state still open is a problem at its START row, in column {@code typeColumn}. */
    void finish(int typeColumn) {
        List<String> unknown = new ArrayList<>();
        Target.Window w = window();
        for (Observation o : observations.values()) {
            for (Map.Entry<String, Sum> e : o.sums.entrySet()) {
                Sum s = e.getValue();
                if (!Double.isNaN(s.open)) {
                    context.problem(file, sheet, s.openRow, typeColumn, "'" + e.getKey() + "' STARTs but never "
                            + "STOPs");
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
                o.date, measure, Math.round(value * 1e6) / 1e6, unit, false, fileName + "!" + sheet + "!" + o.track,
                label + ": " + how, o.at, w));
    }
}
