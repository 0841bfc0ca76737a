package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.ui.importing.ImportWizard;
import org.vivarium.ui.session.Folders;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** The import wizard on the demo: a sheet with a bad value imports nothing; a good one imports all, undoably. */
class ImportWizardUITest {

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void studyPerspective() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        Ui.page().activate(Ui.page().findView(org.vivarium.ui.views.StudyNavigator.ID));
    }

    private static AssaySession fst1h(StudySession session) {
        return Studies.sessions(session.study()).stream().filter(s -> s.getName().equals("FST 1 h")).findFirst()
                .orElseThrow();
    }

    private static Button button(Shell shell, String text) {
        return Widgets.all(shell, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static ImportWizard openAt(Path file, WizardDialog[] dialog) {
        ImportWizard wizard = new ImportWizard(StudySessions.current());
        dialog[0] = new WizardDialog(Ui.window().getShell(), wizard);
        dialog[0].setBlockOnOpen(false);
        dialog[0].open();
        wizard.filePage().setFile(file);
        Ui.flush();
        return wizard;
    }

    private static void next(WizardDialog dialog) {
        Widgets.press(button(dialog.getShell(), "&Next >"));
    }

    @Test
    void aBadValueIsShownByCellAndNothingIsImported() throws Exception {
        StudySession session = StudySessions.current();
        int before = fst1h(session).getMeasurements().size();
        Path csv = dir.resolve("fst-1h.csv");
        Files.write(csv, List.of("Animal,Session,Immobility (s)", "1H-01,FST 1 h,120.5", "1H-02,FST 1 h,999"));
        WizardDialog[] dialog = new WizardDialog[1];
        ImportWizard wizard = openAt(csv, dialog);
        assertThat(wizard.filePage().chosenSheets()).hasSize(1);
        assertThat(Folders.lastImportFolder()).as("the next import's file dialog starts in this file's folder")
                .isEqualTo(dir.toAbsolutePath().toString());
        next(dialog[0]);
        assertThat(wizard.mappingPage().layout().columns()).extracting(c -> c.role()).containsExactly(
                ColumnRole.ANIMAL, ColumnRole.SESSION, ColumnRole.MEASURE);
        next(dialog[0]);
        Ui.waitUntil(() -> !wizard.previewPage().summaryText().isEmpty(), "the import is checked");
        assertThat(wizard.previewPage().problemCount()).isEqualTo(1);
        assertThat(wizard.plan().problems().get(0).toString()).contains("fst-1h.csv").contains("!C3")
                .contains("999");
        assertThat(wizard.canFinish()).isFalse();
        Widgets.press(button(dialog[0].getShell(), "Cancel"));
        assertThat(fst1h(session).getMeasurements()).hasSize(before);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void aGoodSheetIsImportedAsOneUndoableChangeAndSaved() throws Exception {
        StudySession session = StudySessions.current();
        int before = fst1h(session).getMeasurements().size();
        Path csv = dir.resolve("fst-1h.csv");
        Files.write(csv, List.of("Animal,Session,Immobility (s),Latency to immobility (s)", "1H-01,FST 1 h,120.5,61",
                "1H-02,FST 1 h,131,72"));
        WizardDialog[] dialog = new WizardDialog[1];
        ImportWizard wizard = openAt(csv, dialog);
        next(dialog[0]);
        wizard.mappingPage().saveTo(dir.resolve("fst-1h.mapping.json"));
        assertThat(dir.resolve("fst-1h.mapping.json")).exists();
        next(dialog[0]);
        Ui.waitUntil(() -> wizard.canFinish(), "the import can finish");
        assertThat(wizard.plan().added()).isEqualTo(4);
        Widgets.press(button(dialog[0].getShell(), "&Finish"));
        Ui.waitUntil(() -> !session.isDirty(), "the imported study is saved");
        List<Measurement> added = fst1h(session).getMeasurements().subList(before, before + 4);
        assertThat(added).extracting(Measurement::getValue).containsExactlyInAnyOrder(120.5, 61.0, 131.0, 72.0);
        assertThat(added.get(0).getSource()).startsWith("fst-1h.csv!");
        var saved = FolderStudyStore.containing(session.file()).read(session.file().getFileName().toString());
        assertThat(Studies.sessions(saved.study()).stream().filter(s -> s.getName().equals("FST 1 h")).findFirst()
                .orElseThrow().getMeasurements()).hasSize(before + 4);

        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertThat(fst1h(session).getMeasurements()).hasSize(before);
        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved again");
    }
}
