package org.vivarium.core.audit;

import java.util.List;

/**
 * One change within an {@link AuditEntry}.
 * <ul>
 * <li>{@link Op#SET}: a feature of an object changed from {@link #oldValue()} to {@link #newValue()} (for references
 * the readable labels, with the targets' ids in {@link #oldId()} and {@link #newId()});</li>
 * <li>{@link Op#ADD} / {@link Op#REMOVE}: objects were added to or removed from a list of the object
 * ({@link #objects()}, each with its content);</li>
 * <li>{@link Op#LINK} / {@link Op#UNLINK}: references to existing objects were added to or removed from a list;</li>
 * <li>{@link Op#MOVE}: an object moved within a list (old and new position).</li>
 * </ul>
 * {@link #within()} names the objects the changed one is part of (e.g. the animal of a dose, the cohort of the
 * animal), so that the history of an animal shows its doses and body weights.
 * <p>
 * Objects are named by their stable id (the study file's {@code xmi:id}; a measurement, which has none, by
 * "session id/unit id/measure id") and a readable label as it was when the change was made.
 */
public record AuditChange(Op op, String id, String type, String label, String feature, String oldValue,
        String newValue, String oldId, String newId, List<String> within, List<AuditObject> objects) {

    /** The kinds of change. */
    public enum Op {
        SET, ADD, REMOVE, LINK, UNLINK, MOVE
    }

    /** Whether this change is about the object of that id, or adds, removes or refers to it. */
    public boolean concerns(String target) {
        if (target.equals(id) || target.equals(oldId) || target.equals(newId) || Ids.partOf(id, target)
                || within.contains(target)) {
            return true;
        }
        for (AuditObject o : objects) {
            if (o.concerns(target)) {
                return true;
            }
        }
        return false;
    }

    /** One line for people: "immobility of ... : 120 → 130", "added 3 measurements to session FST 1 h". */
    public String describe() {
        return switch (op) {
            case SET -> label + ": " + feature + " " + shown(oldValue) + " \u2192 " + shown(newValue);
            case ADD -> "added " + count() + " to " + feature + " of " + label;
            case REMOVE -> "removed " + count() + " from " + feature + " of " + label;
            case LINK -> "added " + count() + " to " + feature + " of " + label;
            case UNLINK -> "removed " + count() + " from " + feature + " of " + label;
            case MOVE -> label + ": moved in " + feature + " from position " + oldValue + " to " + newValue;
        };
    }

    private String count() {
        if (objects.size() == 1) {
            return objects.get(0).label();
        }
        return objects.size() + " " + (type == null ? "objects" : plural(objects.get(0).type()));
    }

    private static String plural(String type) {
        if (type == null) {
            return "objects";
        }
        String t = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return t.endsWith("y") ? t.substring(0, t.length() - 1) + "ies" : t + "s";
    }

    private static String shown(String v) {
        return v == null ? "(none)" : "'" + v + "'";
    }
}
