package org.vivarium.io.excel.internal.behaviour;

import java.util.List;

import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;

/** Reads one recognised export into the context's rows (or problems). */
public final class ExportReaders {

    private ExportReaders() {
    }

    /**
     * @param file     the file as named in messages
     * @param fileName the file's name, for measurement sources
     */
    public static void read(ExportContext context, String file, String fileName, WorkbookReader reader,
            Recogniser.Found found) throws ReadFailure {
        switch (found.kind()) {
            case ETHOVISION_RAW -> ethoVision(context, file, fileName, reader);
            case ANYMAZE_RESULTS -> new ResultTable(context, file, fileName, found.headerRow()).read(reader);
            case ETHOVISION_STATS -> new EthoVisionStats(context, file, fileName, found.headerRow()).read(reader);
            case ANYMAZE_SERIES -> anyMaze(context, file, fileName, reader, found.headerRow());
            case BORIS_EVENTS, BORIS_AGGREGATED -> boris(context, file, fileName, reader, found);
            case EZTRACK_SUMMARY -> new EzTrackBins(context, file, fileName, found.headerRow()).read(reader);
            case EZTRACK_FREEZING -> new EzTrackFrames(context, file, fileName, found.headerRow()).read(reader);
            case DEEPLABCUT_POSE -> context.problem(file, null, -1, -1, "a DeepLabCut pose file (body-part "
                    + "coordinates per frame): immobility needs a frame rate and a scoring model, which the file does "
                    + "not hold; not imported (score the video, e.g. with ezTrack or BORIS, and import that export)");
            case BORIS_TIME_BUDGET -> context.problem(file, null, -1, -1, "a BORIS time budget holds each "
                    + "behaviour's total over the exported interval, which the file does not say, so the analysis "
                    + "window cannot be applied; not imported (export the events instead: Observations > Export "
                    + "events, or Export aggregated events)");
            default -> context.problem(file, null, -1, -1, "a " + found.kind().label() + " holds totals over the "
                    + "whole observation, so the analysis window cannot be applied; not imported (export the "
                    + "per-event or per-frame table instead)");
        }
    }

    /** Every sheet of the kind (a workbook may hold a sheet per observation), each with its own header row. */
    private static void boris(ExportContext context, String file, String fileName, WorkbookReader reader,
            Recogniser.Found found) throws ReadFailure {
        List<SheetInfo> sheets = reader.sheets();
        for (int i = 0; i < sheets.size(); i++) {
            SheetInfo s = sheets.get(i);
            Recogniser.Found f = i == 0 ? found : Recogniser.recognise(reader, s);
            if (f == null || f.kind() != found.kind()) {
                continue;
            }
            if (f.kind() == ExportKind.BORIS_EVENTS) {
                new BorisEvents(context, file, fileName, f.headerRow()).read(reader, s);
            } else {
                new BorisBouts(context, file, fileName, f.headerRow()).read(reader, s);
            }
        }
    }

    private static void anyMaze(ExportContext context, String file, String fileName, WorkbookReader reader,
            int headerRow) throws ReadFailure {
        SheetInfo s = reader.sheets().get(0);
        AnyMazeTrack track = new AnyMazeTrack(context, file, fileName, s.name(), headerRow);
        reader.read(s, track, (done, total) -> {
        });
        track.finish();
    }

    private static void ethoVision(ExportContext context, String file, String fileName, WorkbookReader reader)
            throws ReadFailure {
        List<SheetInfo> sheets = reader.sheets();
        int tracks = 0;
        for (SheetInfo s : sheets) {
            List<SheetRow> first = Recogniser.preview(reader, s);
            if (first.isEmpty() || first.get(0).index() != 0 || !EthoVisionTrack.isHeaderStart(first.get(0))) {
                continue;
            }
            int before = context.rows.size() + context.problems.size();
            EthoVisionTrack track = new EthoVisionTrack(context, file, fileName, s.name(), EthoVisionHeader.lines(
                    first.get(0)));
            track.optional = sheets.size() > 1;
            reader.read(s, track, (done, total) -> {
            });
            track.finish();
            tracks += context.rows.size() + context.problems.size() > before ? 1 : 0;
        }
        if (tracks == 0) {
            context.problem(file, null, -1, -1, "an EthoVision XT export without a track (no sheet has a column "
                    + "'Mobility state(Immobile)', 'Distance moved' or 'In zone(...)')");
        }
    }
}
