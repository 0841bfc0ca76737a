package org.vivarium.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.vivarium.core.audit.internal.Json;
import org.vivarium.core.audit.internal.TrailChunks;
import org.vivarium.core.audit.internal.TrailChunks.Block;

/**
 * The hash chain of a trail: each entry's hash is SHA-256 over the previous entry's hash (32 bytes) and the entry's
 * JSON; the first entry's previous hash is SHA-256 of "vivarium audit trail". Checking walks every entry once, straight
 * from the compressed blocks.
 */
final class Chain {

    static final String GENESIS = hex(sha256().digest("vivarium audit trail".getBytes(StandardCharsets.US_ASCII)));
    private static final int HASH_LENGTH = 64;
    /** How the line of an entry withheld from a blinded user ends (see AuditTrail.withheldLine). */
    static final String WITHHELD_END = ",\"withheld\":true,\"changes\":[]}";
    private static final byte[] ACK_KEY = "acknowledges\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHANGES_KEY = "changes\":".getBytes(StandardCharsets.US_ASCII);

    private Chain() {
    }

    /** Receives lines: bytes from (inclusive) to (exclusive), without the line break. */
    interface Lines {
        void accept(byte[] bytes, int from, int to);
    }

    record Result(long entries, String lastHash, List<TrailCheck.Problem> problems) {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Checks one stored line ("HASH JSON") against the hash before it and the number it should have: null when it
     * follows, else what is wrong (in the words of a file trail's check).
     */
    static String checkLine(String line, String previous, long expected) {
        String prefix = "{\"seq\":";
        if (line.length() < HASH_LENGTH + 2 || line.charAt(HASH_LENGTH) != ' '
                || !line.startsWith(prefix, HASH_LENGTH + 1)) {
            return "entry " + expected + ": unreadable";
        }
        int from = HASH_LENGTH + 1 + prefix.length();
        int to = from;
        while (to < line.length() && Character.isDigit(line.charAt(to))) {
            to++;
        }
        long seq = to == from || to - from > 18 ? -1 : Long.parseLong(line, from, to, 10);
        if (seq != expected) {
            return seq < 0 ? "entry " + expected + ": unreadable"
                    : "entry " + expected + ": out of order (entry " + seq + " stands in its place)";
        }
        if (line.endsWith(WITHHELD_END)) {
            return null; // its text is kept from this user: only the entries after it can be checked against its hash
        }
        MessageDigest d = sha256();
        try {
            d.update(HexFormat.of().parseHex(previous));
        } catch (IllegalArgumentException e) {
            d.update(previous.getBytes(StandardCharsets.ISO_8859_1)); // after an entry whose hash is no hash at all
        }
        d.update(line.substring(HASH_LENGTH + 1).getBytes(StandardCharsets.UTF_8));
        return hex(d.digest()).equals(line.substring(0, HASH_LENGTH)) ? null
                : "entry " + seq + ": altered (its hash does not match its content or the entry before it)";
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Calls back with each line of a block; false when the block cannot be inflated. */
    static boolean lines(Block block, Lines lines) {
        byte[] bytes = TrailChunks.inflate(block);
        if (bytes == null) {
            return false;
        }
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.accept(bytes, start, i);
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.accept(bytes, start, bytes.length);
        }
        return true;
    }

    /** Walks the entries of stored blocks: numbers, chained hashes, acknowledgements (may run beside other work). */
    static Walker walk(List<Block> blocks) {
        Walker w = new Walker();
        for (Block b : blocks) {
            if (!BlockStream.walk(b, w) && w.problems.isEmpty()) {
                w.problem(w.expected, "entry " + w.expected + " and after: a block of the audit trail is damaged");
            }
        }
        return w;
    }

    /** The outcome of a walk, with what the rest of the stored trail and its seal say about the study. */
    static Result finish(Walker w, String damage, String seal, byte[] studyDigest) {
        if (damage != null) {
            w.problem(w.expected, damage + " (after entry " + (w.expected - 1) + ")");
        }
        seal(seal, studyDigest, w);
        List<TrailCheck.Problem> problems = new ArrayList<>();
        for (TrailCheck.Problem p : w.problems) {
            problems.add(new TrailCheck.Problem(p.entry(), p.text(), w.acknowledged.get(p.text())));
        }
        return new Result(w.expected - 1, w.last(), problems);
    }

    private static void seal(String sealText, byte[] studyDigest, Walker w) {
        long entries = w.expected - 1;
        if (sealText == null) {
            w.problem(0, "the audit trail is cut short: it ends after entry " + entries + " without its seal");
            return;
        }
        Map<?, ?> seal;
        try {
            seal = (Map<?, ?>) Json.parse(sealText);
        } catch (RuntimeException e) {
            w.problem(0, "the audit trail's seal is damaged (" + e.getMessage() + ")");
            return;
        }
        long sealed = seal.get("entries") instanceof Double d ? d.longValue() : -1;
        if (sealed != entries) {
            w.problem(Math.min(sealed, entries) + 1, "the audit trail is cut short or extended: it has " + entries
                    + " entries, its seal names " + sealed);
        } else if (!w.last().equals(seal.get("last"))) {
            w.problem(entries, "entry " + entries + ": the last entry is not the one the trail was sealed with");
        } else if (!hex(studyDigest).equals(seal.get("study"))) {
            w.problem(entries + 1, "the study was changed without an audit entry (after entry " + entries + ")");
        }
    }

    /**
     * Walks the lines: numbers in order, hashes chained; remembers acknowledgements. Hashes are compared as bytes with
     * one digest for the whole walk (a trail may hold millions of entries).
     */
    static final class Walker {
        long expected = 1;
        String last = GENESIS;
        private byte[] lastBytes = HexFormat.of().parseHex(GENESIS);
        private final byte[] stored = new byte[HASH_LENGTH / 2];
        private final MessageDigest digest = sha256();
        final List<TrailCheck.Problem> problems = new ArrayList<>();
        final Map<String, String> acknowledged = new HashMap<>();

        /** The hash the next entry is chained to. */
        byte[] lastBytes() {
            return lastBytes;
        }

        /**
         * One entry: its first {@code length} bytes (all of it when {@code whole}) and the hash computed over the
         * previous hash and its JSON (null when the line is too short to hold a hash).
         */
        void entry(byte[] bytes, int length, boolean whole, byte[] computed) {
            long seq = seq(bytes, 0, length);
            if (length < HASH_LENGTH + 2 || bytes[HASH_LENGTH] != ' ' || seq < 0 || computed == null) {
                problem(expected, "entry " + expected + ": unreadable");
                expected++;
                return;
            }
            int json = HASH_LENGTH + 1;
            boolean hex = parseHex(bytes, 0, stored);
            boolean matches = hex && Arrays.equals(computed, stored);
            if (seq > expected) {
                problem(expected, "entry " + expected + (seq == expected + 1 ? " is" : " to " + (seq - 1) + " are")
                        + " missing (entry " + seq + " follows entry " + (expected - 1) + ")");
            } else if (seq < expected) {
                problem(expected, "entry " + expected + ": out of order (entry " + seq + " stands in its place)");
            } else if (!matches) {
                problem(seq, "entry " + seq + ": altered (its hash does not match its content or the entry before"
                        + " it)");
            }
            if (whole && acknowledges(bytes, json, length)) {
                acknowledgements(new String(bytes, json, length - json, StandardCharsets.UTF_8), seq);
            }
            expected = Math.max(expected, seq) + 1;
            if (hex) {
                lastBytes = stored.clone();
                last = null;
            } else { // not a hash at all: the chain goes on from its text, which no entry can match
                last = new String(bytes, 0, HASH_LENGTH, StandardCharsets.ISO_8859_1);
                lastBytes = sha256().digest(last.getBytes(StandardCharsets.ISO_8859_1));
            }
        }

        /** The hash of the last entry walked (64 hexadecimal digits, or the text where one should be). */
        String last() {
            if (last == null) {
                last = hex(lastBytes);
            }
            return last;
        }

        /** Reads 64 hexadecimal digits as written (lower case) into 32 bytes; false when they are not. */
        private static boolean parseHex(byte[] bytes, int from, byte[] into) {
            for (int i = 0; i < into.length; i++) {
                int hi = digit(bytes[from + 2 * i]);
                int lo = digit(bytes[from + 2 * i + 1]);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                into[i] = (byte) (hi << 4 | lo);
            }
            return true;
        }

        private static int digit(byte b) {
            return b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : -1;
        }

        private void acknowledgements(String json, long seq) {
            AuditEntry e = EntryCodec.parse(json);
            if (e != null) {
                for (String text : e.acknowledges()) {
                    acknowledged.putIfAbsent(text, "entry " + seq + " by " + e.user());
                }
            }
        }

        void problem(long entry, String text) {
            problems.add(new TrailCheck.Problem(entry, text, null));
        }

        /** The number after {"seq": at the start of the JSON, or -1. */
        private static long seq(byte[] bytes, int from, int to) {
            int i = from + HASH_LENGTH + 1 + "{\"seq\":".length();
            if (i >= to) {
                return -1;
            }
            long n = 0;
            int digits = 0;
            while (i < to && bytes[i] >= '0' && bytes[i] <= '9' && digits < 18) {
                n = n * 10 + bytes[i++] - '0';
                digits++;
            }
            return digits == 0 ? -1 : n;
        }

        /**
         * Whether the entry has the key "acknowledges", which comes before "changes": only the keys are looked at, each
         * a raw {@code ,"} (inside a JSON string a quote is always escaped), up to "changes" - not the changes, which
         * are most of an entry's bytes.
         */
        private static boolean acknowledges(byte[] bytes, int from, int to) {
            for (int i = from; i < to - 1; i++) {
                if (bytes[i] == ',' && bytes[i + 1] == '"') {
                    if (startsWith(bytes, i + 2, to, ACK_KEY)) {
                        return true;
                    }
                    if (startsWith(bytes, i + 2, to, CHANGES_KEY)) {
                        return false;
                    }
                }
            }
            return false;
        }

        private static boolean startsWith(byte[] bytes, int at, int to, byte[] key) {
            if (to - at < key.length) {
                return false;
            }
            for (int j = 0; j < key.length; j++) {
                if (bytes[at + j] != key[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
