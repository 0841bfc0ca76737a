package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.support.StudyResource;
import org.vivarium.ui.audit.HistoryView;
import org.vivarium.ui.audit.TrailProblems;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.session.ReasonDialog;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * The audit trail in the workbench, driven by real keystrokes: typing over a recorded value in the entry grid asks for
 * a reason (typed, Enter) that the saved file's trail keeps with the old and new value; Cancel leaves the value and
 * the trail as they were; a first value asks nothing; the History view shows the entries of the selected cell and
 * follows the open study; a study whose trail was tampered with opens read-only until the break is acknowledged.
 */
class AuditTrailUITest {

    private final DialogAnswers answers = new DialogAnswers();
    private Path demo;

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void answerReasonsHere() {
        Ui.flush(); // starts the answers of other tests
        ReasonAnswers.off();
    }

    @AfterEach
    void restore() throws Exception {
        ReasonAnswers.on();
        BenchUi.restore();
        if (demo != null && !StudySessions.current().file().equals(demo)) {
            Ui.page().closeAllEditors(false);
            StudySessions.close();
            assertThat(OpenStudies.open(Ui.window().getShell(), demo)).isTrue();
            Ui.flush();
        }
    }

    /** Opens a copy of the demo study (other tests expect the demo's cells as they were) and returns its session. */
    private StudySession openCopy() throws Exception {
        demo = StudySessions.current().file();
        assertThat(org.vivarium.ui.handlers.SaveStudy.run(Ui.window().getShell())).isTrue();
        Path copy = dir.resolve("audit.vivarium");
        Files.copy(demo, copy);
        Ui.page().closeAllEditors(false);
        assertThat(OpenStudies.open(Ui.window().getShell(), copy)).isTrue();
        Ui.flush();
        return StudySessions.current();
    }

    /** The first row of the sheet whose first measure is empty (an active animal). */
    private static int emptyRow(EntryEditor editor) {
        for (int r = 0; r < editor.sheet().rowCount(); r++) {
            if (editor.sheet().measurement(r, 0) == null && editor.sheet().row(r).status().isEmpty()) {
                return r;
            }
        }
        throw new AssertionError("no empty cell in " + editor.assaySession().getName());
    }

    private static void typeInto(EntryEditor editor, int row, String keys) {
        editor.select(row, 0);
        Ui.flush();
        Keyboard.focus(editor.table());
        Keyboard.type(keys);
        Keyboard.settle(100);
    }

    /** Answers the reason dialog as a person: types in its combo and presses Enter (or Esc to cancel). */
    private void answerReason(String keys, List<String> seen) {
        answers.answer(ReasonDialog.TITLE, shell -> {
            seen.add(texts(shell));
            Combo combo = Widgets.all(shell, Combo.class).get(0);
            assertThat(Widgets.button(shell, "OK", 0).isEnabled()).as("OK is disabled while empty").isFalse();
            Keyboard.focus(combo);
            Keyboard.type(keys.replace("\n", ""));
            BenchUi.screenshot("reason-dialog");
            Keyboard.type("\n");
            if (!shell.isDisposed()) { // Enter did not close it: say so, and close it so that the test goes on
                seen.add("still open after the keys");
                Widgets.press(Widgets.button(shell, "OK", 0));
            }
        });
    }

    private static String texts(Shell shell) {
        StringBuilder b = new StringBuilder();
        for (org.eclipse.swt.widgets.Label l : Widgets.all(shell, org.eclipse.swt.widgets.Label.class)) {
            b.append(l.getText()).append('\n');
        }
        return b.toString();
    }

    private static List<AuditEntry> savedTrail(StudySession session) throws Exception {
        ReadStudy read = FolderStudyStore.containing(session.file()).read(session.file().getFileName().toString());
        AuditTrail trail = AuditTrail.of(read.resource());
        assertThat(trail.check().usable()).as(trail.check().summary()).isTrue();
        return trail.entries();
    }

