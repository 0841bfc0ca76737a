package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;

/**
 * An EthoVision XT statistics export: up to four header rows (dependent variable; zone or body point; statistic such
 * as Total, Cumulative Duration, Latency to First; unit) above one row per track (Trial, Arena, Subject, independent
 * variables such as Mouse ID), or per track and time bin ("Time bin" 120-180). Columns are named by their joined
 * header text ("Mobility state Immobile Cumulative Duration s"); immobility, latency to immobility, distance moved
 * and centre time are recognised, other columns when the mapping or the study's measures name them. Whole-trial
 * values are EthoVision's own (its analysis window); binned values are summed over the bins that make up Vivarium's
 * window. Per-group rows (no animal) are refused.
 */
final class EthoVisionStats {

    private static final Pattern BIN = Pattern.compile("\\s*([0-9:.,]+)\\s*(?:s\\s*)?-\\s*([0-9:.,]+)\\s*(?:s)?\\s*");


    /** The binned values of one track. */
    private static final class Track {
        final String animal;
        final RowOrigins.Location at;
        final Target target;
        final List<double[]> bins = new ArrayList<>(); // from, to, then one value per result

        Track(String animal, RowOrigins.Location at, Target target) {
            this.animal = animal;
            this.at = at;
            this.target = target;
        }
    }

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final int headerRow;
    private final List<List<String>> header = new ArrayList<>();
    private final List<String> joined = new ArrayList<>();
    private final List<StatColumn> results = new ArrayList<>();
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final List<String> unused = new ArrayList<>();
    private String sheet;
    private int trial = -1;
    private int arena = -1;
    private int subject = -1;
    private int animal = -1;
    private int bin = -1;
    private int session = -1;
    private boolean failed;

    EthoVisionStats(ExportContext context, String file, String fileName, int headerRow) {
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
        if (failed) {
            return;
        }
        if (results.isEmpty()) {
            context.problem(file, sheet, headerRow, -1, "an EthoVision XT statistics export without a column Vivarium "
                    + "imports (immobility, latency to first immobile, distance moved, centre time or a column the "
                    + "mapping names; its columns: " + String.join(", ", joined) + ")");
            return;
        }
        for (Map.Entry<String, Track> e : tracks.entrySet()) {
            binned(e.getKey(), e.getValue());
        }
        if (!unused.isEmpty()) {
            context.notes.add(fileName + ": columns without a measure of the study, not imported: " + String.join(
                    ", ", unused));
        }
    }

