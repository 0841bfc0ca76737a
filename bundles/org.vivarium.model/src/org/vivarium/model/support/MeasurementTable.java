package org.vivarium.model.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;

/**
 * The measurement table of a study file (entry {@value StudyResource#MEASUREMENTS_ENTRY}), format version 1:
 *
 * <pre>
 * "VIVM" version:int
 * refCount:varint    { xmi:id:string }         sessions, animals, cages and measures referred to below
 * stringCount:varint { text:string }           sources and exclusion reasons, each stored once
 * sessionCount:varint
 *   { sessionRef:varint rowCount:varint
 *     { animalRef+1:varint cageRef+1:varint measureRef:varint value:double flags:byte
 *       [reason:varint if flags&amp;4] [source:varint if flags&amp;8] } }
 * string = byteLength:varint UTF-8 bytes; varint = unsigned LEB128; double = 8 bytes IEEE 754, big-endian;
 * flags: 1 censored, 2 excluded, 4 has exclusion reason, 8 has source
 * </pre>
 */
final class MeasurementTable {

    static final int MAGIC = 0x5649564D; // "VIVM"
    static final int VERSION = 1;

    private static final int CENSORED = 1;
    private static final int EXCLUDED = 2;
    private static final int HAS_REASON = 4;
    private static final int HAS_SOURCE = 8;

    private MeasurementTable() {
    }

    /** A table encoded, ready to be written. */
    record Encoded(TableOutput head, TableOutput body) {
        void writeTo(OutputStream out) throws IOException {
            head.writeTo(out);
            body.writeTo(out);
            out.flush();
        }
    }

    static Encoded encode(XMLResource resource) throws IOException {
        List<AssaySession> sessions = sessionsWithMeasurements(resource);
        Map<EObject, Integer> refs = new IdentityHashMap<>();
        List<String> refIds = new ArrayList<>();
        Map<String, Integer> strings = new HashMap<>();
        List<String> stringList = new ArrayList<>();
        TableOutput body = new TableOutput();
        body.varint(sessions.size());
        for (AssaySession session : sessions) {
            body.varint(ref(resource, session, refs, refIds));
            List<Measurement> rows = session.getMeasurements();
            body.varint(rows.size());
            for (Measurement m : rows) {
                body.varint(m.getAnimal() == null ? 0 : ref(resource, m.getAnimal(), refs, refIds) + 1);
                body.varint(m.getCage() == null ? 0 : ref(resource, m.getCage(), refs, refIds) + 1);
                if (m.getMeasure() == null) {
                    throw new IOException("a measurement of session '" + session.getName() + "' has no measure");
                }
                body.varint(ref(resource, m.getMeasure(), refs, refIds));
                if (!Double.isFinite(m.getValue())) { // written, the study could not be read again
                    throw new IOException("a value of session '" + session.getName() + "' is " + m.getValue()
                            + ", not a number");
                }
                body.float64(m.getValue());
                int flags = (m.isCensored() ? CENSORED : 0) | (m.isExcluded() ? EXCLUDED : 0)
                        | (m.getExclusionReason() != null ? HAS_REASON : 0) | (m.getSource() != null ? HAS_SOURCE : 0);
                body.int8(flags);
                if (m.getExclusionReason() != null) {
                    body.varint(string(m.getExclusionReason(), strings, stringList));
                }
                if (m.getSource() != null) {
                    body.varint(string(m.getSource(), strings, stringList));
                }
            }
        }
        TableOutput head = new TableOutput();
        head.int32(MAGIC);
        head.int32(VERSION);
        head.varint(refIds.size());
        for (String id : refIds) {
            head.string(id);
        }
        head.varint(stringList.size());
        for (String s : stringList) {
            head.string(s);
        }
        return new Encoded(head, body);
    }

