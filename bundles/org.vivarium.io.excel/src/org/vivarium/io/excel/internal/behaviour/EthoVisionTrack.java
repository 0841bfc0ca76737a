package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.RowSink;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;

/**
 * One EthoVision XT track (an .xlsx sheet or a .txt file) read as a stream: its header block, then its samples,
 * scored on the fly ({@link TrackScorer}); at the end, its values as {@link ExportRow}s. A cell that cannot be read
 * stops the track with a problem at that cell.
 */
final class EthoVisionTrack implements RowSink {

    private static final String[] CENTRE = {"cent", "zentrum", "mitte", "middle"};
    private static final String[] FOOD = {"food", "pellet", "feed", "futter"};
    /** EthoVision's 0-based ids of the set-up, never the animal unless a mapping says so. */
    private static final Set<String> SETUP_IDS = Set.of("subjectid", "arenaid", "trialid");

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final String sheet;
    private final EthoVisionHeader header;
    private Target target;
    private TrackScorer scorer;
    private int time = -1;
    private int immobile = -1;
    private int distance = -1;
    private int centre = -1;
    private int food = -1;
    private boolean failed;
    private boolean skipped;
    /** Whether a sheet without track columns is skipped quietly (the Trial Control sheets of a workbook). */
    boolean optional;

    EthoVisionTrack(ExportContext context, String file, String fileName, String sheet, int lines) {
        this.context = context;
        this.file = file;
        this.fileName = fileName;
        this.sheet = sheet;
        this.header = new EthoVisionHeader(lines);
    }

    @Override
    public boolean row(SheetRow r) throws ReadFailure {
        if (r.index() < header.lines) {
            header.row(r);
            if (r.index() == header.lines - 1) {
                return start(r.index());
            }
            return true;
        }
        if (scorer == null && !start(header.lines - 1)) {
            return false;
        }
        if (r.width() > header.columns.size()) {
            return stop(r.index(), header.columns.size(), "the sample has " + r.width() + " fields but the header "
                    + "names " + header.columns.size() + " columns: is the delimiter right (decimal commas in a "
                    + "comma-separated file)?");
        }
        double t;
        try {
            t = Num.of(r.get(time));
        } catch (IllegalArgumentException e) {
            return stop(r.index(), time, e.getMessage() + " (" + header.name(time) + ")");
        }
        if (Double.isNaN(t)) {
            scorer.missingTime();
            return true;
        }
        try {
            String why = scorer.sample(t, state(r, immobile), distance < 0 ? Double.NaN : Num.of(r.get(distance)),
                    state(r, centre), state(r, food));
            return why == null || stop(r.index(), time, why);
        } catch (IllegalArgumentException e) {
            return stop(r.index(), column(r), e.getMessage());
        }
    }

    private int column(SheetRow r) {
        for (int c : new int[] {immobile, distance, centre, food}) {
            if (c >= 0) {
                try {
                    Num.of(r.get(c));
                } catch (IllegalArgumentException e) {
                    return c;
                }
            }
        }
        return -1;
    }

