package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.testing.TestStudies;

/**
 * The History view reads the trail on the UI thread while the workbench saves the study on another: a save moves the
 * new entries from the unsaved list to the stored blocks, and a reader in between must see every entry once, never
 * fail (it threw ConcurrentModificationException).
 */
class TrailWhileSavingTest {

    @TempDir
    Path dir;

    @Test
    void readingTheTrailWhileSavesStoreItsEntriesSeesEachEntryOnce() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("s.vivarium", TestStudies.small()).close();
        try (OpenStudy open = store.open("s.vivarium")) {
            AuditTrail trail = AuditTrail.of(open.resource());
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
                int reads = 0;
                while (!done.get()) {
                    List<AuditEntry> entries = trail.entries();
                    for (int i = 0; i < entries.size(); i++) {
                        assertThat(entries.get(i).seq()).as("entry %d of %d", i, entries.size()).isEqualTo(i + 1);
                    }
                    reads++;
                }
                return reads;
            });
            try {
                for (int i = 0; i < 150; i++) {
                    for (int k = 0; k < 20; k++) {
                        trail.append("Note " + i + "." + k, null, "[]", List.of());
                    }
                    open.save();
                }
            } finally {
                done.set(true);
            }
            assertThat(reader.get()).isPositive();
            assertThat(trail.size()).isEqualTo(1 + 150 * 20);
        }
        try (OpenStudy open = store.open("s.vivarium")) {
            assertThat(AuditTrail.of(open.resource()).check().summary()).isEqualTo("3001 entries, chain intact");
        }
    }
}
