package org.vivarium.core.audit;

import java.security.MessageDigest;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.vivarium.core.audit.internal.TrailChunks;
import org.vivarium.core.audit.internal.TrailChunks.Block;

/**
 * Feeds the entries of a block to a {@link Chain.Walker} as it inflates them through a fixed buffer: each entry's
 * hash is computed on the way, and only its first bytes (hash, number, keys) are kept - an import's entry of tens of
 * megabytes is never held whole.
 */
final class BlockStream {

    /** How much of an entry is kept for its number and keys (an acknowledgement is far shorter). */
    private static final int KEPT = 1 << 16;
    private static final int HEAD = 65; // 64 hexadecimal digits and a space

    private final Chain.Walker walker;
    private final MessageDigest digest = Chain.sha256();
    private final byte[] kept = new byte[KEPT];
    private int length;

    private BlockStream(Chain.Walker walker) {
        this.walker = walker;
    }

    /** Walks the entries of a block; false when it cannot be inflated (the entries before the damage are walked). */
    static boolean walk(Block block, Chain.Walker walker) {
        BlockStream s = new BlockStream(walker);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(block.deflated());
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return false;
                }
                total += n;
                if (total > TrailChunks.MAX_BLOCK_BYTES) {
                    return false;
                }
                s.feed(buffer, n);
            }
            if (s.length > 0) {
                s.endLine();
            }
            return true;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    private void feed(byte[] bytes, int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '\n') {
                take(bytes, start, i);
                endLine();
                start = i + 1;
            }
        }
        take(bytes, start, n);
    }

    /** Bytes of the current entry: the first ones kept, all after the hash digested. */
    private void take(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && length < HEAD) {
            kept[length++] = bytes[i++];
            if (length == HEAD) {
                digest.reset();
                digest.update(walker.lastBytes());
            }
        }
        if (i < to) {
            digest.update(bytes, i, to - i);
            int room = Math.min(KEPT - Math.min(length, KEPT), to - i);
            if (room > 0) {
                System.arraycopy(bytes, i, kept, length, room);
            }
            length += to - i;
        }
    }

    private void endLine() {
        byte[] computed = length >= HEAD ? digest.digest() : null;
        walker.entry(kept, Math.min(length, KEPT), length <= KEPT, computed);
        length = 0;
    }
}
