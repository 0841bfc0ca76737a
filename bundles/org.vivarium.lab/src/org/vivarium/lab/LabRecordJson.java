package org.vivarium.lab;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.audit.AnimalRecords;
import org.vivarium.core.audit.EntryRefusedException;
import org.vivarium.core.audit.StudyChange;
import org.vivarium.model.Animal;
import org.vivarium.model.support.StudyResource;

/**
 * The records a change touched - about animals, sessions marked done or open - as the rows sent to the server
 * (vivarium_commit's p_records).
 */
final class LabRecordJson {

    private LabRecordJson() {
    }

    /**
     * The JSON array of the records the change touched, as they are now, each once with the version this study last
     * heard of (null: none).
     */
    static String of(StudyResource resource, StudyChange change, Map<String, Integer> versions) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (StudyChange.RemovedRecord gone : change.removedRecords()) {
            LabRecordKind kind = LabRecordKind.of(gone.record());
            String id = resource.idOf(gone.record());
            String animal = resource.idOf(gone.animal());
            if (kind != null && id != null && animal != null) {
                rows.put(id, row(resource, kind, id, animal, versions, null));
            }
        }
        for (EObject o : change.records()) {
            LabRecordKind kind = LabRecordKind.of(o);
            String id = resource.idOf(o);
            Animal of = AnimalRecords.animalOf(o);
            String animal = of == null ? null : resource.idOf(of);
            if (kind != null && id != null && (animal != null || !kind.aboutAnimal())) {
                rows.put(id, row(resource, kind, id, animal, versions, o)); // taken off and put back: as it is now
            }
        }
        return rows.isEmpty() ? null : "[" + String.join(",", rows.values()) + "]";
    }

    private static String row(StudyResource resource, LabRecordKind kind, String id, String animal,
            Map<String, Integer> versions, EObject o) {
        StringBuilder b = new StringBuilder(300).append("{\"object_id\":");
        LabJson.string(b, id).append(",\"kind\":");
        LabJson.string(b, kind.id).append(",\"animal_id\":");
        LabJson.string(b, animal).append(",\"base\":").append(versions.getOrDefault(id, 0));
        if (o == null) {
            return b.append(",\"removed\":true}").toString();
        }
        for (LabRecordKind.Column col : kind.plan) {
            value(b, resource, o, col);
        }
        for (LabRecordKind.Column col : kind.fields) {
            value(b, resource, o, col);
        }
        return b.append(",\"removed\":false}").toString();
    }

    private static void value(StringBuilder b, StudyResource resource, EObject o, LabRecordKind.Column col) {
        b.append(",\"").append(col.name()).append("\":");
        Object v = LabRecordKind.storedValue(resource, o, col);
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new EntryRefusedException(LabRecordLabels.of(o) + ": " + col.feature().getName() + " is not a "
                        + "number (" + d + ") and cannot be stored");
            }
            b.append(d);
        } else if (v instanceof TemporalAccessor t) {
            LabJson.string(b, t.toString());
        } else {
            LabJson.string(b, v == null ? null : v.toString());
        }
    }
}
