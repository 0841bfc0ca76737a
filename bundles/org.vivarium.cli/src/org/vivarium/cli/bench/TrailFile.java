package org.vivarium.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.vivarium.core.audit.internal.TrailChunks;
import org.vivarium.model.support.StudyResource;

/**
 * The blocks of a study file's audit trail as stored ({@value StudyResource#TRAIL_ENTRY}, read with {@link TrailChunks})
 * straight from the file, so that a benchmark can say how many bytes an entry takes.
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
                for (TrailChunks.Block b : TrailChunks.read(raw).blocks()) {
                    byte[] inflated = TrailChunks.inflate(b);
                    if (inflated == null) {
                        throw new IOException("a damaged block of the audit trail");
                    }
                    blocks.add(new Block(b.count(), b.deflated().length, inflated.length));
                }
            }
        }
        return blocks;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
