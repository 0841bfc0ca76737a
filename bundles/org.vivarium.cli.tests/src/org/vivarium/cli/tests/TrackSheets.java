package org.vivarium.cli.tests;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The tracks of an EthoVision XT raw-data workbook read straight from its XML parts with the JDK (neither Vivarium's
 * reader nor POI, which only org.vivarium.io.excel may use), scored here independently of Vivarium: immobility = the
 * time with Mobility state(Immobile) = 1 in 120-360 s of trial time (a sample's state holds until the next sample,
 * the last one for the step before it), latency = the trial time of the first immobile sample.
 */
final class TrackSheets {

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** One Track sheet: its name, header values and the scores computed from its samples. */
    record Track(String sheet, Map<String, String> header, double immobility, double latency) {
    }

    private TrackSheets() {
    }

    /** The Track sheets of a workbook, scored; {@code sheets} receives the names of all its sheets. */
    static List<Track> read(Path file, List<String> sheets) throws Exception {
        List<Track> tracks = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, String> targets = new HashMap<>(); // relationship id -> part
            each(zip, "xl/_rels/workbook.xml.rels", x -> {
                if (x.getLocalName().equals("Relationship")) {
                    String target = x.getAttributeValue(null, "Target");
                    targets.put(x.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1)
                            : "xl/" + target);
                }
            });
            List<String> strings = new ArrayList<>();
            if (zip.getEntry("xl/sharedStrings.xml") != null) {
                each(zip, "xl/sharedStrings.xml", x -> {
                    if (x.getLocalName().equals("si")) {
                        strings.add(text(x, "si"));
                    }
                });
            }
            Map<String, String> parts = new LinkedHashMap<>();
            each(zip, "xl/workbook.xml", x -> {
                if (x.getLocalName().equals("sheet")) {
                    parts.put(x.getAttributeValue(null, "name"), targets.get(x.getAttributeValue(REL, "id")));
                }
            });
            for (Map.Entry<String, String> sheet : parts.entrySet()) {
                sheets.add(sheet.getKey());
                if (sheet.getKey().startsWith("Track-")) {
                    tracks.add(score(sheet.getKey(), rows(zip, sheet.getValue(), strings)));
                }
            }
        }
        return tracks;
    }

    private interface Element {
        void start(XMLStreamReader x) throws XMLStreamException;
    }

    /** Calls back at each element start of a part. */
    private static void each(ZipFile zip, String part, Element element) throws Exception {
        try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
            XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    element.start(x);
                }
            }
        }
    }

    /** The text of every t or v element up to the end of the element named (a string, or a cell's value). */
    private static String text(XMLStreamReader x, String until) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT && (x.getLocalName().equals("t") || x.getLocalName().equals("v"))) {
                b.append(x.getElementText());
            } else if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals(until)) {
                break;
            }
        }
        return b.toString();
    }

    /** The cells of a sheet as text, by row and column (0-based). */
    private static List<Map<Integer, String>> rows(ZipFile zip, String part, List<String> strings) throws Exception {
        List<Map<Integer, String>> rows = new ArrayList<>();
        each(zip, part, x -> {
            if (x.getLocalName().equals("row")) {
                int r = Integer.parseInt(x.getAttributeValue(null, "r")) - 1;
                while (rows.size() <= r) {
                    rows.add(new LinkedHashMap<>());
                }
            } else if (x.getLocalName().equals("c")) {
                String ref = x.getAttributeValue(null, "r");
                String type = x.getAttributeValue(null, "t");
                int column = 0;
                for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                    column = column * 26 + ref.charAt(i) - 'A' + 1;
                }
                String value = text(x, "c");
                if ("s".equals(type)) {
                    value = strings.get(Integer.parseInt(value));
                } else if ((type == null || "n".equals(type)) && !value.isEmpty()) {
                    double d = Double.parseDouble(value); // as a spreadsheet shows it: 38, not 38.0
                    value = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
                }
                rows.get(rows.size() - 1).put(column - 1, value);
            }
        });
        return rows;
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
