package org.vivarium.cli.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.vivarium.model.support.StudyResource;

/**
 * The blocks of a study file's audit trail as stored ({@value StudyResource#TRAIL_ENTRY}: a header line, then per block
 * 'B', the number of entries, the deflated length and the deflated lines; then the seal), read straight from the file
 * so that a benchmark can say how many bytes an entry takes.
 */
final class TrailFile {

    /** One block: its entries, its bytes in the file and its bytes inflated. */
    record Block(int entries, long stored, long inflated) {
    }

    private TrailFile() {
    }

    /** The size of the trail entry in the study file (0 when it has none). */
    static long entrySize(Path study) throws IOException {
        try (ZipFile zip = new ZipFile(study.toFile())) {
            ZipEntry e = zip.getEntry(StudyResource.TRAIL_ENTRY);
            return e == null ? 0 : e.getSize();
        }
    }

    /** The blocks of the trail, oldest first. */
    static List<Block> blocks(Path study) throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (ZipFile zip = new ZipFile(study.toFile())) {
            ZipEntry e = zip.getEntry(StudyResource.TRAIL_ENTRY);
            if (e == null) {
                return blocks;
            }
            try (InputStream raw = zip.getInputStream(e)) {
                DataInputStream in = new DataInputStream(raw);
                for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                    // the header line
                }
                while (in.read() == 'B') {
                    int count = in.readInt();
                    byte[] deflated = in.readNBytes(in.readInt());
                    blocks.add(new Block(count, deflated.length, inflatedLength(deflated)));
                }
            }
        }
        return blocks;
    }

    private static long inflatedLength(byte[] deflated) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] buffer = new byte[1 << 16];
            long n = 0;
            while (!inflater.finished() && !inflater.needsInput()) {
                n += inflater.inflate(buffer);
            }
            return n;
        } catch (java.util.zip.DataFormatException x) {
            throw new IOException("a damaged block of the audit trail", x);
        } finally {
            inflater.end();
        }
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