    static int state(SheetRow r, int column) {
        if (column < 0) {
            return TrackScorer.MISSING;
        }
        double v = Num.of(r.get(column));
        if (Double.isNaN(v)) {
            return TrackScorer.MISSING;
        }
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException("'" + Num.text(v) + "' is not a state (0 or 1)");
        }
        return (int) v;
    }

    private boolean stop(int row, int column, String message) {
        context.problem(file, sheet, row, column, message);
        failed = true;
        return false;
    }

    /** After the units row: finds the columns and the assay, and the windows. */
    private boolean start(int unitsRow) {
        time = header.column("trialtime");
        if (time < 0) {
            return stop(header.lines - 2, -1, "EthoVision header row " + (header.lines - 1) + " has no column "
                    + "'Trial time' (its columns: " + String.join(", ", header.columns) + ")");
        }
        immobile = header.immobile();
        distance = header.distance();
        centre = header.zone(CENTRE);
        food = header.zone(FOOD);
        if (optional && immobile < 0 && distance < 0 && centre < 0 && food < 0) {
            skipped = true;
            return false;
        }
        int s = context.roleName(header.keys, ColumnRole.SESSION);
        int a = context.roleName(header.keys, ColumnRole.ASSAY);
        target = Target.of(context.study, context.mapping.defaults(), s < 0 ? null : header.values.get(s),
                a < 0 ? null : header.values.get(a));
        scorer = new TrackScorer(target.window(true), target.window(false));
        return true;
    }

    /** Emits the track's values (after the whole sheet or file was read). */
    void finish() {
        if (failed || skipped) {
            return;
        }
        if (scorer == null) {
            if (!optional) {
                stop(-1, -1, "ends inside its EthoVision header block (" + header.lines + " header lines)");
            }
            return;
        }
        scorer.finish();
        int animalKey = animalKey();
        RowOrigins.Location at = new RowOrigins.Location(file, sheet, animalKey < 0 ? 0 : header.keyRows.get(
                animalKey), animalKey < 0 ? -1 : 1);
        if (animalKey < 0 || header.values.get(animalKey).isBlank()) {
            context.problem(at, animalKey < 0 ? "no header line names the animal (e.g. 'Mouse ID' as a user-defined "
                    + "independent variable); name it in a mapping: {\"header\": \"...\", \"role\": \"animal\"} (its "
                    + "header lines: " + String.join(", ", header.keys) + ")" : "the animal ("
                    + header.keys.get(animalKey) + ") is empty");
            return;
        }
        String animal = header.values.get(animalKey);
        String track = track();
        String source = fileName + "!" + sheet + "!" + track;
        String date = Num.datePart(header.value("Start time", "Startzeit", "Heure de début", "Heure de debut", "Hora de inicio"));
        List<String[]> values = new ArrayList<>(); // measure, value, unit, censored, scoring[, window]
        AssayKind kind = target.kind();
        if (immobile >= 0 && target.immobilityWindow()) {
            if (!immobility(values, animal)) {
                return;
            }
        }
        if (kind == AssayKind.OFT || kind == null && immobile < 0) {
            Target.Window w = target.window(false);
            if (distance >= 0 && scorer.distancesInWindow() > 0) {
                values.add(new String[] {"distance", Num.text(scorer.distance()), header.unit(distance), null,
                        "distance = sum of " + header.name(distance) + " over " + w.describe(), "z"});
            }
            if (centre >= 0) {
                values.add(new String[] {"centre time", Num.text(scorer.centre()), "s", null, "centre time = time "
                        + header.name(centre) + " = 1 in " + w.describe(), "z"});
            }
        }
        if (kind == AssayKind.NSF && food >= 0) {
            boolean never = Double.isNaN(scorer.firstZone());
            values.add(new String[] {"latency to feed", Num.text(never ? scorer.end() : scorer.firstZone()), "s",
                    never ? "yes" : null, "latency to feed = trial time of the first sample " + header.name(food)
                            + " = 1 (censored at the end of the track if none)"});
        }
        if (values.isEmpty()) {
            context.problem(at, "nothing to import from this track: no column gives a measure of "
                    + (target.assay() == null ? "the study" : target.assay().getCode()) + " (its columns: " + String
                            .join(", ", header.columns) + ")");
            return;
        }
        for (String[] v : values) {
            context.add(new ExportRow(animal, target.named(), target.assay() == null ? null : target.assay()
                    .getCode(), date, (target.assay() == null ? "" : target.assay().getCode() + " ") + v[0], Double
                            .parseDouble(v[1]), v[2], v[3] != null, source, "EthoVision XT raw data: " + v[4], at,
                    v.length < 6 ? null : target.window(v[5].equals("i"))));
        }
    }

    private boolean immobility(List<String[]> values, String animal) {
        Target.Window w = target.window(true);
        RowOrigins.Location where = new RowOrigins.Location(file, sheet, header.lines - 2, immobile);
        if (scorer.end() < w.to() && !Double.isInfinite(w.to())) {
            context.problem(where, "the track ends at " + Num.text(scorer.end()) + " s of trial time, before the end "
                    + "of the analysis window " + w.describe());
            return false;
        }
        if (scorer.statesInWindow() == 0) {
            context.problem(where, "no sample in " + w.describe() + " has a mobility state (" + scorer
                    .missingStates() + " of " + scorer.samples() + " samples are missing, '-')");
            return false;
        }
        if (scorer.missingStateTime() > 0) {
            context.notes.add(fileName + "!" + sheet + ": " + scorer.missingStates() + " samples without a mobility "
                    + "state ('-'; " + Num.text(Math.round(scorer.missingStateTime() * 1000) / 1000.0) + " s of the "
                    + "window) count as neither immobile nor mobile");
        }
        values.add(new String[] {"immobility", Num.text(Math.round(scorer.immobile() * 1e6) / 1e6), "s", null,
                "immobility = time with " + header.name(immobile) + " = 1 in " + w.describe() + "; a sample holds "
                        + "until the next; samples without a state count as neither", "i"});
        AssayDefinition fst = context.forcedSwim(target, animal);
        if (fst != null && !Double.isNaN(scorer.firstImmobile())) {
            values.add(new String[] {(target.assay() == null ? fst.getCode() + " " : "") + "latency to immobility", Num.text(scorer.firstImmobile()), "s", null,
                    "latency to immobility = trial time of the first sample with " + header.name(immobile)
                            + " = 1 (from the start of the trial)"});
        }
        return true;
    }

    /**
     * The header line naming the animal: as {@link ExportContext#animalName}, but EthoVision's own ids of the set-up
     * ("Subject ID", "Arena ID", "Trial ID": 0-based numbers, lines above the user-defined independent variables) are
     * passed over unless the mapping gives one of them the animal role.
     */
    private int animalKey() {
        List<String> keys = new ArrayList<>(header.keys);
        while (true) {
            int k = context.animalName(keys);
            if (k < 0 || !SETUP_IDS.contains(Names.key(keys.get(k))) || mapped(keys.get(k))) {
                return k;
            }
            keys.set(k, "");
        }
    }

    private boolean mapped(String key) {
        return context.mapping.columns().stream().anyMatch(c -> c.role() == ColumnRole.ANIMAL && c.header() != null
                && Names.key(c.header()).equals(Names.key(key)));
    }

    /** "Trial 2, Arena 1, Subject 1" from the header (or the sheet when it has none of these). */
    private String track() {
        List<String> parts = new ArrayList<>();
        for (String[] keys : new String[][] {{"Trial name", "Versuchsname", "Name des Versuchs"}, {"Arena name",
                "Arenaname", "Name der Arena"}, {"Subject name", "Subjektname", "Name des Subjekts"}}) {
            String v = header.value(keys);
            if (v != null) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? sheet : String.join(", ", parts);
    }

    /** Whether a row has the shape of the first row of an EthoVision header (for recognition). */
    static boolean isHeaderStart(SheetRow r) {
        return EthoVisionHeader.lines(r) > 0 && r.get(0).kind() == CellValue.Kind.TEXT;
    }
}
