package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.audit.internal.TrailChunks;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestStudies;
import org.vivarium.testing.TrailFiles;

/**
 * A large block of the trail is compressed in pieces side by side; joined they must be one deflate stream that inflates
 * to exactly the lines given, however the pieces cut them, and that the study's own reading (streamed, entry by entry)
 * checks like a block compressed in one go.
 */
class TrailBlocksTest {

    @TempDir
    Path dir;

    /** Lines of every size: tiny, one far longer than a piece, and lengths that fall on the pieces' ends. */
    private static List<byte[]> lines() {
        SplittableRandom random = new SplittableRandom(7);
        List<byte[]> lines = new ArrayList<>();
        for (int size : new int[] {1, 90, 1 << 20, 3, 4096, 333_333, 2, 65_537}) {
            StringBuilder s = new StringBuilder(size);
            while (s.length() < size - 1) {
                s.append(random.nextInt(4) == 0 ? "[12,3,\"C" : ",").append(random.nextInt(100_000)).append(']');
            }
            s.setLength(size - 1);
            lines.add((s + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return lines;
    }

    private static byte[] joined(List<byte[]> lines) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        lines.forEach(all::writeBytes);
        return all.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 64})
    void piecesInflateToTheLinesGiven(int pieces) {
        List<byte[]> lines = lines();
        TrailChunks.Block block = TrailChunks.block(lines, pieces);
        assertThat(block.count()).isEqualTo(lines.size());
        assertThat(TrailChunks.inflate(block)).isEqualTo(joined(lines));
    }

    @Test
    void aSavesNewEntriesAreCutIntoBlocksOfAtMostTheSizeGiven() {
        List<byte[]> lines = lines(); // 1 MB, 333 KB and 65 KB among small lines
        List<TrailChunks.Block> blocks = TrailChunks.blocks(lines, 100_000, false);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int count = 0;
        for (TrailChunks.Block b : blocks) {
            byte[] inflated = TrailChunks.inflate(b);
            assertThat(inflated.length <= 100_000 || b.count() == 1).as("a block over the size holds one line").isTrue();
            all.writeBytes(inflated);
            count += b.count();
        }
        assertThat(all.toByteArray()).isEqualTo(joined(lines));
        assertThat(count).isEqualTo(lines.size());
        assertThat(blocks).hasSize(5); // [1, 90] [1 MB] [3, 4096] [333 KB] [2, 65537]
        assertThat(TrailChunks.blocks(lines, Long.MAX_VALUE, true)).hasSize(1);
        assertThat(TrailChunks.blocks(List.of(), 100, false)).isEmpty();
    }

    @Test
    void piecesAreCompressedApartNotCopied() {
        List<byte[]> lines = lines();
        byte[] one = TrailChunks.block(lines, 1).deflated();
        byte[] three = TrailChunks.block(lines, 3).deflated();
        assertThat(three).isNotEqualTo(one);
        assertThat(three.length).isLessThan(joined(lines).length / 2); // still compressed
    }

    @Test
    void aTrailStoredInPiecesChecksIntact() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store.open("s.vivarium")) {
            EditingDomain domain = AuditTrailTest.domain(open, "re-scored from video");
            for (int i = 0; i < 40; i++) {
                domain.getCommandStack().execute(SetCommand.create(domain, AuditTrailTest.first(open),
                        Literals.MEASUREMENT__VALUE, 100.0 + i));
            }
            open.save();
        }
        Path file = dir.resolve("s.vivarium");
        List<byte[]> lines = TrailFiles.trail(file).lines().stream()
                .map(l -> (l + "\n").getBytes(StandardCharsets.UTF_8)).toList();
        ByteArrayOutputStream trail = new ByteArrayOutputStream();
        TrailChunks.write(trail, List.of(TrailChunks.block(lines, 7)));
        LinkedHashMap<String, byte[]> entries = TrailFiles.entries(file);
        entries.put(TrailFiles.TRAIL, trail.toByteArray());
        TrailFiles.write(file, entries);

        TrailCheck check = AuditTrail.of(store.read("s.vivarium").resource()).check();
        assertThat(check.summary()).isEqualTo("41 entries, chain intact");
    }
}
