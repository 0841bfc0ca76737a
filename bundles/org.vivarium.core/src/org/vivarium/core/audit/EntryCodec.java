package org.vivarium.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.core.audit.AuditChange.Op;
import org.vivarium.core.audit.internal.Json;

/** Reads an entry's JSON (as {@link AuditTrail} and {@link ChangeWriter} write it) into an {@link AuditEntry}. */
final class EntryCodec {

    private EntryCodec() {
    }

    /** The entry of a JSON text, optionally preceded by its hash and a space; null when it cannot be read. */
    static AuditEntry parse(String line) {
        String hash = null;
        String json = line;
        int space = line.indexOf(' ');
        if (space == 64 && !line.startsWith("{")) {
            hash = line.substring(0, space);
            json = line.substring(space + 1);
        }
        try {
            Map<?, ?> m = (Map<?, ?>) Json.parse(json);
            List<AuditChange> changes = new ArrayList<>();
            for (Object c : list(m.get("changes"))) {
                changes.add(change((Map<?, ?>) c));
            }
            List<String> acks = new ArrayList<>();
            for (Object a : list(m.get("acknowledges"))) {
                acks.add(String.valueOf(a));
            }
            return new AuditEntry(((Double) m.get("seq")).longValue(), Instant.parse((String) m.get("time")),
                    (String) m.get("user"), Boolean.TRUE.equals(m.get("authenticated")), (String) m.get("action"),
                    (String) m.get("reason"), List.copyOf(changes), List.copyOf(acks), hash);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static AuditChange change(Map<?, ?> c) {
        Op op = Op.valueOf(((String) c.get("op")).toUpperCase(Locale.ROOT));
        String id = (String) c.get("id");
        String label = (String) c.get("label");
        List<AuditObject> objects = switch (op) {
            case ADD, REMOVE -> rows(c, id, label);
            case LINK, UNLINK -> refs(c);
            default -> List.of();
        };
        List<String> within = new ArrayList<>();
        for (Object w : list(c.get("within"))) {
            within.add(String.valueOf(w));
        }
        return new AuditChange(op, id, (String) c.get("type"), label, (String) c.get("feature"), text(c.get("old")),
                text(c.get("new")), (String) c.get("oldId"), (String) c.get("newId"), List.copyOf(within), objects);
    }

    private static List<AuditObject> refs(Map<?, ?> c) {
        List<AuditObject> objects = new ArrayList<>();
        for (Object r : list(c.get("refs"))) {
            List<?> ref = (List<?>) r;
            objects.add(new AuditObject((String) ref.get(0), null, (String) ref.get(1), Map.of(), List.of()));
        }
        return objects;
    }

    /** The objects of an add or remove table; a measurement's id and label are made from its session and unit. */
    private static List<AuditObject> rows(Map<?, ?> c, String ownerId, String ownerLabel) {
        String type = (String) c.get("class");
        List<?> columns = list(c.get("columns"));
        List<?> refs = list(c.get("refs"));
        java.util.Set<String> referenceColumns = new java.util.HashSet<>();
        for (Object r : list(c.get("references"))) {
            referenceColumns.add(String.valueOf(r));
        }
        Map<?, ?> constants = c.get("constants") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> prefixes = c.get("prefixes") instanceof Map<?, ?> m ? m : Map.of();
        List<AuditObject> objects = new ArrayList<>();
        for (Object row : list(c.get("rows"))) {
            List<?> values = (List<?>) row;
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int i = 0; i < columns.size() && i < values.size(); i++) {
                Object prefix = prefixes.get(columns.get(i));
                Object v = values.get(i);
                cells.put((String) columns.get(i), prefix != null && v instanceof String rest ? prefix + rest : v);
            }
            constants.forEach((k, v) -> cells.putIfAbsent((String) k, v));
            objects.add(object(type, ownerId, ownerLabel, cells, referenceColumns, refs));
        }
        return objects;
    }

    private static AuditObject object(String type, String ownerId, String ownerLabel, Map<String, Object> cells,
            java.util.Set<String> referenceColumns, List<?> refs) {
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> targets = new ArrayList<>();
        String id = null;
        String label = null;
        List<?> unit = null;
        List<?> measure = null;
        for (Map.Entry<String, Object> cell : cells.entrySet()) {
            String column = cell.getKey();
            Object v = cell.getValue();
            if ("@id".equals(column)) {
                id = (String) v;
            } else if ("@label".equals(column)) {
                label = (String) v;
            } else if (referenceColumns.contains(column)) {
                List<String> labels = new ArrayList<>();
                for (Object index : v instanceof List<?> l ? l : v == null ? List.of() : List.of(v)) {
                    List<?> ref = (List<?>) refs.get(((Double) index).intValue());
                    targets.add((String) ref.get(0));
                    labels.add((String) ref.get(1));
                    if (column.equals("animal") || column.equals("cage")) {
                        unit = ref;
                    } else if (column.equals("measure")) {
                        measure = ref;
                    }
                }
                shown.put(column, labels.isEmpty() ? null : String.join(", ", labels));
            } else {
                shown.put(column, text(v));
            }
        }
        if (id == null && "Measurement".equals(type) && unit != null && measure != null) {
            id = ownerId + Ids.SEPARATOR + unit.get(0) + Ids.SEPARATOR + measure.get(0);
            label = ownerLabel + ", " + unit.get(1) + ", " + measure.get(1);
        }
        return new AuditObject(id, type, label == null ? type : label, shown, targets);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    /** A value as text: numbers without a needless ".0". */
    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return Json.number(new StringBuilder(), d).toString();
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) {
                parts.add(text(o));
            }
            return String.join(", ", parts);
        }
        return String.valueOf(v);
    }
}
