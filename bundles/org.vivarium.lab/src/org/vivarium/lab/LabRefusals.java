package org.vivarium.lab;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EObject;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.core.audit.StudyChange;
import org.vivarium.model.support.StudyResource;

/** Why the server refused a change, for people: what clashed with whose change and when, or which right is missing. */
final class LabRefusals {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String NOT_STORED = "nothing of this change was stored";

    private LabRefusals() {
    }

    static String of(SQLException e, LabUrl url, StudyResource resource, StudyChange change) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if ("VV409".equals(state) && server != null && server.getDetail() != null) {
            return clash(server.getDetail().split("\t", -1), resource, change);
        }
        if (("42501".equals(state) || "VV423".equals(state)) && server != null) { // no right; a locked study
            return server.getMessage() + ": " + NOT_STORED;
        }
        return LabErrors.of(e, url).getMessage() + "; " + NOT_STORED;
    }

    private static String clash(String[] d, StudyResource resource, StudyChange change) {
        String by = d[4].isEmpty() ? "someone" : d[4];
        String when = when(d[5]);
        return switch (d[0]) {
            case "design" -> "the study's design was changed by " + by + when + " since you opened it: "
                    + NOT_STORED + " (open the study again and make the change there)";
            case "unit" -> name(resource.getEObject(d[2]), null) + " was removed from the study by " + by + when
                    + ": what you entered for it was not stored";
            case "record" -> LabRecordLabels.of(resource, d[1], d[2], d[3]) + " was " + theirs(d) + " by " + by
                    + when + " while you were " + doing(resource, change, d[3]) + ": yours was not stored ("
                    + ("session".equals(d[1]) ? "do it again" : "enter it again") + " to replace theirs)";
            default -> {
                LabKey key = new LabKey(d[1], d[2], d[3]);
                String theirs = "true".equals(d[7]) ? "removed" : "changed to " + d[6];
                String yours = typed(resource, change, key);
                yield label(resource, key) + " was " + theirs + " by " + by + when + " while you were entering "
                        + (yours == null ? "your change" : yours) + ": yours was not stored (enter it again to "
                        + "replace theirs)";
            }
        };
    }

    /** "session FST 1 h, animal 1H-07, immobility" (an animal of a blinded session by its blind code). */
    static String label(StudyResource resource, LabKey key) {
        EObject session = resource.getEObject(key.session());
        EObject measure = resource.getEObject(key.measure());
        return (session == null ? "a session" : Labels.of(session)) + ", "
                + name(resource.getEObject(key.unit()), session) + ", "
                + (measure instanceof MeasureDefinition m ? m.getName() : "a measure");
    }

    private static String name(EObject unit, EObject session) {
        if (unit instanceof Animal a && session instanceof AssaySession s && s.isBlinded() && a.getBlindCode() != null) {
            return "blind code " + a.getBlindCode();
        }
        return unit == null ? "an animal no longer in the study" : Labels.of(unit);
    }

    private static String typed(StudyResource resource, StudyChange change, LabKey key) {
        for (Measurement m : change.measurements()) {
            if (m.eContainer() instanceof AssaySession s && key.equals(LabKey.of(resource, s, m))) {
                return Double.toString(m.getValue()).replaceFirst("\\.0$", "");
            }
        }
        return null;
    }

    /** What the other change did to a record: "changed", "removed"; to a session "marked done", "opened again". */
    private static String theirs(String[] d) {
        boolean removed = "true".equals(d[7]); // for a session: whether it is open now
        if ("session".equals(d[1])) {
            return removed ? "opened again" : "marked done";
        }
        return removed ? "removed" : "changed";
    }

    /** "entering given 2026-03-02 09:07, 0.25 mL", "marking it done", "removing it" (the change's record of the id). */
    private static String doing(StudyResource resource, StudyChange change, String id) {
        for (EObject o : change.records()) {
            if (id.equals(resource.idOf(o))) {
                return LabRecordLabels.doing(o);
            }
        }
        return change.removedRecords().stream().anyMatch(r -> id.equals(resource.idOf(r.record()))) ? "removing it"
                : "entering your change";
    }

    private static String when(String utc) {
        try {
            return utc.isEmpty() ? "" : " at " + WHEN.format(Instant.parse(utc));
        } catch (DateTimeParseException e) {
            return " at " + utc;
        }
    }
}
