package org.vivarium.core.tests;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;

/**
 * Compares the measurements.bin of a study file, decoded here on its own (format version 1, as documented in the
 * model bundle's MeasurementTable), with the measurements of a study loaded by the current model: every row of every
 * session - animal or cage, measure (by xmi:id), value, censored, excluded, exclusion reason, source - in order.
 */
final class OldTableCheck {

    /** What was compared, and every difference found. */
    record Result(int sessions, int rows, List<String> differences) {
    }

    private OldTableCheck() {
    }

    static Result compare(byte[] table, XMLResource resource) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(table));
        List<String> differences = new ArrayList<>();
        if (in.readInt() != 0x5649564D || in.readInt() != 1) {
            throw new IOException("not a measurement table of format 1");
        }
        List<String> refs = strings(in);
        List<String> strings = strings(in);
        int sessions = varint(in);
        int rows = 0;
        int withMeasurements = 0;
        for (int s = 0; s < sessions; s++) {
            String sessionId = refs.get(varint(in));
            EObject session = resource.getEObject(sessionId);
            List<Measurement> measurements = session instanceof AssaySession a ? a.getMeasurements() : List.of();
            if (!(session instanceof AssaySession)) {
                differences.add("session " + sessionId + " is missing");
            }
            int count = varint(in);
            withMeasurements++;
            if (measurements.size() != count) {
                differences.add("session " + sessionId + " has " + measurements.size() + " measurements, the file "
                        + count);
            }
            for (int r = 0; r < count; r++, rows++) {
                int animal = varint(in);
                int cage = varint(in);
                String measure = refs.get(varint(in));
                double value = in.readDouble();
                int flags = in.readUnsignedByte();
                String reason = (flags & 4) != 0 ? strings.get(varint(in)) : null;
                String source = (flags & 8) != 0 ? strings.get(varint(in)) : null;
                String expected = row(animal == 0 ? null : refs.get(animal - 1), cage == 0 ? null : refs.get(cage - 1),
                        measure, value, (flags & 1) != 0, (flags & 2) != 0, reason, source);
                String actual = r < measurements.size() ? row(resource, measurements.get(r)) : "(none)";
                if (!expected.equals(actual)) {
                    differences.add("session " + sessionId + " row " + r + ": " + actual + ", the file " + expected);
                }
            }
        }
        long sessionsInStudy = countSessions(resource);
        if (sessionsInStudy != withMeasurements) {
            differences.add(sessionsInStudy + " sessions have measurements, the file has " + withMeasurements);
        }
        if (in.read() != -1) {
            differences.add("the table has bytes after its last session");
        }
        return new Result(withMeasurements, rows, differences);
    }

    private static long countSessions(XMLResource resource) {
        List<AssaySession> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(o -> {
            if (o instanceof AssaySession s && !s.getMeasurements().isEmpty()) {
                all.add(s);
            }
        });
        return all.size();
    }

    private static String row(XMLResource resource, Measurement m) {
        return row(m.getAnimal() == null ? null : resource.getID(m.getAnimal()),
                m.getCage() == null ? null : resource.getID(m.getCage()),
                m.getMeasure() == null ? null : resource.getID(m.getMeasure()), m.getValue(), m.isCensored(),
                m.isExcluded(), m.getExclusionReason(), m.getSource());
    }

    private static String row(String animal, String cage, String measure, double value, boolean censored,
            boolean excluded, String reason, String source) {
        return "animal " + animal + ", cage " + cage + ", measure " + measure + ", value " + Double.doubleToLongBits(
                value) + " (" + value + "), censored " + censored + ", excluded " + excluded + ", reason "
                + Objects.toString(reason) + ", source " + Objects.toString(source);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = varint(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[varint(in)];
            in.readFully(b);
            list.add(new String(b, StandardCharsets.UTF_8));
        }
        return list;
    }

    private static int varint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0;; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
