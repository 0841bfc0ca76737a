package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The net effect of the notifications of one recorded command: for each single-valued feature its value before the
 * first change, and for each list what was added and removed (an object added and removed again cancels out).
 */
final class Delta {

    /** A list of an object (owner null: the resource's contents). */
    record ListKey(EObject owner, EStructuralFeature feature) {
    }

    /** What was added to and removed from one list. */
    static final class ListDelta {
        final List<Object> added = new ArrayList<>();
        final List<Object> removed = new ArrayList<>();
        private Set<Object> addedSet;
        final List<int[]> moves = new ArrayList<>();

        void add(Object o) {
            if (!removed.isEmpty() && removed.remove(o)) {
                return; // put back
            }
            added.add(o);
            if (addedSet != null) {
                addedSet.add(o);
            }
        }

        /** Whether the object is among those added (an identity set is made on the first question). */
        boolean contains(Object o) {
            if (addedSet == null) {
                addedSet = Collections.newSetFromMap(new IdentityHashMap<>());
                addedSet.addAll(added);
            }
            return addedSet.contains(o);
        }

        void remove(Object o) {
            if (!added.isEmpty()) {
                if (addedSet == null) {
                    addedSet = Collections.newSetFromMap(new IdentityHashMap<>());
                    addedSet.addAll(added);
                }
                if (addedSet.remove(o)) {
                    added.remove(o);
                    return;
                }
            }
            removed.add(o);
        }
    }

    final Map<EObject, Map<EStructuralFeature, Object>> firstOld = new LinkedHashMap<>();
    final Map<ListKey, ListDelta> lists = new LinkedHashMap<>();
    final Map<ListKey, List<Object>> moved = new LinkedHashMap<>();

    boolean isEmpty() {
        return firstOld.isEmpty() && lists.isEmpty() && moved.isEmpty();
    }

    void record(Notification n) {
        if (n.isTouch()) {
            return;
        }
        Object notifier = n.getNotifier();
        EObject owner;
        EStructuralFeature feature;
        if (notifier instanceof Resource) {
            if (n.getFeatureID(Resource.class) != Resource.RESOURCE__CONTENTS) {
                return;
            }
            owner = null;
            feature = null;
        } else if (notifier instanceof EObject o && n.getFeature() instanceof EStructuralFeature f) {
            if (f.isTransient() || f.isDerived() || !f.isChangeable()) {
                return;
            }
            if (f instanceof EReference r && !r.isContainment() && r.isMany() && r.getEOpposite() != null
                    && !r.getEOpposite().isMany()) {
                return; // recorded on the other side (e.g. Cage.animals as Animal.cage)
            }
            owner = o;
            feature = f;
        } else {
            return;
        }
        if (feature != null && !feature.isMany()) {
            if (n.getEventType() == Notification.SET || n.getEventType() == Notification.UNSET) {
                firstOld.computeIfAbsent(owner, k -> new LinkedHashMap<>()).putIfAbsent(feature, n.getOldValue());
            }
            return;
        }
        ListKey key = new ListKey(owner, feature);
        switch (n.getEventType()) {
            case Notification.ADD -> list(key).add(n.getNewValue());
            case Notification.ADD_MANY -> ((Collection<?>) n.getNewValue()).forEach(list(key)::add);
            case Notification.REMOVE -> list(key).remove(n.getOldValue());
            case Notification.REMOVE_MANY -> ((Collection<?>) n.getOldValue()).forEach(list(key)::remove);
            case Notification.SET -> {
                list(key).remove(n.getOldValue());
                list(key).add(n.getNewValue());
            }
            case Notification.MOVE -> moved.computeIfAbsent(key, k -> new ArrayList<>()).add(n.getNewValue());
            default -> {
                // nothing else changes a list
            }
        }
    }

    private ListDelta list(ListKey key) {
        return lists.computeIfAbsent(key, k -> new ListDelta());
    }
}
