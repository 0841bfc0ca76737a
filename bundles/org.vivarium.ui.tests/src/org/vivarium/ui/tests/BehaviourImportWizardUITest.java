package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.ui.importing.BehaviourImportWizard;
import org.vivarium.ui.importing.BehaviourSourcePage;
import org.vivarium.ui.importing.ImportWizard;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.vivarium.ui.views.StudyNavigator;

/**
 * File > Import Behaviour Exports... on the demo: a folder of exports typed in, the session chosen, every file read
 * with a progress bar, the values previewed with their source, imported and saved; a folder holding a file that is no
 * export shows that file's problem and cannot finish.
 */
class BehaviourImportWizardUITest {

    @TempDir
    Path dir;

    private WizardDialog opened;

    @BeforeEach
    void studyPerspective() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        Ui.page().activate(Ui.page().findView(StudyNavigator.ID));
    }

    private static AssaySession session(Study study, String name) {
        return Studies.sessions(study).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Measurement value(AssaySession s, String animal, String measure) {
        return s.getMeasurements().stream().filter(m -> m.getAnimal() != null && m.getAnimal().getId().equals(animal)
                && m.getMeasure().getName().equals(measure)).findFirst().orElseThrow(() -> new AssertionError("no "
                        + measure + " of " + animal + " in " + s.getName()));
    }

    /** A wizard a failed test left open is closed, so that the next tests find the workbench as usual. */
    @AfterEach
    void closeLeftOpen() {
        if (opened != null && opened.getShell() != null && !opened.getShell().isDisposed()) {
            opened.close();
            Ui.flush();
        }
    }

    private BehaviourImportWizard open(WizardDialog[] dialog) {
        BehaviourImportWizard wizard = new BehaviourImportWizard(StudySessions.current());
        dialog[0] = new WizardDialog(Ui.window().getShell(), wizard);
        opened = dialog[0];
        dialog[0].setBlockOnOpen(false);
        dialog[0].setPageSize(760, 440);
        dialog[0].open();
        Ui.flush();
        return wizard;
    }

    /** Types the folder into the first field through key events and presses Enter. */
    private static void typePath(Shell shell, Path folder) {
        Text field = (Text) Widgets.fieldAfter(shell, "Folder or file:");
        Keyboard.focus(field);
        field.selectAll();
        Keyboard.type(folder.toString() + "\n");
        Keyboard.settle(100);
    }

    /** Chooses a session as a click in the combo's list does (GTK's read-only combo ignores synthetic arrows). */
    private static void chooseSession(Shell shell, String name) {
        Combo combo = (Combo) Widgets.fieldAfter(shell, "Session:");
        Keyboard.focus(combo);
        combo.select(combo.indexOf(name));
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertThat(combo.getText()).isEqualTo(name);
    }

    private static Button button(Shell shell, String text) {
        return Widgets.button(shell, text, 0);
    }

    @Test
    void aFolderOfExportsIsScoredPreviewedImportedAndSaved() throws Exception {
        StudySession session = StudySessions.current();
        int before = session(session.study(), "FST 1 h").getMeasurements().size();
        Path folder = Files.createDirectories(dir.resolve("fst 1 h"));
        BehaviourExportFiles.ethoVision(folder.resolve("1h-77.txt"), "1H-77"); // animals the other tests leave alone
        Files.writeString(folder.resolve("anymaze.csv"), "Test,Animal,Treatment,Stage,Time immobile (s)\n"
                + "1,1H-78,,,95.5\n");
        WizardDialog[] dialog = new WizardDialog[1];
        BehaviourImportWizard wizard = open(dialog);
        Shell shell = dialog[0].getShell();
        assertThat(button(shell, "&Next >").isEnabled()).as("Next before a folder is chosen").isFalse();

        typePath(shell, folder);
        assertThat(wizard.sourcePage().listed()).containsExactly("1h-77.txt: EthoVision XT raw data",
                "anymaze.csv: ANY-maze results");
        assertThat(wizard.getContainer().getCurrentPage()).as("Enter shows the files; it does not skip the session")
                .isSameAs(wizard.sourcePage());
        assertThat(wizard.sourcePage().chosenSession()).as("no mapping: found from each animal").isNull();
        chooseSession(shell, "FST 1 h");
        BenchUi.screenshot("behaviour-import-source");
        Widgets.press(button(shell, "&Next >"));
        Ui.waitUntil(() -> wizard.canFinish(), "the exports are read and checked: " + wizard.previewPage()
                .summaryText() + wizard.previewPage().problemLines());
        BenchUi.screenshot("behaviour-import-preview");
        assertThat(button(shell, "&Finish").isEnabled()).as("Finish after reading").isTrue();
        assertThat(button(shell, "< &Back").isEnabled()).as("Back after reading").isTrue();
        assertThat(wizard.previewPage().summaryText()).contains("Read 2 files: 0 already present, 3 added");
        String source = "1h-77.txt!1h-77!Trial 1, Arena 1, Subject 1";
        assertThat(wizard.previewPage().valueLines()).as("the values to add, with their source").anySatisfy(
                l -> assertThat(l).startsWith("1H-77 | FST 1 h | ").endsWith(" | " + source)).anySatisfy(
                        l -> assertThat(l).startsWith("1H-78 | FST 1 h | ").contains(" | 95.5 s | ")
                                .contains("anymaze.csv"));
        assertThat(wizard.previewPage().scoringText()).contains("FST 1 h", "120-360 s of trial time");
        assertThat(session.isDirty()).as("nothing changes before Finish").isFalse();
        assertThat(session(session.study(), "FST 1 h").getMeasurements()).hasSize(before);

        Widgets.press(button(shell, "&Finish"));
        Ui.waitUntil(() -> !session.isDirty() && shell.isDisposed(), "the imported study is saved");
        AssaySession fst = session(session.study(), "FST 1 h");
        assertThat(fst.getMeasurements()).hasSize(before + 3);
        assertThat(value(fst, "1H-77", "immobility").getValue()).isCloseTo(BehaviourExportFiles.expectedImmobility(), within(1e-6));
        assertThat(value(fst, "1H-77", "immobility").getSource()).isEqualTo(source);
        assertThat(value(fst, "1H-77", "latency").getValue()).isEqualTo(40.0);
        assertThat(value(fst, "1H-78", "immobility").getValue()).isEqualTo(95.5);
        Study saved = FolderStudyStore.containing(session.file()).read(session.file().getFileName().toString())
                .study();
        AssaySession savedFst = session(saved, "FST 1 h");
        assertThat(value(savedFst, "1H-77", "immobility").getValue()).isCloseTo(BehaviourExportFiles.expectedImmobility(), within(1e-6));
        assertThat(value(savedFst, "1H-77", "immobility").getSource()).isEqualTo(source);
        assertThat(savedFst.getScoring()).contains("120-360 s of trial time");

        // one undoable change: undo takes all of it back (and leaves the demo as the other tests expect it)
        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertThat(session(session.study(), "FST 1 h").getMeasurements()).hasSize(before);
        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved again");
    }

    @Test
    void aFileThatIsNoExportIsNamedAndNothingCanBeImportedUntilItIsTakenOut() throws Exception {
        StudySession session = StudySessions.current();
        int before = session(session.study(), "FST 1 h").getMeasurements().size();
        Path folder = Files.createDirectories(dir.resolve("trials"));
        BehaviourExportFiles.ethoVision(folder.resolve("1h-79.txt"), "1H-79");
        Files.writeString(folder.resolve("notes.txt"), "FST 1 h, scored by video\n");
        Files.writeString(dir.resolve("trials.mapping.json"), "{\"format\": \"vivarium-import-mapping\", "
                + "\"version\": 1, \"defaults\": {\"session\": \"FST 1 h\"}}");
        WizardDialog[] dialog = new WizardDialog[1];
        BehaviourImportWizard wizard = open(dialog);
        Shell shell = dialog[0].getShell();

        typePath(shell, folder);
        assertThat(wizard.sourcePage().listed()).containsExactly("1h-79.txt: EthoVision XT raw data",
                "notes.txt: " + BehaviourSourcePage.NOT_RECOGNISED);
        assertThat(wizard.sourcePage().chosenSession()).as("the mapping next to the folder is used").isEqualTo(
                "FST 1 h");
        Widgets.press(button(shell, "&Next >"));
        Ui.waitUntil(() -> !wizard.previewPage().summaryText().isEmpty(), "the exports are read");
        BenchUi.screenshot("behaviour-import-problem");
        assertThat(wizard.previewPage().problemLines()).containsExactly("notes.txt: not a behaviour export Vivarium "
                + "recognises (EthoVision XT raw data or statistics, ANY-maze results or time series, BORIS events or "
                + "aggregated events, ezTrack freezing output or batch summary); "
                + "take it out of the folder or import it on its own");
        assertThat(wizard.previewPage().summaryText()).contains("1 problem: nothing will be imported until it is "
                + "fixed");
        assertThat(wizard.canFinish()).isFalse();
        assertThat(button(shell, "&Finish").isEnabled()).isFalse();

        // the technician takes the file out of the folder, goes back and on: the folder is read as it is now
        Files.delete(folder.resolve("notes.txt"));
        Widgets.press(button(shell, "< &Back"));
        assertThat(wizard.sourcePage().listed()).containsExactly("1h-79.txt: EthoVision XT raw data");
        Widgets.press(button(shell, "&Next >"));
        Ui.waitUntil(() -> wizard.canFinish(), "the folder is read again: " + wizard.previewPage().summaryText());
        assertThat(wizard.previewPage().problemLines()).isEmpty();
        assertThat(button(shell, "&Finish").isEnabled()).isTrue();
        Widgets.press(button(shell, "Cancel"));
        assertThat(shell.isDisposed()).isTrue();
        assertThat(session(session.study(), "FST 1 h").getMeasurements()).hasSize(before);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void cancellingTheReadingImportsNothingAndNextReadsAgain() throws Exception {
        StudySession session = StudySessions.current();
        int before = session(session.study(), "FST 1 h").getMeasurements().size();
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int a = 41; a <= 76; a++) {
            BehaviourExportFiles.ethoVision(folder.resolve(String.format("1h-%02d.txt", a)), String.format("1H-%02d", a));
        }
        WizardDialog[] dialog = new WizardDialog[1];
        BehaviourImportWizard wizard = open(dialog);
        Shell shell = dialog[0].getShell();
        typePath(shell, folder);
        assertThat(wizard.sourcePage().listed()).hasSize(36);
        chooseSession(shell, "FST 1 h");

        // the stop button next to the progress bar is pressed as soon as the reading runs
        Display display = shell.getDisplay();
        boolean[] pressed = { false };
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (shell.isDisposed()) {
                return;
            }
            ToolItem stop = Widgets.all(shell, ToolBar.class).stream().flatMap(t -> java.util.Arrays.stream(t
                    .getItems())).filter(ToolItem::isEnabled).findFirst().orElse(null);
            if (wizard.getContainer().getCurrentPage() == wizard.previewPage() && stop != null
                    && !button(shell, "< &Back").isEnabled()) {
                stop.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                pressed[0] = true;
            } else {
                display.timerExec(5, poll[0]);
            }
        };
        display.timerExec(5, poll[0]);
        Widgets.press(button(shell, "&Next >"));
        Ui.waitUntil(() -> wizard.previewPage().summaryText().startsWith("Cancelled"), "the reading is cancelled: "
                + wizard.previewPage().summaryText());
        assertThat(pressed[0]).isTrue();
        assertThat(shell.isDisposed()).as("stopping the reading leaves the wizard open").isFalse();
        assertThat(wizard.plan()).isNull();
        assertThat(button(shell, "&Finish").isEnabled()).isFalse();
        assertThat(session(session.study(), "FST 1 h").getMeasurements()).hasSize(before);
        assertThat(session.isDirty()).isFalse();

        Widgets.press(button(shell, "< &Back"));
        Widgets.press(button(shell, "&Next >"));
        Ui.waitUntil(() -> wizard.previewPage().summaryText().startsWith("Read 36 files: "), "the exports are read "
                + "again: " + wizard.previewPage().summaryText());
        assertThat(wizard.plan()).isNotNull();
        Widgets.press(button(shell, "Cancel"));
        assertThat(shell.isDisposed()).isTrue();
        assertThat(session(session.study(), "FST 1 h").getMeasurements()).hasSize(before);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void theSpreadsheetWizardSendsAFolderOrAnExportToTheBehaviourImport() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fst"));
        BehaviourExportFiles.ethoVision(folder.resolve("1h-77.txt"), "1H-77");
        ImportWizard wizard = new ImportWizard(StudySessions.current());
        opened = new WizardDialog(Ui.window().getShell(), wizard);
        opened.setBlockOnOpen(false);
        opened.open();
        Ui.flush();
        Shell shell = opened.getShell();
        Text field = (Text) Widgets.fieldAfter(shell, "File:");
        Keyboard.focus(field);
        field.selectAll();
        Keyboard.type(folder + "\n");
        Keyboard.settle(100);
        assertThat(wizard.filePage().getErrorMessage()).isEqualTo(folder + " is a folder: a folder of behaviour "
                + "exports (EthoVision XT, ANY-maze, BORIS, ezTrack) is imported with File > Import Behaviour "
                + "Exports...");
        assertThat(button(shell, "&Next >").isEnabled()).isFalse();

        Keyboard.focus(field);
        field.selectAll();
        Keyboard.type(folder.resolve("1h-77.txt") + "\n");
        Keyboard.settle(100);
        assertThat(wizard.filePage().getMessage()).isEqualTo("This file is a behaviour export (EthoVision XT raw "
                + "data): File > Import Behaviour Exports... reads it with its scoring and the source of each value.");
        Widgets.press(button(shell, "Cancel"));
        assertThat(shell.isDisposed()).isTrue();
    }
}
