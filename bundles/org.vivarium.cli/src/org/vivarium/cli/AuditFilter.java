package org.vivarium.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditObject;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.support.StudyResource;

/**
 * Which entries of an audit trail {@code audit} lists: those about an object (by its xmi:id or the name people use:
 * animal id, cage label, session name, cohort name, arm code, compound name), since a time, by a user. With an object,
 * each entry keeps only its changes about that object (and of an added or removed table, only that object's rows).
 */
final class AuditFilter {

    private final Set<String> ids;
    private final Instant since;
    private final String user;

    private AuditFilter(Set<String> ids, Instant since, String user) {
        this.ids = ids;
        this.since = since;
        this.user = user;
    }

    /** The filter of the options (each may be null); an object in neither the study nor its trail is refused. */
    static AuditFilter of(Path file, Resource resource, AuditTrail trail, String object, Instant since, String user)
            throws RejectedException {
        Set<String> ids = null;
        if (object != null) {
            ids = resolve(resource, trail, object.strip());
            if (ids.isEmpty()) {
                throw new RejectedException(List.of(file + ": no object '" + object + "' in the study or its audit "
                        + "trail"), null);
            }
        }
        return new AuditFilter(ids, since, user == null ? null : user.strip());
    }

    /** A date (2026-12-01, from its start in UTC) or an ISO date-time (2026-12-01T14:30, UTC unless it says). */
    static Instant since(String text) throws UsageException {
        String t = text.strip();
        try {
            if (t.length() <= 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageException("--since must be a date such as 2026-12-01 or an ISO date-time such as "
                    + "2026-12-01T14:30Z, not '" + text + "'");
        }
    }

    boolean matches(AuditEntry e) {
        if (since != null && e.time().isBefore(since)) {
            return false;
        }
        if (user != null && !userMatches(e.user())) {
            return false;
        }
        return ids == null || ids.stream().anyMatch(e::concerns);
    }

    private boolean userMatches(String name) {
        if (name == null) {
            return false;
        }
        if (name.equalsIgnoreCase(user)) {
            return true;
        }
        int at = name.indexOf('@');
        return user.indexOf('@') < 0 && at >= 0 && name.substring(0, at).equalsIgnoreCase(user);
    }

    /** The entry as shown: with an object, only its changes about that object. */
    AuditEntry shown(AuditEntry e) {
        if (ids == null) {
            return e;
        }
        List<AuditChange> changes = new ArrayList<>();
        for (AuditChange c : e.changes()) {
            if (ids.contains(c.id()) || ids.contains(c.oldId()) || ids.contains(c.newId()) || c.within().stream()
                    .anyMatch(ids::contains)) {
                changes.add(c);
            } else if (ids.stream().anyMatch(c::concerns)) {
                List<AuditObject> objects = c.objects().stream().filter(o -> ids.stream().anyMatch(o::concerns))
                        .toList();
                changes.add(objects.isEmpty() ? c : new AuditChange(c.op(), c.id(), c.type(), c.label(), c.feature(),
                        c.oldValue(), c.newValue(), c.oldId(), c.newId(), c.within(), objects));
            }
        }
        return new AuditEntry(e.seq(), e.time(), e.user(), e.authenticated(), e.action(), e.reason(),
                List.copyOf(changes), e.acknowledges(), e.hash());
    }

    /** The ids the name stands for: objects of the study first, else objects the trail knows (e.g. removed ones). */
    private static Set<String> resolve(Resource resource, AuditTrail trail, String name) {
        Set<String> ids = new LinkedHashSet<>();
        if (!name.contains("/") && byId(resource, name) != null) {
            ids.add(name);
            return ids;
        }
        StudyResource r = (StudyResource) resource;
        Study study = (Study) resource.getContents().get(0);
        for (boolean loose : new boolean[] {false, true}) {
            for (EObject o : named(study)) {
                if (same(nameOf(o), name, loose)) {
                    ids.add(r.idOf(o));
                }
            }
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        for (AuditEntry e : trail.entries()) {
            for (AuditChange c : e.changes()) {
                if (name.equals(c.id()) || name.equals(c.oldId()) || name.equals(c.newId())) {
                    ids.add(name);
                }
                for (AuditObject o : c.objects()) {
                    if (o.id() != null && (name.equals(o.id()) || named(o.values(), name))) {
                        ids.add(o.id());
                    }
                }
            }
        }
        return ids;
    }

    private static EObject byId(Resource resource, String id) {
        try {
            return resource.getEObject(id);
        } catch (RuntimeException e) {
            return null; // not an id the resource can look up
        }
    }

    private static boolean named(Map<String, String> values, String name) {
        for (String key : List.of("id", "name", "label", "code")) {
            if (name.equals(values.get(key))) {
                return true;
            }
        }
        return false;
    }

    /** The objects people name (not measurements, which may number millions). */
    private static List<EObject> named(Study study) {
        List<EObject> all = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            all.add(c);
            all.addAll(c.getAnimals());
            all.addAll(c.getCages());
        }
        all.addAll(study.getArms());
        all.addAll(study.getCompounds());
        all.addAll(Studies.sessions(study));
        return all;
    }

    private static String nameOf(EObject o) {
        if (o instanceof org.vivarium.model.Animal a) {
            return a.getId();
        } else if (o instanceof org.vivarium.model.Cage c) {
            return c.getLabel();
        } else if (o instanceof Cohort c) {
            return c.getName();
        } else if (o instanceof TreatmentArm a) {
            return a.getCode();
        } else if (o instanceof Compound c) {
            return c.getName();
        } else if (o instanceof AssaySession s) {
            return s.getName();
        }
        return null;
    }

    /** Exactly, or (loose) ignoring case and spaces: "fst 1h" finds "FST 1 h". */
    private static boolean same(String a, String name, boolean loose) {
        if (a == null) {
            return false;
        }
        return loose ? key(a).equals(key(name)) : a.equals(name);
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