    @Test
    void typingOverAValueAsksForTheReasonWhichTheSavedTrailKeeps() throws Exception {
        StudySession session = openCopy();
        TodayView today = BenchUi.openBench();
        EntryEditor fst = BenchUi.openEntry(today, "FST 1 h");
        HistoryView history = (HistoryView) Ui.page().findView(HistoryView.ID);
        assertThat(history).as("the Bench perspective shows the History view").isNotNull();
        int row = emptyRow(fst);
        long before = session.trail().size();
        DialogWatch watch = DialogWatch.start(ReasonDialog.TITLE);
        typeInto(fst, row, "100\n");
        watch.stop();
        assertThat(watch.seen).as("a first value needs no reason").isFalse();
        assertThat(fst.sheet().measurement(row, 0)).as("typed in row " + row + ": " + fst.message() + " / anchor "
                + fst.anchor() + " / focus " + Display.getCurrent().getFocusControl()).isNotNull();
        assertThat(fst.sheet().measurement(row, 0).getValue()).isEqualTo(100);
        assertThat(session.trail().size()).as("the first value is an entry too").isEqualTo(before + 1);

        List<String> seen = new java.util.ArrayList<>();
        answerReason("video re-scored\n", seen);
        typeInto(fst, row, "130\n");
        answers.failIfAny("the reason for typing over 100");
        assertThat(seen).as("asked once, closed by Enter").hasSize(1);
        assertThat(seen.get(0)).contains("This changes recorded data:").contains("value of");
        assertThat(fst.sheet().measurement(row, 0).getValue()).isEqualTo(130);
        assertThat(session.trail().size()).as("one entry for the command").isEqualTo(before + 2);

        fst.select(row, 0);
        Ui.flush();
        Ui.waitUntil(() -> !history.rows().isEmpty(), "the History view shows the selected cell's entries");
        assertThat(history.infoText()).startsWith("Selection: ").contains(" entries");
        org.vivarium.model.Animal animal = (org.vivarium.model.Animal) fst.sheet().row(row).unit();
        assertThat(history.infoText()).as("a blinded cell is named by its code").contains(animal.getBlindCode())
                .doesNotContain(animal.getId());
        assertThat(history.rows().size()).as("the first value and the change").isGreaterThanOrEqualTo(2);
        assertThat(history.rows().get(0)).contains("video re-scored");
        assertThat(String.join(" ", history.rows().get(0))).contains("'100' \u2192 '130'");
        assertThat(history.stateText()).contains("chain intact - last hash ");
        BenchUi.screenshot("history-selection");

        assertThat(org.vivarium.ui.handlers.SaveStudy.run(Ui.window().getShell())).isTrue();
        AuditEntry last = savedTrail(session).get((int) before + 1);
        assertThat(last.reason()).isEqualTo("video re-scored");
        AuditChange change = last.changes().get(0);
        assertThat(change.feature()).isEqualTo("value");
        assertThat(change.oldValue()).isEqualTo("100");
        assertThat(change.newValue()).isEqualTo("130");
        StudyResource r = (StudyResource) session.study().eResource();
        assertThat(change.id()).isEqualTo(r.idOf(fst.assaySession()) + "/" + r.idOf(fst.sheet().row(row).unit())
                + "/" + r.idOf(fst.sheet().measure(0)));
    }

    @Test
    void cancellingTheReasonLeavesTheValueAndTheTrail() throws Exception {
        StudySession session = openCopy();
        TodayView today = BenchUi.openBench();
        EntryEditor fst = BenchUi.openEntry(today, "FST 1 h");
        int row = emptyRow(fst);
        typeInto(fst, row, "90\n");
        long before = session.trail().size();
        List<String> seen = new java.util.ArrayList<>();
        answers.answer(ReasonDialog.TITLE, shell -> {
            seen.add(shell.getText());
            Keyboard.focus(Widgets.all(shell, Combo.class).get(0));
            Keyboard.type("not sure");
            Widgets.press(Widgets.button(shell, "Cancel (do not change)", 0));
        });
        typeInto(fst, row, "95\n");
        answers.failIfAny("cancelling the reason");
        assertThat(seen).hasSize(1);
        assertThat(fst.sheet().measurement(row, 0).getValue()).as("the value is taken back").isEqualTo(90);
        assertThat(session.trail().size()).as("no entry").isEqualTo(before);
        assertThat(fst.message()).contains("Not changed: a reason is required to change value of");
        assertThat(org.vivarium.ui.handlers.SaveStudy.run(Ui.window().getShell())).isTrue();
        assertThat(savedTrail(session)).hasSize((int) before);
    }

