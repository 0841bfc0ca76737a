package org.vivarium.lab;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.vivarium.model.Animal;
import org.vivarium.model.support.StudyResource;

/**
 * The records the server keeps as rows (doses given, body weights, an animal's status, a session marked done or open),
 * laid over the study file as last stored: a row sets the recorded fields of the object with its id, creates it under
 * its animal when the file does not have it (a body weight, a dose recorded as new), or (removed) takes it off its
 * animal.
 */
final class LabRecords {

    /** One row as the server has it: the fields by column name. */
    record Row(String objectId, LabRecordKind kind, String animalId, Map<String, Object> values, boolean removed,
            int version, long seq) {
    }

    private LabRecords() {
    }

    /** The records of a study changed by entries after {@code seq} (all of them from 0), in the order they changed. */
    static List<Row> since(Connection c, long study, long seq) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT object_id, kind, animal_id, "
                + String.join(", ", LabRecordKind.COLUMNS) + ", removed, version, seq FROM animal_record "
                + "WHERE study_id = ? AND seq > ? ORDER BY seq")) {
            s.setLong(1, study);
            s.setLong(2, seq);
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LabRecordKind kind = LabRecordKind.named(r.getString("kind"));
                    Map<String, Object> values = new HashMap<>();
                    if (kind != null) {
                        for (LabRecordKind.Column col : kind.fields) {
                            values.put(col.name(), LabRecordKind.read(r, col));
                        }
                        for (LabRecordKind.Column col : kind.plan) {
                            values.put(col.name(), LabRecordKind.read(r, col));
                        }
                    }
                    rows.add(new Row(r.getString("object_id"), kind, r.getString("animal_id"), values,
                            r.getBoolean("removed"), r.getInt("version"), r.getLong("seq")));
                }
            }
        }
        return rows;
    }

    /**
     * Lays rows over the study and notes their versions; returns how many name an object or animal the design no
     * longer has (or a kind this Vivarium does not know).
     */
    static int apply(StudyResource resource, List<Row> rows, Map<String, Integer> versions) {
        int gone = 0;
        for (Row row : rows) {
            versions.put(row.objectId(), row.version());
            if (row.kind() == null || !apply(resource, row)) {
                gone++;
            }
        }
        return gone;
    }

    private static boolean apply(StudyResource resource, Row row) {
        LabRecordKind kind = row.kind();
        EObject o = resource.getEObject(row.objectId());
        if (row.removed()) {
            if (kind.list != null && kind.eClass.isInstance(o) && o.eContainer() instanceof Animal animal) {
                list(animal, kind).remove(o);
            }
            return true;
        }
        if (o == null && kind.list != null && resource.getEObject(row.animalId()) instanceof Animal animal) {
            return create(resource, row, animal);
        }
        if (!kind.eClass.isInstance(o)) {
            return false;
        }
        set(resource, o, kind.fields, row);
        return true;
    }

    /** A record the file does not have: made with the row's id, under its animal (a dose needs its regimen). */
    private static boolean create(StudyResource resource, Row row, Animal animal) {
        LabRecordKind kind = row.kind();
        EObject o = kind.eClass.getEPackage().getEFactoryInstance().create(kind.eClass);
        for (LabRecordKind.Column col : kind.plan) {
            Object v = LabRecordKind.modelValue(resource, col, row.values().get(col.name()));
            if (v == null && col.feature().isRequired()) {
                return false; // e.g. a dose of a regimen no longer in the design
            }
            o.eSet(col.feature(), v);
        }
        set(resource, o, kind.fields, row);
        resource.setID(o, row.objectId()); // kept when attached: the id every client knows it by
        list(animal, kind).add(o);
        return true;
    }

    /** Sets what differs (setting an equal value would still tell every listener). */
    private static void set(StudyResource resource, EObject o, List<LabRecordKind.Column> columns, Row row) {
        for (LabRecordKind.Column col : columns) {
            Object v = LabRecordKind.modelValue(resource, col, row.values().get(col.name()));
            if (!Objects.equals(o.eGet(col.feature()), v)) {
                o.eSet(col.feature(), v);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> list(Animal animal, LabRecordKind kind) {
        return (EList<EObject>) animal.eGet(kind.list);
    }
}
