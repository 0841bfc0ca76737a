package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.vivarium.core.audit.internal.Json;
import org.vivarium.model.Animal;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;

/**
 * The objects of one class added to (or removed from) one list, as a table: the columns whose value differs between
 * objects, one row of values per object, the values every object shares stated once ({@code constants}), the start
 * every value of a text column shares stated once ({@code prefixes}: an import's sources are "file!sheet!" and a
 * cell), and the objects referred to listed once ({@code refs}: id and label), cells naming them by index. 800,000
 * imported values cost about a dozen bytes each.
 * <p>
 * Written in parts - {@link #prepare()}, {@link #head}, {@link #rows}, {@link #tail} - so that the tables of an import
 * can be written side by side ({@link TableWork}): a table of measurements is read through values only, and its
 * {@code refs} (ids and labels, which may consult the resource) are written last, by the caller.
 */
final class ChangeTable {

    /** About the length of a measurement's row. */
    static final int ROW_BYTES = 32;

    private final ChangeWriter writer;
    private final EClass type;
    private final List<EObject> objects;
    private final boolean measurements;
    private final boolean blinded;
    /** The features a table may show, in the model's order, and their ids in the table's class. */
    private final List<EStructuralFeature> candidates = new ArrayList<>();
    private final int[] candidateIds;
    private final List<EStructuralFeature> columns = new ArrayList<>();
    private final List<EStructuralFeature> constants = new ArrayList<>();
    /** Text columns whose values all start alike (an import's sources: "file!sheet!" and the cell): the start. */
    private final Map<EStructuralFeature, String> prefixes = new LinkedHashMap<>();
    /** The columns as rows read them: a table holds objects of one class, so each feature is looked up once. */
    private Cell[] cells;
    private final Map<EObject, Integer> refs = new IdentityHashMap<>();
    private final List<EObject> refOrder = new ArrayList<>();

