package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.audit.internal.Workers;

/**
 * The long tables of measurements among one command's changes, written side by side on the processors there are: an
 * import of 800,000 values is a hundred such tables, or one very long one (cut into pieces of rows once the objects its
 * rows refer to are numbered). Each table is read through its measurements' values only; its {@code refs} - ids and
 * labels - are written by the caller when the text is put together, in the order of the changes.
 */
final class TableWork {

    /** Tables at least this long are handed over. */
    private static final int LONG_TABLE = 1024;
    /** Tables longer than this are written in pieces of this many rows. */
    private static final int PIECE_ROWS = 16_384;

    /** The changes' text up to each table, then the table. */
    private final List<Object> parts = new ArrayList<>();

    /** Whether a table is worth writing beside the caller. */
    static boolean wanted(ChangeTable table) {
        return Workers.PARALLEL && table.measurements() && table.size() >= LONG_TABLE;
    }

    /** Takes the text so far (which it empties) and the table that follows it. */
    void add(StringBuilder text, ChangeTable table) {
        parts.add(text.toString());
        text.setLength(0);
        parts.add(new Written(table));
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * Writes the tables and adds the text taken so far to {@code done}, in order, each table as its parts (head, rows,
     * then its references); nothing is left pending.
     */
    void finish(List<CharSequence> done) {
        List<Written> tables = parts.stream().filter(Written.class::isInstance).map(Written.class::cast).toList();
        Workers.runAll(tables.stream().map(w -> (Runnable) w::begin).toList());
        List<Runnable> pieces = new ArrayList<>();
        tables.forEach(w -> w.plan(pieces));
        Workers.runAll(pieces);
        for (Object p : parts) {
            if (p instanceof String s) {
                done.add(s);
            } else {
                ((Written) p).addTo(done);
            }
        }
        parts.clear();
    }

    /** One table: its head and its rows (in one piece, or in several once its references are numbered). */
    private static final class Written {
        private final ChangeTable table;
        private final StringBuilder head = new StringBuilder(512);
        private final List<StringBuilder> rows = new ArrayList<>();

        Written(ChangeTable table) {
            this.table = table;
        }

        /** Prepares the table; writes it whole when short enough, else numbers its references for the pieces. */
        void begin() {
            table.prepare();
            table.head(head);
            if (table.size() <= PIECE_ROWS) {
                rows.add(table.rows(new StringBuilder(table.size() * ChangeTable.ROW_BYTES), 0, table.size()));
            } else {
                table.numberReferences();
            }
        }

        /** The pieces of a table too long for one. */
        void plan(List<Runnable> pieces) {
            if (!rows.isEmpty()) {
                return;
            }
            for (int from = 0; from < table.size(); from += PIECE_ROWS) {
                int to = Math.min(table.size(), from + PIECE_ROWS);
                StringBuilder piece = new StringBuilder((to - from) * ChangeTable.ROW_BYTES);
                rows.add(piece);
                int start = from;
                pieces.add(() -> table.rows(piece, start, to));
            }
        }

        void addTo(List<CharSequence> done) {
            done.add(head);
            done.addAll(rows);
            StringBuilder tail = new StringBuilder(64 * table.references() + 16);
            table.tail(tail);
            done.add(tail.append('}'));
        }
    }
}
