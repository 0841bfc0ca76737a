package org.vivarium.lab;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.support.StudyResource;

/**
 * The recorded values the server keeps as rows, laid over the study file as last stored: a row replaces the file's
 * measurement of the same session, animal (or cage) and measure, adds one, or (removed) takes it out.
 */
final class LabRows {

    /** One row as the server has it. */
    record Row(LabKey key, double value, boolean censored, boolean excluded, String exclusionReason, String source,
            boolean removed, int version, long seq) {
    }

    private LabRows() {
    }

    /** The rows of a study changed by entries after {@code seq} (all of them from 0), in the order they changed. */
    static List<Row> since(Connection c, long study, long seq) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT session_id, unit_id, measure_id, value, censored, "
                + "excluded, exclusion_reason, source, removed, version, seq FROM measurement "
                + "WHERE study_id = ? AND seq > ? ORDER BY seq")) {
            s.setLong(1, study);
            s.setLong(2, seq);
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(new LabKey(r.getString(1), r.getString(2), r.getString(3)), r.getDouble(4),
                            r.getBoolean(5), r.getBoolean(6), r.getString(7), r.getString(8), r.getBoolean(9),
                            r.getInt(10), r.getLong(11)));
                }
            }
        }
        return rows;
    }

    /**
     * Lays rows over the study and notes their versions; returns how many name a session, animal, cage or measure the
     * design no longer has (their values went with it).
     */
    static int apply(StudyResource resource, List<Row> rows, Map<LabKey, Integer> versions) {
        Map<String, List<Row>> bySession = new LinkedHashMap<>();
        for (Row row : rows) {
            versions.put(row.key(), row.version());
            bySession.computeIfAbsent(row.key().session(), k -> new ArrayList<>()).add(row);
        }
        int gone = 0;
        for (Map.Entry<String, List<Row>> e : bySession.entrySet()) {
            if (!(resource.getEObject(e.getKey()) instanceof AssaySession session)) {
                gone += e.getValue().size();
                continue;
            }
            SessionIndex index = SessionIndex.of(resource, session);
            for (Row row : e.getValue()) {
                if (!apply(resource, session, index, row)) {
                    gone++;
                }
            }
        }
        return gone;
    }

    private static boolean apply(StudyResource resource, AssaySession session, SessionIndex index, Row row) {
        Measurement m = index.find(row.key());
        if (row.removed()) {
            if (m != null) {
                session.getMeasurements().remove(m);
                index.forget(row.key());
            }
            return true;
        }
        if (m == null) {
            EObject unit = resource.getEObject(row.key().unit());
            if (!(resource.getEObject(row.key().measure()) instanceof MeasureDefinition measure)
                    || !(unit instanceof Animal || unit instanceof Cage)) {
                return false;
            }
            m = VivariumFactory.eINSTANCE.createMeasurement();
            if (unit instanceof Animal a) {
                m.setAnimal(a);
            } else {
                m.setCage((Cage) unit);
            }
            m.setMeasure(measure);
            set(m, row);
            session.getMeasurements().add(m);
            index.put(row.key(), m);
            return true;
        }
        set(m, row);
        return true;
    }

    /** Sets what differs (setting an equal value would still tell every listener). */
    private static void set(Measurement m, Row row) {
        if (Double.compare(m.getValue(), row.value()) != 0) {
            m.setValue(row.value());
        }
        if (m.isCensored() != row.censored()) {
            m.setCensored(row.censored());
        }
        if (m.isExcluded() != row.excluded()) {
            m.setExcluded(row.excluded());
        }
        if (!java.util.Objects.equals(m.getExclusionReason(), row.exclusionReason())) {
            m.setExclusionReason(row.exclusionReason());
        }
        if (!java.util.Objects.equals(m.getSource(), row.source())) {
            m.setSource(row.source());
        }
    }
}
