package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;

/**
 * An ezTrack batch summary ({@code BatchSummary.csv}: File, FileLength, FPS, MotionCutoff, FreezeThresh,
 * MinFreezeDuration, bin, range(f), Motion, Freezing - one row per video and bin, "range(f)" the bin's first and end
 * frame, Freezing the mean of 0/100 over the bin's frames). Immobility is the frozen time of the bins that make up
 * the analysis window exactly (Freezing / 100 x the bin's frames / FPS); when the bins' bounds do not fall on the
 * window, the video is a problem naming its bins and the window. The animal is the video's name without extension.
 */
final class EzTrackBins {

    private static final Pattern RANGE = Pattern.compile("\\(?\\s*(-?[0-9.eE+]+)\\s*,\\s*(-?[0-9.eE+]+)\\s*\\)?");

    private record Bin(String name, double from, double to, double freezing) {
    }

    private static final class Video {
        final RowOrigins.Location at;
        final List<Bin> bins = new ArrayList<>();
        double fps;
        double frames;
        String settings;

        Video(RowOrigins.Location at) {
            this.at = at;
        }
    }

    private static final String[] WANT = {"file", "fps", "filelength", "bin", "rangef", "freezing", "motioncutoff",
        "freezethresh", "minfreezeduration"};

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final int headerRow;
    private final int[] col = new int[WANT.length];
    private final Map<String, Video> videos = new LinkedHashMap<>();
    private String sheet;
    private int width;
    private boolean failed;

    EzTrackBins(ExportContext context, String file, String fileName, int headerRow) {
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
        Target target = Target.of(context.study, context.mapping.defaults(), null, null);
        Target.Window w = target.window(true);
        for (Map.Entry<String, Video> e : videos.entrySet()) {
            score(target, w, e.getKey(), e.getValue());
        }
    }

    private boolean row(SheetRow r) {
        if (r.index() < headerRow) {
            return true;
        }
        if (r.index() == headerRow) {
            List<String> keys = new ArrayList<>();
            for (int c = 0; c < r.width(); c++) {
                keys.add(Recogniser.key(r, c));
            }
            width = keys.size();
            for (int i = 0; i < WANT.length; i++) {
                col[i] = keys.indexOf(WANT[i]);
            }
            if (col[1] < 0 || col[4] < 0) {
                return fail(r.index(), -1, "an ezTrack batch summary without " + (col[1] < 0 ? "the column FPS "
                        + "(newer ezTrack versions leave it out): the bins' frames cannot be turned into seconds; "
                        + "add an FPS column with the videos' frame rate" : "the column range(f) (the bins' first and "
                        + "end frame)"));
            }
            return true;
        }
        String video = Num.cell(r, col[0]);
        if (video == null) {
            return true;
        }
        if (r.width() > width) {
            return fail(r.index(), width, "the row has " + r.width() + " fields but the header names " + width
                    + " columns: is the delimiter right (decimal commas in a comma-separated file)?");
        }
        double fps;
        double frames;
        double freezing;
        try {
            fps = Num.of(r.get(col[1]));
            frames = col[2] < 0 ? Double.POSITIVE_INFINITY : Num.of(r.get(col[2]));
            freezing = Num.of(r.get(col[5]));
        } catch (IllegalArgumentException e) {
            return fail(r.index(), bad(r), e.getMessage());
        }
        if (!(fps > 0)) {
            return fail(r.index(), col[1], "the frame rate must be above 0");
        }
        if (Double.isNaN(freezing) || freezing < 0 || freezing > 100) {
            return fail(r.index(), col[5], "Freezing must be a percentage from 0 to 100");
        }
        String range = Num.cell(r, col[4]);
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m == null || !m.matches()) {
            return fail(r.index(), col[4], "'" + (range == null ? "" : range) + "' is not a frame range like "
                    + "(3000, 9000)");
        }
        double from = Double.parseDouble(m.group(1));
        double to = Double.parseDouble(m.group(2));
        if (!(to > from) || from < 0) {
            return fail(r.index(), col[4], "the bin " + range + " ends before it starts");
        }
        Video v = videos.computeIfAbsent(video, k -> new Video(new RowOrigins.Location(file, sheet, r.index(),
                col[0])));
        v.fps = fps;
        v.frames = frames;
        v.settings = "motion cutoff " + Num.cell(r, col[6]) + ", freeze threshold " + Num.cell(r, col[7])
                + ", minimum freeze duration " + Num.cell(r, col[8]) + " frames";
        String bin = Num.cell(r, col[3]);
        v.bins.add(new Bin(bin == null ? range : bin, from, Math.min(to, frames), freezing));
        return true;
    }

    private void score(Target target, Target.Window w, String video, Video v) {
        double end = v.frames / v.fps;
        double wTo = Double.isInfinite(w.to()) ? end : w.to();
        if (end < wTo - 1e-9) {
            context.problem(v.at, "the video ends at " + Num.text(end) + " s, before the end of the analysis window "
                    + w.describe());
            return;
        }
        List<Integer> chain = BinChain.of(v.bins.stream().map(b -> new double[] {b.from(), b.to()}).toList(), w
                .from() * v.fps, wTo * v.fps);
        if (chain == null) {
            List<String> bins = v.bins.stream().map(b -> b.name() + " " + Num.text(b.from() / v.fps) + "-" + Num.text(
                    b.to() / v.fps) + " s").toList();
            context.problem(v.at, "the bins of " + video + " (" + String.join(", ", bins) + ") do not make up the "
                    + "analysis window " + w.describe() + "; summarise with bins whose bounds fall on the window, or "
                    + "import the *_FreezingOutput.csv of the video");
            return;
        }
        double frozen = 0;
        List<String> used = new ArrayList<>();
        for (int i : chain) {
            Bin b = v.bins.get(i);
            frozen += b.freezing() / 100 * (b.to() - b.from()) / v.fps;
            used.add(b.name());
        }
        String name = video.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String animal = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String code = target.assay() == null ? null : target.assay().getCode();
        context.add(new ExportRow(animal, target.named(), code, null, (code == null ? "" : code + " ") + "immobility",
                Math.round(frozen * 1e6) / 1e6, "s", false, fileName + "!" + video, "ezTrack batch summary: "
                        + "immobility = Freezing % / 100 x bin length (frames / FPS) summed over the bins " + String
                                .join(", ", used) + ", which make up " + w.describe() + " (" + v.settings + ")",
                v.at, w));
    }

    private int bad(SheetRow r) {
        for (int c : new int[] {col[1], col[2], col[5]}) {
            try {
                Num.of(c < 0 ? null : r.get(c));
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
