package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;

/** Tells behaviour exports apart by their content: the shape of the first rows and the names of their columns. */
public final class Recogniser {

    /** Rows looked at. */
    static final int PREVIEW = 60;

    /** A kind and the 0-based row of its column names (-1 for EthoVision, whose header block says). */
    public record Found(ExportKind kind, int headerRow) {
    }

    private Recogniser() {
    }

    /** The kind of an export from the first rows of its first sheet, or null if it is none Vivarium knows. */
    public static Found recognise(WorkbookReader reader) throws ReadFailure {
        return recognise(reader, reader.sheets().get(0));
    }

    /** The kind of export one sheet is, from its first rows, or null. */
    static Found recognise(WorkbookReader reader, SheetInfo sheet) throws ReadFailure {
        List<SheetRow> rows = preview(reader, sheet);
        if (!rows.isEmpty() && EthoVisionTrack.isHeaderStart(rows.get(0)) && rows.get(0).index() == 0) {
            return new Found(ExportKind.ETHOVISION_RAW, -1);
        }
        if (rows.size() >= 3 && key(rows.get(0), 0).equals("scorer") && (key(rows.get(1), 0).equals("bodyparts")
                || key(rows.get(1), 0).equals("individuals"))) {
            return new Found(ExportKind.DEEPLABCUT_POSE, 0);
        }
        int stats = statistics(rows);
        if (stats >= 0) {
            return new Found(ExportKind.ETHOVISION_STATS, stats);
        }
        for (SheetRow r : rows) {
            Set<String> k = keys(r);
            ExportKind kind = null;
            if (k.contains("behavior") && k.contains("time") && (k.contains("behaviortype") || k.contains("status"))) {
                kind = ExportKind.BORIS_EVENTS;
            } else if (k.contains("behavior") && k.contains("starts") && k.contains("stops")) {
                kind = ExportKind.BORIS_AGGREGATED;
            } else if (k.contains("behavior") && k.contains("totaldurations")) {
                kind = ExportKind.BORIS_TIME_BUDGET;
            } else if (k.contains("file") && k.contains("freezing") && k.contains("frame")) {
                kind = ExportKind.EZTRACK_FREEZING;
            } else if (k.contains("file") && k.contains("freezing") && (k.contains("fps") || k.contains("rangef"))) {
                kind = ExportKind.EZTRACK_SUMMARY;
            } else if (k.contains("time") && k.stream().anyMatch(c -> c.startsWith("centrepositionx") || c
                    .startsWith("centerpositionx"))) {
                kind = ExportKind.ANYMAZE_SERIES;
            } else if (k.contains("test") && k.contains("animal") && k.size() >= 3) {
                kind = ExportKind.ANYMAZE_RESULTS;
            }
            if (kind != null) {
                return new Found(kind, r.index());
            }
        }
        return null;
    }

    /**
     * The row naming Trial and Arena or Subject with a statistic (Cumulative Duration, Latency to First, Frequency,
     * Total, Mean) in it or the three rows below: the header of an EthoVision XT statistics export; -1 if none.
     */
    private static int statistics(List<SheetRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Set<String> k = keys(rows.get(i));
            if (!k.contains("trial") || !k.contains("arena") && !k.contains("subject")) {
                continue;
            }
            for (int j = i; j < Math.min(rows.size(), i + 4); j++) {
                for (String s : keys(rows.get(j))) {
                    if (s.contains("cumulativeduration") || s.contains("latencytofirst") || s.equals("frequency")
                            || s.equals("total") || s.equals("mean")) {
                        return rows.get(i).index();
                    }
                }
            }
        }
        return -1;
    }

    static List<SheetRow> preview(WorkbookReader reader, SheetInfo sheet) throws ReadFailure {
        List<SheetRow> rows = new ArrayList<>();
        reader.read(sheet, r -> {
            rows.add(r);
            return rows.size() < PREVIEW;
        }, (done, total) -> {
        });
        return rows;
    }

    private static Set<String> keys(SheetRow r) {
        Set<String> set = new java.util.HashSet<>();
        for (int c = 0; c < r.width(); c++) {
            set.add(key(r, c));
        }
        return set;
    }

    static String key(SheetRow r, int column) {
        CellValue v = r.get(column);
        return v == null || v.kind() != CellValue.Kind.TEXT ? "" : Names.key(v.text());
    }
}
