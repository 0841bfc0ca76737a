package org.vivarium.io.excel.internal.behaviour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;

/**
 * An ezTrack freezing output ({@code *_FreezingOutput.csv}: File, FPS, Threshold, MinDuration, Frame, Motion,
 * Freezing 0/100 per frame): the time frozen in the analysis window is imported as immobility (each frame lasts
 * 1 / FPS, from Frame / FPS). The animal is the video's name without its extension (map it in a mapping's
 * {@code values} when the videos are named otherwise).
 */
final class EzTrackFrames {

    private static final class Video {
        final RowOrigins.Location at;
        String threshold;
        String minDuration;
        double fps;
        double frozen;
        double end;

        Video(RowOrigins.Location at) {
            this.at = at;
        }
    }

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final int headerRow;
    private final Map<String, Video> videos = new LinkedHashMap<>();

    EzTrackFrames(ExportContext context, String file, String fileName, int headerRow) {
        this.context = context;
        this.file = file;
        this.fileName = fileName;
        this.headerRow = headerRow;
    }

    void read(WorkbookReader reader) throws ReadFailure {
        SheetInfo sheet = reader.sheets().get(0);
        int[] col = new int[6]; // file, fps, frame, freezing, threshold, minDuration
        Target target = Target.of(context.study, context.mapping.defaults(), null, null);
        Target.Window w = target.window(true);
        boolean[] failed = {false};
        reader.read(sheet, r -> {
            if (r.index() < headerRow) {
                return true;
            }
            if (r.index() == headerRow) {
                List<String> keys = new java.util.ArrayList<>();
                for (int c = 0; c < r.width(); c++) {
                    keys.add(Recogniser.key(r, c));
                }
                String[] want = {"file", "fps", "frame", "freezing", "threshold", "minduration"};
                for (int i = 0; i < want.length; i++) {
                    col[i] = keys.indexOf(want[i]);
                }
                col[4] = col[4] >= 0 ? col[4] : keys.indexOf("freezethresh");
                col[5] = col[5] >= 0 ? col[5] : keys.indexOf("minfreezeduration");
                if (col[1] < 0) {
                    context.problem(file, sheet.name(), r.index(), -1, "an ezTrack freezing output without the "
                            + "column FPS (newer ezTrack versions leave it out): the frames cannot be turned into "
                            + "seconds; add an FPS column with the video's frame rate");
                    failed[0] = true;
                    return false;
                }
                return true;
            }
            String video = text(r, col[0]);
            if (video == null) {
                return true;
            }
            try {
                double fps = Num.of(r.get(col[1]));
                double frame = Num.of(r.get(col[2]));
                double freezing = Num.of(r.get(col[3]));
                if (!(fps > 0)) {
                    context.problem(file, sheet.name(), r.index(), col[1], "the frame rate must be above 0");
                    failed[0] = true;
                    return false;
                }
                Video v = videos.computeIfAbsent(video, k -> new Video(new RowOrigins.Location(file, sheet.name(),
                        r.index(), col[0])));
                v.fps = fps;
                v.threshold = text(r, col[4]);
                v.minDuration = text(r, col[5]);
                double t = frame / fps;
                v.end = Math.max(v.end, t + 1 / fps);
                if (freezing > 0) {
                    v.frozen += Math.max(0, Math.min(t + 1 / fps, w.to()) - Math.max(t, w.from()));
                }
            } catch (IllegalArgumentException e) {
                context.problem(file, sheet.name(), r.index(), -1, e.getMessage());
                failed[0] = true;
                return false;
            }
            return true;
        }, (done, total) -> {
        });
        if (failed[0]) {
            return;
        }
        for (Map.Entry<String, Video> e : videos.entrySet()) {
            Video v = e.getValue();
            if (v.end < w.to() && !Double.isInfinite(w.to())) {
                context.problem(v.at, "the video ends at " + Num.text(v.end) + " s, before the end of the analysis "
                        + "window " + w.describe());
                continue;
            }
            String name = e.getKey().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            String animal = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            String measure = (target.assay() == null ? "" : target.assay().getCode() + " ") + "immobility";
            context.add(new ExportRow(animal, target.named(), target.assay() == null ? null : target.assay()
                    .getCode(), null, measure, Math.round(v.frozen * 1e6) / 1e6, "s", false, fileName + "!"
                            + e.getKey(), "ezTrack freezing output: immobility = time of frames with Freezing > 0 "
                                    + "(motion threshold " + v.threshold + ", minimum duration " + v.minDuration
                                    + " frames) in " + w.describe() + "; a frame lasts 1/FPS", v.at, w));
        }
    }

    private static String text(SheetRow r, int column) {
        CellValue v = column < 0 ? null : r.get(column);
        String t = v == null ? null : v.kind() == CellValue.Kind.NUMBER ? Num.text(v.number()) : v.asText().strip();
        return t == null || t.isEmpty() ? null : Names.words(t).isEmpty() ? null : t;
    }
}