    private boolean row(SheetRow r) {
        if (r.index() < headerRow) {
            return true;
        }
        if (r.index() == headerRow || joined.isEmpty() && header.size() < 4 && blank(r, trial) && !numbers(r)) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.width(); c++) {
                cells.add(r.get(c) == null ? "" : r.get(c).asText().strip());
            }
            header.add(cells);
            if (r.index() == headerRow) {
                List<String> keys = cells.stream().map(Names::key).toList();
                trial = keys.indexOf("trial");
                arena = keys.indexOf("arena");
                subject = keys.indexOf("subject");
                bin = keys.indexOf("timebin") >= 0 ? keys.indexOf("timebin") : keys.indexOf("bin");
                animal = context.animalName(cells);
                session = context.roleName(cells, ColumnRole.SESSION);
            }
            return true;
        }
        if (joined.isEmpty() && !columns()) {
            return false;
        }
        if (blank(r, trial) && blank(r, animal) && !numbers(r)) {
            return true;
        }
        String who = Num.cell(r, animal);
        if (who == null) {
            return fail(r.index(), animal, "a per-group row (no animal in '" + joined.get(animal) + "'): group "
                    + "statistics are not measurements of animals; export the statistics per track");
        }
        Target target = Target.of(context.study, context.mapping.defaults(), Num.cell(r, session), null);
        String track = String.join(", ", java.util.stream.IntStream.of(trial, arena, subject).filter(c -> c >= 0)
                .mapToObj(c -> Num.cell(r, c)).filter(t -> t != null).map(t -> t.replaceAll("\\s+", " ")).toList());
        RowOrigins.Location at = new RowOrigins.Location(file, sheet, r.index(), animal);
        double[] values = new double[results.size()];
        for (int i = 0; i < results.size(); i++) {
            try {
                values[i] = Num.of(r.get(results.get(i).column()));
            } catch (IllegalArgumentException e) {
                return fail(r.index(), results.get(i).column(), e.getMessage());
            }
        }
        if (bin >= 0) {
            double[] b = bounds(r);
            if (b == null) {
                return false;
            }
            double[] row = new double[values.length + 2];
            row[0] = b[0];
            row[1] = b[1];
            System.arraycopy(values, 0, row, 2, values.length);
            tracks.computeIfAbsent(track + "\u0000" + who, k -> new Track(who, at, target)).bins.add(row);
            return true;
        }
        for (int i = 0; i < results.size(); i++) {
            StatColumn res = results.get(i);
            if (!Double.isNaN(values[i]) && res.applies(target)) {
                add(who, target, track.isEmpty() ? "row " + (r.index() + 1) : track, res, values[i], "'" + res.header()
                        + "' as EthoVision XT computed it (window and filters as set in its analysis profile)", at,
                        null);
            }
        }
        return true;
    }

    /** After the header rows: the joined names and the result columns. */
    private boolean columns() {
        int width = header.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (List<String> h : header) {
                if (c < h.size() && !h.get(c).isEmpty()) {
                    parts.add(h.get(c));
                }
            }
            joined.add(String.join(" ", parts));
            if (c == trial || c == arena || c == subject || c == animal || c == bin || c == session || parts.isEmpty()) {
                continue;
            }
            StatColumn res = StatColumn.of(context, c, joined.get(c), parts);
            if (res != null) {
                results.add(res);
            } else if (parts.size() > 1) {
                unused.add(joined.get(c));
            }
        }
        if (animal < 0) {
            return fail(headerRow, -1, "no column names the animal (e.g. 'Mouse ID' as an independent variable); "
                    + "name it in a mapping: {\"header\": \"...\", \"role\": \"animal\"}");
        }
        return true;
    }

    private void binned(String key, Track t) {
        for (int i = 0; i < results.size(); i++) {
            StatColumn res = results.get(i);
            if (!res.applies(t.target)) {
                continue;
            }
            if (res.latency()) {
                context.notes.add(fileName + ": '" + res.header() + "' per time bin is not a latency of the trial; "
                        + "not imported (export it without time bins)");
                continue;
            }
            Target.Window w = t.target.window(res.immobility());
            double end = t.bins.stream().mapToDouble(b -> b[1]).max().orElse(0);
            List<Integer> chain = BinChain.of(t.bins, w.from(), Double.isInfinite(w.to()) ? end : w.to());
            if (chain == null) {
                List<String> names = t.bins.stream().map(b -> Num.text(b[0]) + "-" + Num.text(b[1]) + " s").toList();
                context.problem(t.at, "the time bins of " + key.substring(0, key.indexOf('\u0000')) + " (" + String
                        .join(", ", names) + ") do not make up the analysis window " + w.describe() + "; export "
                        + "bins whose bounds fall on the window");
                return;
            }
            double sum = 0;
            for (int b : chain) {
                sum += Double.isNaN(t.bins.get(b)[i + 2]) ? 0 : t.bins.get(b)[i + 2];
            }
            add(t.animal, t.target, key.substring(0, key.indexOf('\u0000')), res, sum, "'" + res.header() + "' summed "
                    + "over the time bins that make up " + w.describe(), t.at, w);
        }
    }

    private void add(String who, Target target, String track, StatColumn res, double value, String how,
            RowOrigins.Location at, Target.Window w) {
        String code = target.assay() == null ? null : target.assay().getCode();
        context.add(new ExportRow(who, target.named(), code, null, (code == null || res.named() ? "" : code + " ")
                + res.measure(),
                Math.round(value * 1e6) / 1e6, res.unit(), false, fileName + "!" + sheet + "!" + track,
                "EthoVision XT statistics: " + how, at, w));
    }

    private double[] bounds(SheetRow r) {
        String t = Num.cell(r, bin);
        Matcher m = t == null ? null : BIN.matcher(t);
        if (m == null || !m.matches()) {
            fail(r.index(), bin, "'" + (t == null ? "" : t) + "' is not a time bin like 120-180 or 0:02:00-0:03:00");
            return null;
        }
        try {
            double from = AnyMazeTrack.seconds(CellValue.text(bin, m.group(1)));
            double to = AnyMazeTrack.seconds(CellValue.text(bin, m.group(2)));
            if (!(to > from)) {
                fail(r.index(), bin, "the time bin " + t + " ends before it starts");
                return null;
            }
            return new double[] {from, to};
        } catch (IllegalArgumentException e) {
            fail(r.index(), bin, e.getMessage());
            return null;
        }
    }

    private boolean fail(int row, int column, String message) {
        context.problem(file, sheet, row, column, message);
        failed = true;
        return false;
    }

    private static boolean numbers(SheetRow r) {
        for (int c = 0; c < r.width(); c++) {
            try {
                if (!Double.isNaN(Num.of(r.get(c)))) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // text
            }
        }
        return false;
    }

    private static boolean blank(SheetRow r, int column) {
        return Num.cell(r, column) == null;
    }
}
