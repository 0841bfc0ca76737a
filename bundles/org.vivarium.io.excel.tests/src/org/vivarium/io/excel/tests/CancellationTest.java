package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.StudyFileImport;

/** An import can be cancelled while it reads; nothing is written then. */
class CancellationTest {

    @TempDir
    Path dir;

    /** Reports progress like a job's monitor and asks to cancel after a few steps. */
    static final class Impatient extends NullProgressMonitor {
        int worked;
        final List<String> tasks = new java.util.ArrayList<>();

        @Override
        public void beginTask(String name, int totalWork) {
            tasks.add(name);
        }

        @Override
        public void worked(int work) {
            if (++worked == 3) {
                setCanceled(true);
            }
        }
    }

    @Test
    void cancellingWhileReadingLeavesTheStudyAlone() throws Exception {
        Path study = ImportFixtures.save(dir, ImportFixtures.study());
        byte[] before = Files.readAllBytes(study);
        Object[][] rows = new Object[20_001][];
        rows[0] = new Object[] {"Animal", "Body weight (g)", "Session"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {i % 2 == 0 ? "A1" : "A2", 20, "BW 0 h"};
        }
        Path big = Workbooks.xlsx(dir.resolve("big.xlsx"), "Weights", rows);
        Impatient monitor = new Impatient();
        assertThatThrownBy(() -> StudyFileImport.run(study, big, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT,
                false, monitor)).isInstanceOf(OperationCanceledException.class);
        assertThat(monitor.worked).isEqualTo(3);
        assertThat(monitor.tasks).containsExactly("Reading big.xlsx");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
    }
}