    static void read(XMLResource resource, InputStream in) throws IOException {
        TableInput t = new TableInput(in);
        if (t.int32() != MAGIC) {
            throw new StudyFormatException("the measurement table of the study file is damaged (bad header)");
        }
        int version = t.int32();
        if (version > VERSION) {
            throw new StudyFormatException("the measurements were written by a newer Vivarium (table format " + version
                    + "; this version reads up to " + VERSION + ")");
        }
        // counts come from the file: never allocate by them up front (a damaged count must not exhaust memory)
        int refCount = t.count();
        List<EObject> refList = new ArrayList<>();
        Map<String, EObject> ids = resource.getIDToEObjectMap();
        for (int i = 0; i < refCount; i++) {
            String id = t.string();
            EObject o = ids.get(id);
            if (o == null) {
                throw new StudyFormatException("the measurement table refers to an object that is not in the study: " + id);
            }
            refList.add(o);
        }
        EObject[] refs = refList.toArray(new EObject[0]);
        int stringCount = t.count();
        List<String> stringList = new ArrayList<>();
        for (int i = 0; i < stringCount; i++) {
            stringList.add(t.string());
        }
        String[] strings = stringList.toArray(new String[0]);
        VivariumFactory factory = VivariumFactory.eINSTANCE;
        int sessionCount = t.count();
        for (int s = 0; s < sessionCount; s++) {
            AssaySession session = as(refs, t.count(), AssaySession.class);
            int rows = t.count();
            BasicEList<Measurement> batch = new BasicEList<>(Math.min(rows, 1 << 16));
            for (int r = 0; r < rows; r++) {
                Measurement m = factory.createMeasurement();
                int animal = t.count();
                int cage = t.count();
                m.setAnimal(animal == 0 ? null : as(refs, animal - 1, Animal.class));
                m.setCage(cage == 0 ? null : as(refs, cage - 1, Cage.class));
                m.setMeasure(as(refs, t.count(), MeasureDefinition.class));
                double value = t.float64();
                if (!Double.isFinite(value)) {
                    throw new StudyFormatException("the measurement table is damaged: a value of session '"
                            + session.getName() + "' is " + value + ", not a number");
                }
                m.setValue(value);
                int flags = t.int8();
                m.setCensored((flags & CENSORED) != 0);
                m.setExcluded((flags & EXCLUDED) != 0);
                if ((flags & HAS_REASON) != 0) {
                    m.setExclusionReason(strings[index(t.count(), strings.length)]);
                }
                if ((flags & HAS_SOURCE) != 0) {
                    m.setSource(strings[index(t.count(), strings.length)]);
                }
                batch.add(m);
            }
            ((InternalEList<Measurement>) session.getMeasurements()).addAllUnique(batch);
        }
        if (!t.atEnd()) {
            throw new StudyFormatException("the measurement table of the study file is damaged (trailing data)");
        }
    }

    private static List<AssaySession> sessionsWithMeasurements(XMLResource resource) {
        List<AssaySession> sessions = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            if (root instanceof Study study) {
                for (AssayDefinition assay : study.getAssays()) {
                    for (AssaySession session : assay.getSessions()) {
                        if (!session.getMeasurements().isEmpty()) {
                            sessions.add(session);
                        }
                    }
                }
            }
        }
        return sessions;
    }

    private static int ref(XMLResource resource, EObject object, Map<EObject, Integer> refs, List<String> ids)
            throws IOException {
        Integer index = refs.get(object);
        if (index == null) {
            String id = object.eResource() == resource ? resource.getID(object) : null;
            if (id == null) {
                throw new IOException("a measurement refers to " + object.eClass().getName()
                        + " that is not part of the study being saved");
            }
            index = ids.size();
            ids.add(id);
            refs.put(object, index);
        }
        return index;
    }

    private static int string(String s, Map<String, Integer> strings, List<String> list) {
        return strings.computeIfAbsent(s, k -> {
            list.add(k);
            return list.size() - 1;
        });
    }

    private static <T> T as(EObject[] refs, int index, Class<T> type) throws StudyFormatException {
        EObject o = refs[index(index, refs.length)];
        if (!type.isInstance(o)) {
            throw new StudyFormatException("the measurement table is damaged: expected a " + type.getSimpleName()
                    + " but found a " + o.eClass().getName());
        }
        return type.cast(o);
    }

    private static int index(int index, int length) throws StudyFormatException {
        if (index < 0 || index >= length) {
            throw new StudyFormatException("the measurement table of the study file is damaged (bad reference)");
        }
        return index;
    }
}
