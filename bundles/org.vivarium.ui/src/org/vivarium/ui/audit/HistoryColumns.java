package org.vivarium.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;

/** The texts of the History view: its columns, their tooltips, and the line saying what state the trail is in. */
final class HistoryColumns {

    static final String[] TITLES = { "#", "Time", "User", "Action", "Change (old \u2192 new)", "Reason" };
    static final int[] WIDTHS = { 40, 145, 90, 180, 420, 220 };
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int CHANGES_SHOWN = 3;

    private HistoryColumns() {
    }

    static String text(AuditEntry e, int column) {
        return switch (column) {
            case 0 -> Long.toString(e.seq());
            case 1 -> LOCAL.format(e.time().atZone(ZoneId.systemDefault()));
            case 2 -> e.user();
            case 3 -> e.action();
            case 4 -> changes(e, CHANGES_SHOWN, "; ");
            default -> e.reason() == null ? "" : e.reason();
        };
    }

    /** The tooltip of a cell: the time in UTC, the user as authenticated or not, every change (up to 20). */
    static String tooltip(AuditEntry e, int column) {
        return switch (column) {
            case 1 -> e.time() + " (UTC)";
            case 2 -> e.userShown();
            case 4 -> changes(e, 20, "\n");
            case 5, 3 -> text(e, column);
            default -> "entry " + e.seq() + ", hash " + e.hash().substring(0, 16) + "...";
        };
    }

    private static String changes(AuditEntry e, int shown, String separator) {
        List<String> lines = new java.util.ArrayList<>();
        e.acknowledges().forEach(p -> lines.add("acknowledged: " + p));
        e.changes().stream().map(AuditChange::describe).forEach(lines::add);
        if (lines.size() <= shown) {
            return String.join(separator, lines);
        }
        return String.join(separator, lines.subList(0, shown)) + separator + "and " + (lines.size() - shown)
                + " more";
    }

    /** "148 entries, chain intact - last hash 1a2b3c4d..." or the problem; and whether it is a problem. */
    static String state(AuditTrail trail) {
        TrailCheck check = trail.check();
        long n = trail.size();
        String entries = String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "entry" : "entries");
        String last = n == 0 ? "" : " - last hash " + trail.lastHash().substring(0, 8) + "...";
        if (check.intact()) {
            return entries + ", chain intact" + last;
        }
        if (!check.usable()) {
            return "Audit trail broken, not acknowledged (the study is read-only): " + check.problems().get(0).text();
        }
        return entries + "; broken trail acknowledged: " + check.problems().get(0) + last;
    }

    static boolean problem(AuditTrail trail) {
        return !trail.check().intact();
    }
}
