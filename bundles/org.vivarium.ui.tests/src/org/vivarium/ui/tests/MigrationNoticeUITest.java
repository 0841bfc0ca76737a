package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.handlers.MigrationNotice;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * A study file written by the release of model 1.0 (a copy of core.tests' fixture) opened in the workbench: one
 * message says it will be saved in the current format and where the old file is kept - once, not again for the
 * editors and views that show it; the file stays as it was until a value typed in the design editor is saved, which
 * writes the current model and keeps the old file, byte for byte, as .bak (through a second save too).
 */
class MigrationNoticeUITest {

    private final DialogAnswers answers = new DialogAnswers();

    @TempDir
    Path dir;

    @BeforeEach
    void studyPerspective() throws Exception {
        Ui.flush();
        DesignUi.rememberDemo();
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
    }

    @AfterEach
    void restore() throws Exception {
        DesignUi.restore();
    }

    private static void save() throws Exception {
        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.flush();
    }

    private Path fixture() throws Exception {
        Path file = dir.resolve("imported-1.0.vivarium");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/imported-1.0.vivarium")) {
            assertThat(in).as("the 1.0 fixture").isNotNull();
            Files.copy(in, file);
        }
        return file;
    }

    private static String labels(Shell shell) {
        StringBuilder b = new StringBuilder();
        for (Label l : Widgets.all(shell, Label.class)) {
            b.append(l.getText());
        }
        return b.toString();
    }

    private static String xmi(Path file) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("study.xmi")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no study.xmi in " + file);
    }

    @Test
    void aStudyOfModel10IsAnnouncedOnceAndItsFirstSaveWritesTheCurrentModelKeepingTheOldFileAsBak()
            throws Exception {
        Path file = fixture();
        Path bak = dir.resolve("imported-1.0.vivarium.bak");
        byte[] old = Files.readAllBytes(file);
        List<String> told = new ArrayList<>();
        answers.answer(MigrationNotice.TITLE, shell -> {
            told.add(labels(shell));
            Widgets.press(Widgets.button(shell, "OK", 0)); // as a person clicks it
        });
        Ui.page().closeAllEditors(false);
        assertThat(OpenStudies.open(Ui.window().getShell(), file)).isTrue();
        answers.failIfAny("the migration notice");
        Ui.flush();
        assertThat(told).containsExactly("This study was written by Vivarium model 1.0; it will be saved in "
                + ModelVersions.CURRENT + " format (the old file is kept as imported-1.0.vivarium.bak).");
        StudySession session = StudySessions.current();
        assertThat(session.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(file)).as("opening writes nothing").isEqualTo(old);
        assertThat(bak).doesNotExist();

        DialogAnswers again = new DialogAnswers(); // a second notice would be answered (and counted) here
        List<String> toldAgain = new ArrayList<>();
        again.answer(MigrationNotice.TITLE, shell -> {
            toldAgain.add(labels(shell));
            Widgets.press(Widgets.button(shell, "OK", 0));
        });
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), null);
        Ui.flush();
        editor.setActivePage("treatments");
        Ui.flush();
        BenchUi.openBench();
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        editor = StudyDesignEditor.open(Ui.page(), null);
        editor.setActivePage("overview");
        Ui.flush();

        DesignUi.focus(editor, "Protocol (ethics) number:");
        Keyboard.type("AE-MIGRATED-1");
        save();
        assertThat(session.isDirty()).isFalse();
        assertThat(Files.readAllBytes(bak)).as("the old file, byte for byte").isEqualTo(old);
        assertThat(xmi(file)).contains("http://vivarium.org/model/" + ModelVersions.CURRENT + "\"")
                .doesNotContain("http://vivarium.org/model/1.0\"").contains("protocolNumber=\"AE-MIGRATED-1\"");
        ReadStudy saved = FolderStudyStore.containing(file).read(file.getFileName().toString());
        assertThat(ModelVersions.migratedFrom(saved.resource())).isNull();
        assertThat(saved.study().getProtocolNumber()).isEqualTo("AE-MIGRATED-1");
        assertThat(saved.study().getTitle()).isEqualTo("OVX survey");
        assertThat(Studies.animals(saved.study())).hasSize(8);

        DesignUi.focus(editor, "Protocol (ethics) number:");
        Keyboard.type("AE-MIGRATED-2");
        save();
        assertThat(FolderStudyStore.containing(file).read(file.getFileName().toString()).study()
                .getProtocolNumber()).isEqualTo("AE-MIGRATED-2");
        assertThat(Files.readAllBytes(bak)).as("a second save keeps the old file").isEqualTo(old);
        assertThat(toldAgain).as("told once, not by the editors and views").isEmpty();
        assertThat(ModelVersions.versionRead(FolderStudyStore.containing(bak).read(bak.getFileName().toString())
                .resource())).isEqualTo("1.0");
    }
}
