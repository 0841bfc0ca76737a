package org.vivarium.core.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of an audit trail's entries (the study file's {@code audit.trail} entry): a header line, then blocks
 * of entries, each compressed on its own. The seal - the number of entries, the last entry's hash and the digest of the
 * study saved with them - is a separate entry at the end of the file ({@code audit.seal}).
 *
 * <pre>
 * "VIVARIUM-AUDIT-TRAIL 1\n"
 * 'B' count:int32 length:int32 deflated lines ("HASH JSON\n" per entry)     - repeated, oldest first
 * </pre>
 * A save copies the blocks it read byte for byte and adds one block for the entries made since: old entries are never
 * rewritten, and saving a long trail costs a copy, not a compression.
 */
public final class TrailChunks {

    static final String HEADER = "VIVARIUM-AUDIT-TRAIL 1\n";
    private static final int BLOCK = 'B';
    /** No block may inflate to more than this (a hostile file could otherwise claim gigabytes). */
    public static final long MAX_BLOCK_BYTES = 1L << 30;
    /** Blocks are compressed in pieces of at least this many bytes, side by side. */
    private static final long PIECE_BYTES = 4L << 20;

    /** One compressed block of entries. */
    public record Block(int count, byte[] deflated) {
    }

    /** What a stored trail holds: its blocks, and what is wrong with the rest (null when nothing). */
    public record Stored(List<Block> blocks, String damage) {
    }

    private TrailChunks() {
    }

    /** Reads stored entries; a damaged or cut-off trail is returned as far as it could be read, with what is wrong. */
    public static Stored read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        List<Block> blocks = new ArrayList<>();
        byte[] header = in.readNBytes(HEADER.length());
        if (!HEADER.equals(new String(header, StandardCharsets.ISO_8859_1))) {
            return new Stored(blocks, "the audit trail does not start with its header");
        }
        try {
            while (true) {
                int tag = in.read();
                if (tag < 0) {
                    return new Stored(blocks, null);
                }
                if (tag != BLOCK) {
                    return new Stored(blocks, "the audit trail is damaged after block " + blocks.size());
                }
                int count = in.readInt();
                int length = in.readInt();
                if (count < 0 || length < 0) {
                    return new Stored(blocks, "the audit trail is damaged after block " + blocks.size());
                }
                byte[] deflated = in.readNBytes(length);
                if (deflated.length != length) {
                    return new Stored(blocks, "the audit trail is cut off in block " + (blocks.size() + 1));
                }
                blocks.add(new Block(count, deflated));
            }
        } catch (EOFException e) {
            return new Stored(blocks, "the audit trail is cut off in block " + (blocks.size() + 1));
        }
    }

    /** Writes stored entries: the old blocks as they are, then the new one (if any). */
    public static void write(OutputStream raw, List<Block> blocks) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.write(HEADER.getBytes(StandardCharsets.ISO_8859_1));
        for (Block b : blocks) {
            out.writeByte(BLOCK);
            out.writeInt(b.count());
            out.writeInt(b.deflated().length);
            out.write(b.deflated());
        }
        out.flush();
    }

    /**
     * Compresses entry lines into one block. A large block (an import's entry runs to tens of megabytes) is cut into
     * pieces compressed side by side, each but the last ending on a byte boundary without closing the stream
     * (SYNC_FLUSH): joined, they are one deflate stream, read like any other.
     */
    public static Block block(List<byte[]> lines) {
        long total = lines.stream().mapToLong(l -> l.length).sum();
        return block(lines, (int) Math.min(Runtime.getRuntime().availableProcessors(), total / PIECE_BYTES));
    }

    /**
     * Compresses entry lines into blocks of at most {@code most} bytes each (a longer line has a block of its own): a
     * save's new entries, however many, never make a block that a reader refuses ({@link #MAX_BLOCK_BYTES}).
     * {@code oneThread}: compress on the calling thread only (it works beside another).
     */
    public static List<Block> blocks(List<byte[]> lines, long most, boolean oneThread) {
        List<Block> blocks = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || i > from && bytes + lines.get(i).length > most) {
                List<byte[]> group = lines.subList(from, i);
                if (!group.isEmpty()) {
                    blocks.add(oneThread ? block(group, 1) : block(group));
                }
                from = i;
                bytes = 0;
            }
            if (i < lines.size()) {
                bytes += lines.get(i).length;
            }
        }
        return blocks;
    }

    /** Compresses entry lines into one block, in (at most) this many pieces side by side. */
    public static Block block(List<byte[]> lines, int pieces) {
        long total = lines.stream().mapToLong(l -> l.length).sum();
        List<List<Slice>> cut = cut(lines, total, Math.max(1, pieces));
        List<CompletableFuture<byte[]>> others = new ArrayList<>();
        for (int i = 1; i < cut.size(); i++) {
            List<Slice> piece = cut.get(i);
            boolean last = i == cut.size() - 1;
            others.add(CompletableFuture.supplyAsync(() -> deflate(piece, last), Workers.pool()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, total / 3 + 64));
        out.writeBytes(deflate(cut.get(0), cut.size() == 1));
        for (CompletableFuture<byte[]> piece : others) {
            out.writeBytes(piece.join());
        }
        return new Block(lines.size(), out.toByteArray());
    }

    /** A part of one line. */
    private record Slice(byte[] line, int from, int to) {
    }

    /** The lines as {@code pieces} runs of about equal length (a long line may be cut). */
    private static List<List<Slice>> cut(List<byte[]> lines, long total, int pieces) {
        List<List<Slice>> cut = new ArrayList<>();
        long each = Math.max(1, (total + pieces - 1) / pieces);
        List<Slice> piece = new ArrayList<>();
        long room = each;
        for (byte[] line : lines) {
            int from = 0;
            while (line.length - from > room) {
                piece.add(new Slice(line, from, from + (int) room));
                from += (int) room;
                cut.add(piece);
                piece = new ArrayList<>();
                room = each;
            }
            piece.add(new Slice(line, from, line.length));
            room -= line.length - from;
        }
        if (!piece.isEmpty() || cut.isEmpty()) {
            cut.add(piece);
        }
        return cut;
    }

    /** Compresses one run; {@code last} ends the stream, otherwise it is flushed to a byte boundary and left open. */
    private static byte[] deflate(List<Slice> piece, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (Slice s : piece) {
                deflater.setInput(s.line(), s.from(), s.to() - s.from());
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The lines of a block, inflated (each without its line break); null when the block is damaged. */
    public static byte[] inflate(Block block) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(block.deflated());
            ByteArrayOutputStream out = new ByteArrayOutputStream(block.deflated().length * 4);
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_BLOCK_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
