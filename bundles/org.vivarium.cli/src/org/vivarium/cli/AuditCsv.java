package org.vivarium.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditChange.Op;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.study.CsvFormulas;

/**
 * Audit entries as CSV, one row per change (an entry without changes, such as an acknowledgement, one row without):
 * seq, time, user, authenticated, action, reason, op, object id, object label, feature, old, new, hash. Text that a
 * spreadsheet could run as a formula gets a leading apostrophe ({@link CsvFormulas}); numbers are written as they are.
 */
final class AuditCsv {

    static final String HEADER = "seq,time,user,authenticated,action,reason,op,object id,object label,feature,old,new,"
            + "hash";

    private AuditCsv() {
    }

    static void print(List<AuditEntry> entries, PrintStream out) {
        out.print(HEADER + "\n");
        for (AuditEntry e : entries) {
            if (e.changes().isEmpty()) {
                row(e, null, out);
            }
            for (AuditChange c : e.changes()) {
                row(e, c, out);
            }
        }
        out.flush();
    }

    private static void row(AuditEntry e, AuditChange c, PrintStream out) {
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(e.seq()));
        cells.add(e.time().toString());
        cells.add(text(e.user()));
        cells.add(Boolean.toString(e.authenticated()));
        cells.add(text(e.action()));
        cells.add(text(e.reason()));
        if (c == null) {
            cells.addAll(List.of("", "", "", "", "", ""));
        } else {
            cells.add(c.op().name().toLowerCase(Locale.ROOT));
            cells.add(text(c.id()));
            cells.add(text(c.label()));
            cells.add(text(c.feature()));
            boolean table = c.op() != Op.SET && c.op() != Op.MOVE;
            String objects = table ? objects(c) : null;
            cells.add(table ? c.op() == Op.REMOVE || c.op() == Op.UNLINK ? text(objects) : "" : value(c.oldValue()));
            cells.add(table ? c.op() == Op.ADD || c.op() == Op.LINK ? text(objects) : "" : value(c.newValue()));
        }
        cells.add(e.hash() == null ? "" : e.hash());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i > 0 ? "," : "").append(quoted(cells.get(i)));
        }
        out.print(b.append("\n"));
    }

    /** The added or removed objects: one by its label, more by their count and kind. */
    private static String objects(AuditChange c) {
        String line = AuditText.describe(c);
        return c.objects().size() == 1 ? c.objects().get(0).label() : line;
    }

    /** A value: numbers as they are, text guarded against formulas. */
    private static String value(String v) {
        if (v == null) {
            return "";
        }
        try {
            Double.parseDouble(v);
            return v.strip().equals(v) && !v.isEmpty() && Character.isDigit(v.charAt(v.length() - 1)) ? v : text(v);
        } catch (NumberFormatException e) {
            return text(v);
        }
    }

    private static String text(String v) {
        return v == null ? "" : CsvFormulas.neutralise(v);
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
