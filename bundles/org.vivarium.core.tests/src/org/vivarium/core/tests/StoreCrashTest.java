package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage;
import org.vivarium.testing.ChildJvm;
import org.vivarium.testing.TestStudies;

/**
 * Crash safety: another JVM saves a study in a loop and is killed (SIGKILL) at random moments; the study must then
 * load, be one complete version (the last saved, or the one being saved) with its audit trail intact and ending with
 * that version's entry, and not stay locked.
 */
class StoreCrashTest {

    private static final int MEASUREMENTS = 300_000;
    private static final List<Class<?>> CLASSPATH = List.of(VivariumPackage.class, EObject.class, XMLResource.class,
            URI.class, FolderStudyStore.class, TestStudies.class);

    @TempDir
    Path dir;

    @Test
    void killingTheWriterAtAnyMomentLeavesALoadableStudy() throws Exception {
        Path file = dir.resolve("crash.vivarium");
        FolderStudyStore store = new FolderStudyStore(dir);
        int expected;
        try (OpenStudy open = store.create("crash.vivarium", bigStudy())) {
            open.study().setTitle("v0");
            open.save();
            expected = count(open.study());
        }
        Random random = new Random(11);
        int lastSaved = 0;
        int killedWhileSaving = 0;
        for (int round = 0; round < 6; round++) {
            Process child = ChildJvm.builder(SaveLoop.class, CLASSPATH, file.toString()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int[] seen = waitForSaving(out, 2);
            Thread.sleep(random.nextInt(250));
            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroy* it leaves the output readable
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int[] last = drain(out, seen);
            ReadStudy read = store.read("crash.vivarium");
            int title = Integer.parseInt(read.study().getTitle().substring(1));
            assertThat(title).as("round %d: saved %d, saving %d", round, last[0], last[1])
                    .isBetween(last[0], Math.max(last[0], last[1]));
            assertThat(count(read.study())).isEqualTo(expected);
            AuditTrail trail = AuditTrail.of(read.resource()); // creation, "v0", then one entry per save of any round
            assertThat(trail.check().intact()).as("round %d: %s", round, trail.check().summary()).isTrue();
            assertThat(trail.size()).as("round %d", round).isGreaterThanOrEqualTo(title + 2);
            assertThat(trail.entries().get((int) trail.size() - 1).changes().get(0).newValue()).isEqualTo("v" + title);
            lastSaved = title;
            killedWhileSaving += last[1] > last[0] ? 1 : 0;
        }
        assertThat(killedWhileSaving).as("rounds killed in the middle of a save").isGreaterThanOrEqualTo(3);
        try (OpenStudy reopened = store.open("crash.vivarium")) { // the dead writer's lock does not block
            assertThat(reopened.study().getTitle()).isEqualTo("v" + lastSaved);
            try (var files = java.nio.file.Files.list(dir)) { // interrupted saves' temporary files are cleaned up
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aLiveWriterInAnotherProcessBlocksWritersWithItsProcessId() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("held.vivarium", TestStudies.small()).close();
        Process child = ChildJvm.builder(SaveLoop.class, CLASSPATH, dir.resolve("held.vivarium").toString(), "hold")
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> store.open("held.vivarium"))
                    .hasMessageContaining("open for editing by").hasMessageContaining("process " + child.pid());
            assertThat(store.read("held.vivarium").study().getId()).isEqualTo("TEST-1");
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Study bigStudy() {
        Study study = TestStudies.small();
        AssaySession session = Studies.sessions(study).get(0);
        for (int i = 0; i < MEASUREMENTS; i++) {
            TestStudies.measure(session, "A" + (1 + i % 2), "latency", i % 300);
        }
        return study;
    }

    private static int count(Study study) {
        return Studies.sessions(study).stream().mapToInt(s -> s.getMeasurements().size()).sum();
    }

    /** Reads the child's output until it starts save number n; returns {last saved, last started}. */
    private static int[] waitForSaving(BufferedReader out, int n) throws IOException {
        int[] seen = { 0, 0 };
        String line;
        while ((line = out.readLine()) != null) {
            track(line, seen);
            if (seen[1] >= n) {
                return seen;
            }
        }
        throw new AssertionError("the child JVM ended before saving " + n + " (last line: " + line + ")");
    }

    private static int[] drain(BufferedReader out, int[] seen) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            track(line, seen);
        }
        return seen;
    }

    private static void track(String line, int[] seen) {
        if (line.startsWith("saved ")) {
            seen[0] = Integer.parseInt(line.substring(6).strip());
        } else if (line.startsWith("saving ")) {
            seen[1] = Integer.parseInt(line.substring(7).strip());
        } else if (!line.equals("locked")) {
            throw new AssertionError("child JVM: " + line);
        }
    }
}
