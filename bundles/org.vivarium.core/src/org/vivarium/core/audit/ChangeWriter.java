package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vivarium.core.audit.internal.Json;
import org.vivarium.core.audit.internal.Workers;
import org.vivarium.core.study.Labels;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;

/**
 * Turns the net changes of a command ({@link Delta}) into the JSON array of an entry's changes: single values as old
 * and new, added and removed objects as compact tables (one per list and class: columns, the objects they refer to
 * once each, then one row of values per object - an import of 800,000 values is one table, not 800,000 objects).
 * Notes which changes touch recorded data ({@link RecordedData}).
 */
final class ChangeWriter {

    private final Resource resource;
    /** The text of the changes: what is put together already, then what is being written. */
    private final List<CharSequence> done = new ArrayList<>();
    private final StringBuilder json = new StringBuilder("[");
    /** Long tables of measurements, written side by side once the changes are walked. */
    private final TableWork tables = new TableWork();
    /** Ids and labels of the objects named, each worked out once (an import names each animal once per session). */
    private final Map<EObject, String> ids = new IdentityHashMap<>();
    private final Map<EObject, String> labels = new IdentityHashMap<>();
    private final List<String> recordedData = new ArrayList<>();
    private Set<EObject> addedRoots = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Measurements are leaves, often by the hundred thousand: looked up in their list's delta only when needed. */
    private final List<Delta.ListDelta> addedMeasurements = new ArrayList<>();
    private int count;

    ChangeWriter(Resource resource) {
        this.resource = resource;
    }

    /**
     * The changes as a JSON array, in parts to be joined in order (an import's run to megabytes: each is copied once,
     * into the entry). Not to be kept: the parts are the writer's own.
     */
    List<CharSequence> json() {
        List<CharSequence> parts = new ArrayList<>(done);
        parts.add(json);
        parts.add("]");
        return parts;
    }

    int count() {
        return count;
    }

    /** Recorded data that the changes alter (what a reason must be given for), as people name it. */
    List<String> recordedData() {
        return recordedData;
    }

    void write(Delta delta) {
        if (addedRoots.isEmpty()) { // sized for all that was added but measurements, which contain nothing
            int most = delta.lists.entrySet().stream().filter(e -> !isMeasurements(e.getKey()))
                    .mapToInt(e -> e.getValue().added.size()).sum();
            addedRoots = Collections.newSetFromMap(new IdentityHashMap<>(Math.max(32, most)));
            if (!Workers.PARALLEL) { // else long tables are written apart and put together once
                long rows = delta.lists.entrySet().stream().filter(e -> isMeasurements(e.getKey()))
                        .mapToLong(e -> e.getValue().added.size() + (long) e.getValue().removed.size()).sum();
                json.ensureCapacity((int) Math.min(Integer.MAX_VALUE / 2, rows * ChangeTable.ROW_BYTES));
            }
        }
        Map<Delta.ListKey, List<EObject>> added = new LinkedHashMap<>();
        for (Map.Entry<Delta.ListKey, Delta.ListDelta> e : delta.lists.entrySet()) {
            Delta.ListKey key = e.getKey();
            if (isContainment(key)) {
                List<EObject> still = new ArrayList<>(e.getValue().added.size());
                for (Object o : e.getValue().added) {
                    if (o instanceof EObject eo && contained(eo, key.owner())) {
                        still.add(eo);
                    }
                }
                if (!still.isEmpty()) {
                    added.put(key, still);
                    if (!isMeasurements(key)) {
                        addedRoots.addAll(still);
                    } else {
                        addedMeasurements.add(e.getValue());
                    }
                }
            }
        }
        for (Map.Entry<Delta.ListKey, List<EObject>> e : added.entrySet()) {
            if (!insideAdded(e.getKey().owner())) {
                addTree(e.getKey().owner(), e.getKey().feature(), e.getValue());
            }
        }
        for (Map.Entry<Delta.ListKey, Delta.ListDelta> e : delta.lists.entrySet()) {
            Delta.ListKey key = e.getKey();
            if (insideAdded(key.owner()) || key.owner() != null && key.owner().eResource() != resource) {
                continue;
            }
            if (isContainment(key)) {
                List<EObject> gone = new ArrayList<>();
                for (Object o : e.getValue().removed) {
                    if (o instanceof EObject eo && !contained(eo, key.owner())) {
                        gone.add(eo);
                    }
                }
                if (!gone.isEmpty()) {
                    RecordedData.removed(key.owner(), gone, recordedData);
                    table("remove", key.owner(), key.feature(), gone);
                }
            } else {
                links("link", key, e.getValue().added);
                links("unlink", key, e.getValue().removed);
            }
        }
        for (Map.Entry<EObject, Map<EStructuralFeature, Object>> e : delta.firstOld.entrySet()) {
            EObject o = e.getKey();
            if (insideAdded(o) || !attached(o)) {
                continue;
            }
            for (Map.Entry<EStructuralFeature, Object> f : e.getValue().entrySet()) {
                Object now = o.eGet(f.getKey());
                if (!same(f.getValue(), now)) {
                    set(o, f.getKey(), f.getValue(), now);
                }
            }
        }
        for (Map.Entry<Delta.ListKey, List<Object>> e : delta.moved.entrySet()) {
            if (!insideAdded(e.getKey().owner())) {
                for (Object o : e.getValue()) {
                    move(e.getKey(), o);
                }
            }
        }
        if (!tables.isEmpty()) {
            tables.finish(done);
        }
    }

