package org.vivarium.io.excel.internal.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The changes an import makes to a study, in the order they are applied: objects appended to lists of objects that
 * exist already (one change per list, however many objects), and references set on new objects to existing ones
 * (e.g. a new animal into an existing cage, whose list of animals changes with it). Undo reverts them in reverse
 * order. Appending and removing a block costs time in proportion to the block, not to the list.
 */
public final class Changes {

    private interface Change {
        void apply();

        void undo();

        EObject owner();
    }

    private record Key(EObject owner, EReference feature) {
    }

    private static final class Append implements Change {
        private final EObject owner;
        private final EReference feature;
        private final List<EObject> values = new ArrayList<>();

        Append(EObject owner, EReference feature) {
            this.owner = owner;
            this.feature = feature;
        }

        @SuppressWarnings("unchecked")
        private InternalEList<EObject> list() {
            return (InternalEList<EObject>) (EList<EObject>) owner.eGet(feature);
        }

        @Override
        public void apply() {
            list().addAllUnique(values);
        }

        @Override
        public void undo() {
            InternalEList<EObject> list = list();
            int start = list.size() - values.size();
            boolean tail = start >= 0;
            for (int i = 0; tail && i < values.size(); i++) {
                tail = list.get(start + i) == values.get(i);
            }
            if (tail) {
                for (int i = list.size() - 1; i >= start; i--) {
                    list.remove(i);
                }
            } else {
                list.removeAll(values);
            }
        }

        @Override
        public EObject owner() {
            return owner;
        }
    }

    private static final class Assign implements Change {
        private final EObject owner;
        private final EStructuralFeature feature;
        private final Object value;
        private Object old;

        Assign(EObject owner, EStructuralFeature feature, Object value) {
            this.owner = owner;
            this.feature = feature;
            this.value = value;
        }

        @Override
        public void apply() {
            old = owner.eGet(feature);
            owner.eSet(feature, value);
        }

        @Override
        public void undo() {
            owner.eSet(feature, old);
        }

        @Override
        public EObject owner() {
            return value instanceof EObject e ? e : owner;
        }
    }

    private final Map<Key, Append> appends = new LinkedHashMap<>();
    private final List<Assign> assigns = new ArrayList<>();
    private final List<Change> ordered = new ArrayList<>();
    private Append last;

    /** Appends an object to a list of an existing object (grouped with earlier appends to the same list). */
    public void append(EObject owner, EReference feature, EObject value) {
        if (last != null && last.owner == owner && last.feature == feature) {
            last.values.add(value);
            return;
        }
        last = appends.computeIfAbsent(new Key(owner, feature), k -> {
            Append a = new Append(owner, feature);
            ordered.add(a);
            return a;
        });
        last.values.add(value);
    }

    /** Sets a reference of a new object to an existing one, after all appends. */
    public void assign(EObject owner, EStructuralFeature feature, Object value) {
        assigns.add(new Assign(owner, feature, value));
    }

    /** The objects appended to lists of this feature, with the object they go into, in order; at most limit. */
    public List<Map.Entry<EObject, EObject>> appended(EReference feature, int limit) {
        List<Map.Entry<EObject, EObject>> list = new ArrayList<>();
        for (Append a : appends.values()) {
            for (int i = 0; a.feature == feature && i < a.values.size() && list.size() < limit; i++) {
                list.add(Map.entry(a.owner, a.values.get(i)));
            }
        }
        return list;
    }

    /** The values this feature of existing objects is set to, by object, in order. */
    public Map<EObject, Object> assigned(EStructuralFeature feature) {
        Map<EObject, Object> m = new LinkedHashMap<>();
        for (Assign a : assigns) {
            if (a.feature == feature) {
                m.put(a.owner, a.value);
            }
        }
        return m;
    }

    public boolean isEmpty() {
        return ordered.isEmpty() && assigns.isEmpty();
    }

    /** The objects that receive new content (for the command's affected objects). */
    public Collection<EObject> owners() {
        List<EObject> owners = new ArrayList<>();
        for (Change c : ordered) {
            owners.add(c.owner());
        }
        for (Assign a : assigns) {
            owners.add(a.owner());
        }
        return owners;
    }

    public void apply() {
        for (Change c : ordered) {
            c.apply();
        }
        for (Assign a : assigns) {
            a.apply();
        }
    }

    public void undo() {
        for (int i = assigns.size() - 1; i >= 0; i--) {
            assigns.get(i).undo();
        }
        for (int i = ordered.size() - 1; i >= 0; i--) {
            ordered.get(i).undo();
        }
    }
}
