package org.vivarium.cli.tests;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The tracks of an EthoVision XT raw-data workbook read with POI's own event API (not Vivarium's reader), scored here
 * independently of Vivarium: immobility = the time with Mobility state(Immobile) = 1 in 120-360 s of trial time (a
 * sample's state holds until the next sample, the last one for the step before it), latency = the trial time of the
 * first immobile sample.
 */
final class TrackSheets {

    /** One Track sheet: its name, header values and the scores computed from its samples. */
    record Track(String sheet, Map<String, String> header, double immobility, double latency) {
    }

    private TrackSheets() {
    }

    /** The Track sheets of a workbook, scored; {@code sheets} receives the names of all its sheets. */
    static List<Track> read(Path file, List<String> sheets) throws Exception {
        List<Track> tracks = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    sheets.add(name);
                    if (!name.startsWith("Track-")) {
                        continue;
                    }
                    List<Map<Integer, String>> rows = new ArrayList<>();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    while (rows.size() <= rowNum) {
                                        rows.add(new LinkedHashMap<>());
                                    }
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    rows.get(rows.size() - 1).put((int) new CellReference(ref).getCol(), value);
                                }
                            }, new DataFormatter(), false));
                    parser.parse(new InputSource(in));
                    tracks.add(score(name, rows));
                }
            }
            pkg.revert();
        }
        return tracks;
    }

    private static Track score(String sheet, List<Map<Integer, String>> rows) {
        int lines = Integer.parseInt(rows.get(0).get(1));
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Number of header lines", rows.get(0).get(1));
        for (int r = 1; r < lines - 2; r++) {
            String key = rows.get(r).getOrDefault(0, "");
            if (!key.isEmpty()) {
                header.put(key.replace(":", ""), rows.get(r).getOrDefault(1, ""));
            }
        }
        Map<Integer, String> names = rows.get(lines - 2);
        int time = column(names, "Trial time");
        int state = column(names, "Mobility state(Immobile)");
        List<double[]> samples = new ArrayList<>();
        for (int r = lines; r < rows.size(); r++) {
            samples.add(new double[] {Double.parseDouble(rows.get(r).get(time)), Double.parseDouble(rows.get(r)
                    .get(state))});
        }
        double immobile = 0;
        double latency = Double.NaN;
        for (int i = 0; i < samples.size(); i++) {
            double from = samples.get(i)[0];
            double to = i + 1 < samples.size() ? samples.get(i + 1)[0] : from + (from - samples.get(i - 1)[0]);
            if (samples.get(i)[1] == 1) {
                immobile += Math.max(0, Math.min(to, 360) - Math.max(from, 120));
                latency = Double.isNaN(latency) ? from : latency;
            }
        }
        return new Track(sheet, header, immobile, latency);
    }

    private static int column(Map<Integer, String> names, String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no column " + name + " in " + names)).getKey();
    }
}