    @Test
    void aTamperedStudyOpensReadOnlyUntilTheBreakIsAcknowledged() throws Exception {
        StudySession session = StudySessions.current();
        demo = session.file();
        assertThat(org.vivarium.ui.handlers.SaveStudy.run(Ui.window().getShell())).isTrue();
        Path tampered = dir.resolve("tampered.vivarium");
        zeroStudyDigest(demo, tampered);
        TodayView today = BenchUi.openBench();
        HistoryView history = (HistoryView) Ui.page().findView(HistoryView.ID);

        List<String> messages = new java.util.ArrayList<>();
        answers.answer(TrailProblems.TITLE, shell -> {
            messages.add(texts(shell));
            Widgets.press(Widgets.button(shell, "Keep read-only", 0));
        });
        assertThat(OpenStudies.open(Ui.window().getShell(), tampered)).isTrue();
        answers.failIfAny("the broken trail");
        Ui.flush();
        StudySession opened = StudySessions.current();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).contains("The audit trail of tampered.vivarium is broken: ")
                .contains("The study is opened read-only.");
        assertThat(opened.isReadOnly()).isTrue();
        assertThat(opened.domain().isReadOnly(opened.study().eResource())).isTrue();
        Ui.waitUntil(() -> history.stateText().startsWith("Audit trail broken"), "the History view follows");
        assertThat(history.rows()).as("the other study's entries are gone").isEmpty();
        BenchUi.screenshot("history-broken");

        EntryEditor fst = BenchUi.openEntry(today, "FST 1 h");
        assertThat(fst.message()).contains("Read-only: the audit trail is broken");
        int row = emptyRow(fst);
        typeInto(fst, row, "77\n");
        Keyboard.type("\u001b");
        assertThat(fst.sheet().measurement(row, 0)).as("a read-only grid takes nothing").isNull();

        answers.answer(TrailProblems.ACKNOWLEDGE_TITLE, shell -> {
            Text reason = Widgets.all(shell, Text.class).get(0);
            Keyboard.focus(reason);
            Keyboard.type("restored from backup");
            Widgets.press(Widgets.button(shell, "OK", 0));
        });
        Button acknowledge = Widgets.button(history.getSite().getShell(), "Acknowledge...", 0);
        assertThat(acknowledge.isVisible()).isTrue();
        Widgets.press(acknowledge);
        answers.failIfAny("acknowledging");
        Ui.flush();
        assertThat(opened.isReadOnly()).isFalse();
        assertThat(opened.isDirty()).as("the acknowledgement is saved at once").isFalse();
        List<AuditEntry> saved = savedTrail(opened);
        AuditEntry ack = saved.get(saved.size() - 1);
        assertThat(ack.action()).isEqualTo(AuditTrail.ACKNOWLEDGE_ACTION);
        assertThat(ack.reason()).isEqualTo("restored from backup");
        assertThat(ack.acknowledges()).isNotEmpty();
        Ui.waitUntil(() -> history.stateText().contains("broken trail acknowledged"), "the header shows it");

        EntryEditor editable = (EntryEditor) Ui.page().getActiveEditor();
        typeInto(editable, row, "77\n");
        assertThat(editable.sheet().measurement(row, 0).getValue()).as("editable again").isEqualTo(77);
    }

    /** Writes a copy of a study file whose trail's seal names a study digest of zeros (the study "changed"). */
    static void zeroStudyDigest(Path from, Path to) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(from))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        String trail = new String(entries.get("audit.seal"), StandardCharsets.ISO_8859_1);
        String zeroed = trail.replaceFirst("\"study\":\"[0-9a-f]{64}\"", "\"study\":\"" + "0".repeat(64) + "\"");
        assertThat(zeroed).as("the seal names the study's digest").isNotEqualTo(trail);
        entries.put("audit.seal", zeroed.getBytes(StandardCharsets.ISO_8859_1));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** Watches for a dialog of a title while something runs, closing it if it opens (it should not). */
    private static final class DialogWatch {
        private final String title;
        private boolean seen;
        private boolean stopped;

        private DialogWatch(String title) {
            this.title = title;
        }

        static DialogWatch start(String title) {
            DialogWatch w = new DialogWatch(title);
            Display display = Display.getCurrent();
            Runnable[] poll = new Runnable[1];
            poll[0] = () -> {
                if (w.stopped) {
                    return;
                }
                Shell active = display.getActiveShell();
                if (active != null && title.equals(active.getText())) {
                    w.seen = true;
                    active.close();
                }
                display.timerExec(50, poll[0]);
            };
            display.timerExec(50, poll[0]);
            return w;
        }

        void stop() {
            stopped = true;
        }
    }

}
