package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vivarium.core.audit.internal.Json;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;

/**
 * The objects of one class added to (or removed from) one list, as a table: the columns whose value differs between
 * objects, one row of values per object, the values every object shares stated once ({@code constants}), the start
 * every value of a text column shares stated once ({@code prefixes}: an import's sources are "file!sheet!" and a
 * cell), and the objects referred to listed once ({@code refs}: id and label), cells naming them by index. 800,000 imported values
 * cost about a dozen bytes each.
 */
final class ChangeTable {

    private final ChangeWriter writer;
    private final EClass type;
    private final List<EObject> objects;
    private final List<EStructuralFeature> columns = new ArrayList<>();
    private final List<EStructuralFeature> constants = new ArrayList<>();
    /** Text columns whose values all start alike (an import's sources: "file!sheet!" and the cell): the start. */
    private final Map<EStructuralFeature, String> prefixes = new java.util.LinkedHashMap<>();
    private final Map<EObject, Integer> refs = new IdentityHashMap<>();
    private final List<EObject> refOrder = new ArrayList<>();
    private final boolean measurements;
    private final boolean blinded;

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
                (objects.size() > 1 && shared(f) ? constants : columns).add(f);
            }
        }
        for (EStructuralFeature f : columns) {
            String prefix = objects.size() > 1 && !f.isMany() && f.getEType().getInstanceClass() == String.class
                    ? commonPrefix(f) : null;
            if (prefix != null && prefix.length() >= 4) {
                prefixes.put(f, prefix);
            }
        }
    }

    /** The start all values of a text column share (null when one has no value). */
    private String commonPrefix(EStructuralFeature f) {
        String prefix = null;
        for (EObject o : objects) {
            if (!(o.eGet(f, false) instanceof String v)) {
                return null;
            }
            if (prefix == null) {
                prefix = v;
            } else if (!v.startsWith(prefix)) {
                int n = 0;
                while (n < prefix.length() && n < v.length() && prefix.charAt(n) == v.charAt(n)) {
                    n++;
                }
                prefix = prefix.substring(0, n);
                if (n == 0) {
                    return null;
                }
            }
        }
        return prefix;
    }

    /** Whether every object has the same single value of the feature. */
    private boolean shared(EStructuralFeature f) {
        if (f.isMany()) {
            return false;
        }
        Object first = objects.get(0).eGet(f, false);
        for (int i = 1; i < objects.size(); i++) {
            Object v = objects.get(i).eGet(f, false);
            if (f instanceof EReference ? v != first : !Objects.equals(v, first)) {
                return false;
            }
        }
        return true;
    }

    void write(StringBuilder b) {
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
        for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
            if (f instanceof EReference && (columns.contains(f) || constants.contains(f))) {
                Json.string(first ? b : b.append(','), f.getName());
                first = false;
            }
        }
        b.append("],\"constants\":{");
        first = true;
        for (EStructuralFeature f : constants) {
            Json.string(first ? b : b.append(','), f.getName()).append(':');
            cell(b, f, objects.get(0).eGet(f, false));
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
        b.ensureCapacity(b.length() + objects.size() * 24); // written straight into the entry, not copied
        for (int i = 0; i < objects.size(); i++) {
            row(b.append(i > 0 ? ",[" : "["), objects.get(i));
            b.append(']');
        }
        b.append("],\"refs\":[");
        for (int i = 0; i < refOrder.size(); i++) {
            b.append(i > 0 ? ",[" : "[");
            Json.string(b, writer.id(refOrder.get(i))).append(',');
            Json.string(b, refLabel(refOrder.get(i))).append(']');
        }
        b.append(']');
    }

    private void row(StringBuilder b, EObject o) {
        boolean first = true;
        if (!measurements) {
            Json.string(b, writer.id(o)).append(',');
            Json.string(b, ChangeWriter.label(o));
            first = false;
        }
        for (EStructuralFeature f : columns) {
            if (!first) {
                b.append(',');
            }
            first = false;
            String prefix = prefixes.get(f);
            if (prefix != null) {
                Json.string(b, ((String) o.eGet(f, false)).substring(prefix.length()));
            } else {
                cell(b, f, o.eGet(f, false));
            }
        }
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
            } else {
                b.append(v == null ? "null" : String.valueOf(ref((EObject) v)));
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
        if (blinded && target instanceof org.vivarium.model.Animal a && a.getBlindCode() != null) {
            return "blind code " + a.getBlindCode();
        }
        return ChangeWriter.label(target);
    }
}