    private static boolean isMeasurements(Delta.ListKey key) {
        return key.feature() == org.vivarium.model.VivariumPackage.Literals.ASSAY_SESSION__MEASUREMENTS;
    }

    private static boolean isContainment(Delta.ListKey key) {
        return key.feature() == null || key.feature() instanceof EReference r && r.isContainment();
    }

    private boolean contained(EObject o, EObject owner) {
        return owner == null ? o.eResource() == resource && o.eContainer() == null : o.eContainer() == owner;
    }

    private boolean attached(EObject o) {
        return o.eResource() == resource;
    }

    /** Whether the object is one added by this command or inside one. */
    private boolean insideAdded(EObject o) {
        if (o instanceof Measurement m) {
            for (Delta.ListDelta d : addedMeasurements) {
                if (d.contains(m)) {
                    return true;
                }
            }
            o = m.eContainer();
        }
        for (EObject x = o; x != null; x = x.eContainer()) {
            if (addedRoots.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private void addTree(EObject owner, EStructuralFeature feature, List<EObject> objects) {
        RecordedData.added(owner, objects, recordedData);
        table("add", owner, feature, objects);
        Map<Delta.ListKey, List<EObject>> children = new LinkedHashMap<>();
        for (EObject o : objects) {
            if (o instanceof Measurement) {
                continue;
            }
            for (EReference r : o.eClass().getEAllContainments()) {
                if (r.isTransient()) {
                    continue;
                }
                List<EObject> kids = r.isMany() ? list(o, r) : o.eGet(r) instanceof EObject k ? List.of(k) : List.of();
                if (!kids.isEmpty()) {
                    children.computeIfAbsent(new Delta.ListKey(o, r), k -> new ArrayList<>()).addAll(kids);
                }
            }
        }
        for (Map.Entry<Delta.ListKey, List<EObject>> e : children.entrySet()) {
            addTree(e.getKey().owner(), e.getKey().feature(), e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(EObject o, EReference r) {
        return (EList<EObject>) o.eGet(r);
    }

    /** One table per class of the objects: columns, referenced objects, rows. */
    private void table(String op, EObject owner, EStructuralFeature feature, List<EObject> objects) {
        Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
        EClass first = objects.get(0).eClass();
        int same = 0;
        while (same < objects.size() && objects.get(same).eClass() == first) {
            same++;
        }
        if (same == objects.size()) {
            byClass.put(first, objects); // e.g. an import's measurements: no need to sort them
        } else {
            for (EObject o : objects) {
                byClass.computeIfAbsent(o.eClass(), k -> new ArrayList<>()).add(o);
            }
        }
        boolean blinded = owner instanceof AssaySession s && s.isBlinded();
        for (Map.Entry<EClass, List<EObject>> e : byClass.entrySet()) {
            ChangeTable table = new ChangeTable(this, e.getKey(), e.getValue(), blinded);
            StringBuilder b = start(op, owner, feature);
            if (TableWork.wanted(table)) {
                tables.add(json, table);
            } else {
                table.write(b);
                json.append('}');
            }
        }
    }

    private StringBuilder start(String op, EObject o, EStructuralFeature feature) {
        if (count++ > 0) {
            json.append(',');
        }
        json.append("{\"op\":\"").append(op).append("\",\"id\":");
        Json.string(json, o == null ? null : id(o)).append(",\"within\":[");
        int n = 0;
        for (EObject c = o == null ? null : o.eContainer(); c != null && c.eContainer() != null; c = c.eContainer()) {
            Json.string(n++ > 0 ? json.append(',') : json, id(c));
        }
        json.append("],\"type\":");
        Json.string(json, o == null ? "StudyFile" : o.eClass().getName()).append(",\"label\":");
        Json.string(json, o == null ? "the study file" : labelOf(o)).append(",\"feature\":");
        return Json.string(json, feature == null ? "contents" : feature.getName());
    }

    private void links(String op, Delta.ListKey key, List<Object> targets) {
        List<EObject> objects = targets.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        if (objects.isEmpty()) {
            if (!targets.isEmpty()) { // a list of values, e.g. aliases
                start(op, key.owner(), key.feature()).append(",\"refs\":[");
                for (int i = 0; i < targets.size(); i++) {
                    json.append(i > 0 ? ",[null," : "[null,");
                    Json.string(json, value(key.feature(), targets.get(i))).append(']');
                }
                json.append("]}");
            }
            return;
        }
        if (key.feature() instanceof EReference r && !r.isContainment()) {
            RecordedData.linked(key.owner(), r, recordedData);
        }
        start(op, key.owner(), key.feature()).append(",\"refs\":[");
        for (int i = 0; i < objects.size(); i++) {
            json.append(i > 0 ? ",[" : "[");
            Json.string(json, id(objects.get(i))).append(',');
            Json.string(json, labelOf(objects.get(i))).append(']');
        }
        json.append("]}");
    }

    private void set(EObject o, EStructuralFeature f, Object old, Object now) {
        RecordedData.set(o, f, old, recordedData);
        start("set", o, f).append(",\"old\":");
        if (f instanceof EReference) {
            Json.string(json, old instanceof EObject e ? labelOf(e) : null).append(",\"new\":");
            Json.string(json, now instanceof EObject e ? labelOf(e) : null).append(",\"oldId\":");
            Json.string(json, old instanceof EObject e ? id(e) : null).append(",\"newId\":");
            Json.string(json, now instanceof EObject e ? id(e) : null).append('}');
        } else {
            Json.string(json, value(f, old)).append(",\"new\":");
            Json.string(json, value(f, now)).append('}');
        }
    }

    private void move(Delta.ListKey key, Object o) {
        if (key.owner() == null) {
            return;
        }
        Object list = key.owner().eGet(key.feature());
        int now = list instanceof List<?> l ? l.indexOf(o) : -1;
        start("move", key.owner(), key.feature()).append(",\"old\":null,\"new\":");
        Json.string(json, String.valueOf(now + 1)).append(",\"oldId\":null,\"newId\":");
        Json.string(json, o instanceof EObject e ? id(e) : null).append('}');
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }

    /** A value as text (dates and enums as the model writes them). */
    static String value(EStructuralFeature f, Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String text) {
            return text;
        }
        if (v instanceof Double d) {
            return Json.number(new StringBuilder(), d).toString();
        }
        if (f instanceof EAttribute a && a.getEType() instanceof EDataType t) {
            try {
                return EcoreUtil.convertToString(t, v);
            } catch (RuntimeException e) {
                return String.valueOf(v);
            }
        }
        return String.valueOf(v);
    }

    /** The stable id: the study file's xmi:id, or session/unit/measure for a measurement. */
    String id(EObject o) {
        if (o instanceof Measurement) {
            return measurementId((Measurement) o);
        }
        return ids.computeIfAbsent(o, x -> {
            Resource r = x.eResource() != null ? x.eResource() : resource;
            return r instanceof StudyResource s ? s.idOf(x) : EcoreUtil.getURI(x).fragment();
        });
    }

    /** An object as people name it, worked out once per object. */
    String labelOf(EObject o) {
        return o instanceof Measurement ? label(o) : labels.computeIfAbsent(o, ChangeWriter::label);
    }

    private String measurementId(Measurement m) {
        EObject unit = m.getAnimal() != null ? m.getAnimal() : m.getCage();
        String session = m.eContainer() instanceof AssaySession s ? id(s) : null;
        return session + Ids.SEPARATOR + (unit == null ? null : id(unit)) + Ids.SEPARATOR
                + (m.getMeasure() == null ? null : id(m.getMeasure()));
    }

    static String label(EObject o) {
        try {
            if (o instanceof Measurement m && m.eContainer() instanceof AssaySession s && s.isBlinded()
                    && m.getAnimal() != null && m.getAnimal().getBlindCode() != null) {
                return Labels.of(s) + ", blind code " + m.getAnimal().getBlindCode() + ", "
                        + (m.getMeasure() == null ? "?" : m.getMeasure().getName()); // blinding holds in the trail too
            }
            return Labels.of(o);
        } catch (RuntimeException e) {
            return o.eClass().getName();
        }
    }
}
