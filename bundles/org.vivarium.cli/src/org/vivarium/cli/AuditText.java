package org.vivarium.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditChange.Op;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditObject;

/**
 * Audit entries for people: one block per entry - number, time (UTC), user, action; the reason; one line per change.
 * Added or removed objects are counted, with the first few shown; an entry with many changes (the creation of a
 * study) is summarised by kind of object.
 */
final class AuditText {

    /** Objects shown of an added or removed table. */
    static final int SAMPLES = 5;
    /** Changes shown one by one; an entry with more is summarised. */
    static final int CHANGES = 12;
    private static final int WIDTH = 200;
    /** Characters of a value shown. */
    private static final int VALUE = 90;

    private AuditText() {
    }

    static void print(List<AuditEntry> entries, PrintStream out) {
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.println();
            }
            entry(entries.get(i), out);
        }
    }

    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void entry(AuditEntry e, PrintStream out) {
        out.println("#" + e.seq() + "  " + time(e.time()) + "  " + e.userShown() + "  " + e.action());
        if (e.reason() != null) {
            out.println("  reason: " + e.reason());
        }
        for (String a : e.acknowledges()) {
            out.println("  acknowledges: " + a);
        }
        if (e.changes().size() > CHANGES) {
            summary(e.changes(), out);
            return;
        }
        for (AuditChange c : e.changes()) {
            out.println("  " + cut(describe(c)));
            if (c.op() != Op.SET && c.op() != Op.MOVE) {
                samples(c, out);
            }
        }
    }

    /** One line: as {@link AuditChange#describe()}, but added and removed objects counted with their kind. */
    static String describe(AuditChange c) {
        if (c.op() == Op.SET) {
            String[] values = differing(c.oldValue(), c.newValue());
            return c.label() + ": " + words(c.feature()) + " " + shown(values[0]) + " \u2192 " + shown(values[1]);
        }
        if (c.op() != Op.ADD && c.op() != Op.REMOVE) {
            return c.describe();
        }
        String verb = c.op() == Op.ADD ? "added " : "removed ";
        String what = count(c.objects().size(), kind(c));
        String where = c.op() == Op.ADD ? " to " : " from ";
        boolean plainList = kind(c).replace(" ", "").equalsIgnoreCase(singular(c.feature()).replace(" ", ""));
        return verb + what + where + (plainList || c.feature() == null || c.feature().equals("contents") ? ""
                : words(c.feature()) + " of ") + owner(c);
    }

    /** The first few objects of a table with their values. */
    private static void samples(AuditChange c, PrintStream out) {
        List<AuditObject> objects = c.objects();
        int shown = Math.min(objects.size(), SAMPLES);
        for (int i = 0; i < shown; i++) {
            AuditObject o = objects.get(i);
            String values = values(o);
            out.println("    " + cut(o.label() + (values.isEmpty() ? "" : ": " + values)));
        }
        if (objects.size() > shown) {
            out.println("    ... and " + String.format(Locale.ROOT, "%,d", objects.size() - shown) + " more");
        }
    }

    /** The values worth showing: set, and not already in the label. */
    private static String values(AuditObject o) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> v : o.values().entrySet()) {
            String value = v.getValue();
            if (value == null || value.isEmpty() || value.equals("false") || o.label() != null && o.label().contains(
                    value)) {
                continue;
            }
            String key = words(v.getKey());
            parts.add(value.startsWith(key + " ") ? value : key + " " + value); // "cage 1H-C05", not "cage cage ..."
        }
        return String.join(", ", parts);
    }

    /** Many changes: one line per operation and kind, e.g. "added 1,832 measurements to 12 sessions". */
    private static void summary(List<AuditChange> changes, PrintStream out) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> owners = new LinkedHashMap<>();
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (AuditChange c : changes) {
            boolean table = c.op() != Op.SET && c.op() != Op.MOVE;
            String key = c.op() + "\u0000" + (table ? kind(c) : c.feature()) + "\u0000" + ownerKind(c);
            int[] n = counts.computeIfAbsent(key, k -> new int[1]);
            n[0] += table ? c.objects().size() : 1;
            if (table && !c.objects().isEmpty() && !c.objects().get(0).label().equals(c.objects().get(0).type())) {
                single.putIfAbsent(key, c.objects().get(0).label());
            }
            if (!table) {
                examples.computeIfAbsent(key, k -> new ArrayList<>()).add(describe(c));
            }
            List<String> labels = owners.computeIfAbsent(key, k -> new ArrayList<>());
            String owner = owner(c);
            if (!labels.contains(owner)) {
                labels.add(owner);
            }
        }
        out.println("  " + String.format(Locale.ROOT, "%,d", changes.size()) + " changes, by kind:");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String[] k = e.getKey().split("\u0000", -1);
            Op op = Op.valueOf(k[0]);
            List<String> labels = owners.get(e.getKey());
            String where = labels.size() == 1 ? labels.get(0) : count(labels.size(), k[2]) + " (" + String.join(
                    ", ", labels.subList(0, Math.min(3, labels.size()))) + (labels.size() > 3 ? ", ..." : "") + ")";
            int n = e.getValue()[0];
            String what = n == 1 && single.get(e.getKey()) != null ? single.get(e.getKey()) : count(n, k[1]);
            String line = switch (op) {
                case ADD, LINK -> "added " + what + " to " + where;
                case REMOVE, UNLINK -> "removed " + what + " from " + where;
                case SET -> "set " + words(k[1]) + " of " + where;
                case MOVE -> "moved " + words(k[1]) + " of " + where;
            };
            List<String> shown = examples.getOrDefault(e.getKey(), List.of());
            out.println("    " + cut(shown.size() == 1 ? shown.get(0) : line));
            if (shown.size() > 1) {
                for (String x : shown.subList(0, Math.min(3, shown.size()))) {
                    out.println("      " + cut(x));
                }
                if (shown.size() > 3) {
                    out.println("      ... and " + String.format(Locale.ROOT, "%,d", shown.size() - 3) + " more");
                }
            }
        }
    }

    /** "measurement", "body weight", ... (from the class of the objects; for references, the feature). */
    private static String kind(AuditChange c) {
        String type = c.objects().isEmpty() ? null : c.objects().get(0).type();
        if (type == null) {
            return singular(c.feature() == null ? "object" : c.feature());
        }
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The object changed as people name it ("the allocation record" where it has no name of its own). */
    private static String owner(AuditChange c) {
        return c.label() != null && c.label().equals(c.type()) ? "the " + ownerKind(c) : c.label();
    }

    private static String ownerKind(AuditChange c) {
        String type = c.type() == null ? "object" : c.type();
        if (type.equals("StudyFile")) {
            return "study file";
        }
        return type.equals("AssaySession") ? "session" : type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(
                Locale.ROOT);
    }

    /** A feature as words: "blindingMethod" as "blinding method". */
    private static String words(String feature) {
        return feature == null ? "" : feature.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String shown(String v) {
        return v == null ? "(none)" : "'" + (v.length() > VALUE ? v.substring(0, VALUE - 3) + "..." : v) + "'";
    }

    /** Two long texts without the words they begin with alike ("...; the code was broken on ..."). */
    static String[] differing(String a, String b) {
        if (a == null || b == null || a.length() <= VALUE && b.length() <= VALUE) {
            return new String[] {a, b};
        }
        int same = 0;
        while (same < a.length() && same < b.length() && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        int word = Math.max(a.lastIndexOf(' ', same - 1), 0);
        return word < 24 ? new String[] {a, b} : new String[] {"..." + a.substring(word), "..." + b.substring(word)};
    }

    private static String singular(String feature) {
        if (feature == null) {
            return "";
        }
        String f = feature.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return f.endsWith("ies") ? f.substring(0, f.length() - 3) + "y" : f.endsWith("s") ? f.substring(0,
                f.length() - 1) : f;
    }

    /** "1 measurement", "1,832 measurements", "3 body weights", "2 studies". */
    static String count(int n, String kind) {
        if (n == 1) {
            return "1 " + kind;
        }
        String plural = kind.endsWith("y") && !kind.endsWith("ay") ? kind.substring(0, kind.length() - 1) + "ies"
                : kind + "s";
        return String.format(Locale.ROOT, "%,d ", n) + plural;
    }

    private static String cut(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 3) + "...";
    }
}
