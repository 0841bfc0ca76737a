package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.ui.review.publish.Publication;
import org.vivarium.ui.review.publish.PublishHandler;
import org.vivarium.ui.review.publish.PublishJob;
import org.vivarium.ui.session.StudySessions;

/**
 * File &gt; Publish on the demo study: each publication's dialog is answered with real keystrokes, the file is written
 * by a background job, and the workbench then says where it was written.
 */
class PublishUITest {

    @TempDir
    Path dir;

    private final DialogAnswers answers = new DialogAnswers();
    private final List<String> confirmations = new CopyOnWriteArrayList<>();

    @Test
    void arriveReportAsWordAndPdfNamesTheStudy() throws Exception {
        Path docx = publish(Publication.ARRIVE, "arrive.docx", null);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).contains("ARRIVE").contains(StudySessions.current().study().getId());
        }
        assertPdf(publish(Publication.ARRIVE, "arrive.pdf", null));
    }

    @Test
    void studyReportPrismAndSheetsAreWritten() throws Exception {
        assertPdf(publish(Publication.STUDY_REPORT, "report.pdf", null));
        Path pzfx = publish(Publication.PRISM, "demo.pzfx", null);
        assertThat(Files.readString(pzfx)).contains("GraphPadPrismFile").contains("<Table");
        assertPdf(publish(Publication.CAGE_CARDS, "cards.pdf", dialog -> choose(dialog, "Paper:", 1)));
        assertPdf(publish(Publication.DOSING_SHEETS, "dosing.pdf", dialog -> choose(dialog, "Cohort:", 1)));
        assertPdf(publish(Publication.ENTRY_SHEETS, "entry.pdf", null));
    }

    @Test
    void aFileNameOfAnotherKindOrInAMissingFolderCannotBeWritten() throws Exception {
        answer(Publication.STUDY_REPORT.title(), dialog -> {
            Text file = (Text) Widgets.fieldAfter(dialog, "File:");
            type(file, dir.resolve("report.docx").toString());
            assertThat(button(dialog, "Write").isEnabled()).isFalse();
            type(file, dir.resolve("missing").resolve("report.pdf").toString());
            assertThat(button(dialog, "Write").isEnabled()).isFalse();
            type(file, dir.resolve("report.pdf").toString());
            assertThat(button(dialog, "Write").isEnabled()).isTrue();
            Widgets.press(button(dialog, "Cancel"));
        });
        execute(Publication.STUDY_REPORT);
        assertThat(dir.resolve("report.pdf")).doesNotExist();
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    /** Runs File > Publish > publication, types the file name, sets options, writes and reads the confirmation. */
    private Path publish(Publication publication, String fileName, Consumer<Shell> options) throws Exception {
        Path out = dir.resolve(fileName);
        answer(publication.title(), dialog -> {
            type((Text) Widgets.fieldAfter(dialog, "File:"), out.toString());
            if (options != null) {
                options.accept(dialog);
            }
            Button write = button(dialog, "Write");
            assertThat(write.isEnabled()).as("Write is enabled for " + out).isTrue();
            Widgets.press(write);
        });
        execute(publication);
        confirmations.clear();
        answer(publication.title(), shown -> {
            Widgets.all(shown, Label.class).forEach(l -> confirmations.add(l.getText()));
            Widgets.press(button(shown, "OK"));
        });
        Job.getJobManager().join(PublishJob.FAMILY, null);
        Ui.waitUntil(() -> !confirmations.isEmpty() || answers.failed(), "the confirmation of " + fileName);
        failIfAny();
        assertThat(String.join("\n", confirmations)).contains("Wrote").contains(out.toString());
        assertThat(out).isRegularFile();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".tmp"));
        }
        return out;
    }

    private void execute(Publication publication) throws Exception {
        answers.clear();
        ICommandService commands = Ui.window().getService(ICommandService.class);
        Command command = commands.getCommand("org.vivarium.ui.review.publish");
        ParameterizedCommand parameterized = ParameterizedCommand.generateCommand(command,
                Map.of(PublishHandler.PARAMETER, publication.name()));
        Ui.window().getService(IHandlerService.class).executeCommand(parameterized, null);
        Ui.flush();
        failIfAny();
    }

    private void failIfAny() {
        answers.failIfAny("File > Publish");
    }

    private static void assertPdf(Path pdf) throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("%%EOF");
    }

    /**
     * Chooses the n-th item of the combo after the label as a click in its list does (GTK's read-only combo ignores
     * synthetic arrow keys): focus, select, selection event.
     */
    private static void choose(Shell dialog, String label, int index) {
        Combo combo = (Combo) Widgets.fieldAfter(dialog, label);
        Keyboard.focus(combo);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertThat(combo.getSelectionIndex()).as(label).isEqualTo(index);
    }

    private static void type(Text field, String text) {
        Keyboard.focus(field);
        field.selectAll();
        Keyboard.type(text);
    }

    private static Button button(Shell dialog, String text) {
        return Widgets.button(dialog, text, 0);
    }

    private void answer(String title, Consumer<Shell> answer) {
        answers.answer(title, answer);
    }
}