    /** {@code blinded}: the objects belong to a blinded session, whose animals are named by their blind codes. */
    ChangeTable(ChangeWriter writer, EClass type, List<EObject> objects, boolean blinded) {
        this.writer = writer;
        this.blinded = blinded;
        this.type = type;
        this.objects = objects;
        this.measurements = type.getInstanceClass() == Measurement.class;
        for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
            if (!f.isTransient() && !f.isDerived() && !(f instanceof EReference r && (r.isContainment()
                    || r.isContainer() || r.getEOpposite() != null && r.isMany() && !r.getEOpposite().isMany()))) {
                candidates.add(f);
            }
        }
        candidateIds = candidates.stream().mapToInt(type::getFeatureID).toArray();
    }

    /** Whether the table holds measurements: read through their values only (see {@link TableWork}). */
    boolean measurements() {
        return measurements;
    }

    int size() {
        return objects.size();
    }

    /** How many objects the rows written so far refer to. */
    int references() {
        return refOrder.size();
    }

    /**
     * Sorts the features into columns and constants, and finds the starts text columns share: one pass over the
     * objects, comparing each with the first.
     */
    void prepare() {
        int n = candidates.size();
        boolean[] same = new boolean[n];
        Object[] firstValue = new Object[n];
        String[] prefix = new String[n];
        InternalEObject first = (InternalEObject) objects.get(0);
        for (int f = 0; f < n; f++) {
            EStructuralFeature feature = candidates.get(f);
            same[f] = objects.size() > 1 && !feature.isMany();
            firstValue[f] = same[f] ? first.eGet(candidateIds[f], false, true) : null;
            boolean text = objects.size() > 1 && !feature.isMany() && feature.getEType().getInstanceClass() == String.class;
            prefix[f] = text && firstValue[f] instanceof String v ? v : null;
        }
        for (int i = 1; i < objects.size(); i++) {
            InternalEObject o = (InternalEObject) objects.get(i);
            for (int f = 0; f < n; f++) {
                if (!same[f] && prefix[f] == null) {
                    continue;
                }
                Object v = o.eGet(candidateIds[f], false, true);
                if (same[f] && (v == firstValue[f] || !(candidates.get(f) instanceof EReference)
                        && Objects.equals(v, firstValue[f]))) {
                    continue;
                }
                same[f] = false;
                prefix[f] = prefix[f] == null ? null : common(prefix[f], v);
            }
        }
        List<Cell> c = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            EStructuralFeature feature = candidates.get(f);
            if (same[f]) {
                constants.add(feature);
                continue;
            }
            columns.add(feature);
            String start = prefix[f] != null && prefix[f].length() >= 4 ? prefix[f] : null;
            if (start != null) {
                prefixes.put(feature, start);
            }
            c.add(new Cell(feature, candidateIds[f], start, feature instanceof EReference, feature.isMany()));
        }
        cells = c.toArray(Cell[]::new);
    }

    /** The start a text shares with a value (null when the value is no text or they share nothing). */
    private static String common(String prefix, Object value) {
        if (!(value instanceof String v)) {
            return null;
        }
        if (v.startsWith(prefix)) {
            return prefix;
        }
        int k = 0;
        while (k < prefix.length() && k < v.length() && prefix.charAt(k) == v.charAt(k)) {
            k++;
        }
        return k == 0 ? null : prefix.substring(0, k);
    }

    /** The whole table, on one thread. */
    void write(StringBuilder b) {
        prepare();
        head(b);
        rows(b, 0, objects.size());
        tail(b);
    }

    /** From the class to the opening of the rows. */
    void head(StringBuilder b) {
        b.append(",\"class\":");
        Json.string(b, type.getName()).append(",\"columns\":[");
        boolean first = true;
        if (!measurements) {
            b.append("\"@id\",\"@label\"");
            first = false;
        }
        for (EStructuralFeature f : columns) {
            Json.string(first ? b : b.append(','), f.getName());
            first = false;
        }
        b.append("],\"references\":[");
        first = true;
        for (EStructuralFeature f : candidates) {
            if (f instanceof EReference) {
                Json.string(first ? b : b.append(','), f.getName());
                first = false;
            }
        }
        b.append("],\"constants\":{");
        first = true;
        for (EStructuralFeature f : constants) {
            Json.string(first ? b : b.append(','), f.getName()).append(':');
            cell(b, f, ((InternalEObject) objects.get(0)).eGet(candidateIds[candidates.indexOf(f)], false, true));
            first = false;
        }
        b.append("},\"prefixes\":{");
        first = true;
        for (Map.Entry<EStructuralFeature, String> p : prefixes.entrySet()) {
            Json.string(first ? b : b.append(','), p.getKey().getName()).append(':');
            Json.string(b, p.getValue());
            first = false;
        }
        b.append("},\"rows\":[");
    }

    /** Rows {@code from} to {@code to} (exclusive). */
    StringBuilder rows(StringBuilder b, int from, int to) {
        Object[] lastTarget = new Object[cells.length]; // rows in a row often name the same animal
        int[] lastIndex = new int[cells.length];
        for (int i = from; i < to; i++) {
            row(b.append(i > 0 ? ",[" : "["), (InternalEObject) objects.get(i), lastTarget, lastIndex);
            b.append(']');
        }
        return b;
    }

    /**
     * Numbers the objects the rows refer to, in the order the rows name them, so that rows can then be written in
     * pieces side by side (they only read these numbers).
     */
    void numberReferences() {
        for (EObject o : objects) {
            for (Cell c : cells) {
                if (c.reference()) {
                    Object v = ((InternalEObject) o).eGet(c.id(), false, true);
                    if (c.many()) {
                        ((Collection<?>) v).forEach(t -> ref((EObject) t));
                    } else if (v != null) {
                        ref((EObject) v);
                    }
                }
            }
        }
    }

    /** The end of the rows and the objects they refer to (ids and labels: on the thread that owns the study). */
    void tail(StringBuilder b) {
        b.append("],\"refs\":[");
        for (int i = 0; i < refOrder.size(); i++) {
            b.append(i > 0 ? ",[" : "[");
            Json.string(b, writer.id(refOrder.get(i))).append(',');
            Json.string(b, refLabel(refOrder.get(i))).append(']');
        }
        b.append(']');
    }

    private void row(StringBuilder b, InternalEObject o, Object[] lastTarget, int[] lastIndex) {
        boolean first = true;
        if (!measurements) {
            Json.string(b, writer.id(o)).append(',');
            Json.string(b, writer.labelOf(o));
            first = false;
        }
        for (int i = 0; i < cells.length; i++) {
            Cell c = cells[i];
            if (!first) {
                b.append(',');
            }
            first = false;
            Object v = o.eGet(c.id(), false, true);
            if (c.prefix() != null) {
                Json.string(b, (String) v, c.prefix().length());
            } else if (c.reference() && !c.many()) {
                if (v == null) {
                    b.append("null");
                } else {
                    if (v != lastTarget[i]) {
                        lastTarget[i] = v;
                        lastIndex[i] = ref((EObject) v);
                    }
                    b.append(lastIndex[i]);
                }
            } else {
                cell(b, c.feature(), v);
            }
        }
    }

    /** A column: its feature, the feature's id in the table's class, and the start its values share (or null). */
    private record Cell(EStructuralFeature feature, int id, String prefix, boolean reference, boolean many) {
    }

    private void cell(StringBuilder b, EStructuralFeature f, Object v) {
        if (f instanceof EReference) {
            if (f.isMany()) {
                b.append('[');
                int i = 0;
                for (Object t : (Collection<?>) v) {
                    b.append(i++ > 0 ? "," : "").append(ref((EObject) t));
                }
                b.append(']');
            } else if (v == null) {
                b.append("null");
            } else {
                b.append(ref((EObject) v));
            }
        } else if (f.isMany()) {
            b.append('[');
            int i = 0;
            for (Object t : (Collection<?>) v) {
                Json.string(b.append(i++ > 0 ? "," : ""), ChangeWriter.value(f, t));
            }
            b.append(']');
        } else if (v instanceof Double d) {
            Json.number(b, d);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            b.append(v);
        } else if (v instanceof String text) {
            Json.string(b, text);
        } else {
            Json.string(b, ChangeWriter.value(f, v));
        }
    }

    private int ref(EObject target) {
        Integer known = refs.get(target);
        if (known != null) {
            return known;
        }
        refOrder.add(target);
        refs.put(target, refOrder.size() - 1);
        return refOrder.size() - 1;
    }

    /** Measure definitions by their name (as a measurement's label uses it), others as people name them. */
    private String refLabel(EObject target) {
        if (target instanceof MeasureDefinition m) {
            return m.getName();
        }
        if (blinded && target instanceof Animal a && a.getBlindCode() != null) {
            return "blind code " + a.getBlindCode();
        }
        return writer.labelOf(target);
    }
}
