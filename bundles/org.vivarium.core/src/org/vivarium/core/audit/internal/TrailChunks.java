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

    /** Compresses entry lines into one block. */
    public static Block block(List<byte[]> lines) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (byte[] line : lines) {
                deflater.setInput(line);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Block(lines.size(), out.toByteArray());
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
