package org.vivarium.lab;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.model.support.StudyResource;

/**
 * What the server keeps as rows over the study file as last stored, read in one snapshot and laid over the study
 * together: the values ({@link LabRows}) and the records about animals and sessions ({@link LabRecords}).
 */
record LabOverlay(List<LabRows.Row> values, List<LabRecords.Row> records) {

    /** The versions of the rows a study has heard of: values by their key, records by their object's id. */
    record Versions(Map<LabKey, Integer> values, Map<String, Integer> records) {

        Versions() {
            this(new HashMap<>(), new HashMap<>());
        }

        void putAll(Versions other) {
            values.putAll(other.values());
            records.putAll(other.records());
        }
    }

    /** The rows of a study changed by entries after {@code seq} (all of them from 0). */
    static LabOverlay since(Connection c, long study, long seq) throws SQLException {
        return new LabOverlay(LabRows.since(c, study, seq), LabRecords.since(c, study, seq));
    }

    /** Lays the rows over the study and notes their versions. */
    void apply(StudyResource resource, Versions versions) {
        LabRows.apply(resource, values, versions.values());
        LabRecords.apply(resource, records, versions.records());
    }
}
