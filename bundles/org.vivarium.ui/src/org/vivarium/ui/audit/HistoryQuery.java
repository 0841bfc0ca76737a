package org.vivarium.ui.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditObject;
import org.vivarium.core.audit.AuditTrail;

/**
 * What the History view asks of a trail: the entries about one object, or of the whole study filtered by user, text
 * and date - the newest {@link #LIMIT} of them, with how many there are in all and which users made entries.
 *
 * @param target the object whose entries are wanted (null: the whole study)
 * @param user   only entries by this user (null: anyone)
 * @param text   only entries whose action, reason, labels or values contain this (case-insensitive; null: any)
 * @param since  only entries made at or after this (null: any time)
 */
record HistoryQuery(HistoryTarget target, String user, String text, Instant since) {

    /** The most entries shown (the newest). */
    static final int LIMIT = 1000;

    /** The entries found (oldest first), how many matched in all, and every user of the trail (sorted). */
    record Found(List<AuditEntry> entries, long matched, List<String> users) {
    }

    Found run(AuditTrail trail) {
        long[] matched = { 0 };
        TreeSet<String> users = new TreeSet<>();
        Predicate<AuditEntry> filter = e -> {
            users.add(e.user());
            if (matches(e)) {
                matched[0]++;
                return true;
            }
            return false;
        };
        List<AuditEntry> entries = trail.find(filter, LIMIT);
        return new Found(entries, matched[0], List.copyOf(users));
    }

    boolean matches(AuditEntry e) {
        if (target != null) {
            return e.concerns(target.id());
        }
        if (user != null && !user.equals(e.user())) {
            return false;
        }
        if (since != null && e.time().isBefore(since)) {
            return false;
        }
        return text == null || text.isBlank() || contains(e, text.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean contains(AuditEntry e, String t) {
        if (has(e.action(), t) || has(e.reason(), t)) {
            return true;
        }
        for (AuditChange c : e.changes()) {
            if (has(c.label(), t) || has(c.feature(), t) || has(c.oldValue(), t) || has(c.newValue(), t)) {
                return true;
            }
            for (AuditObject o : c.objects()) {
                if (has(o.label(), t) || o.values().values().stream().anyMatch(v -> has(v, t))) {
                    return true;
                }
            }
        }
        return e.acknowledges().stream().anyMatch(a -> has(a, t));
    }

    private static boolean has(String s, String t) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(t);
    }
}
