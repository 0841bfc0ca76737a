package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.model.VivariumPackage;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.handlers.SaveStudyAsHandler;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** File > Save Study As: the unsaved study goes to a new file and work continues there; the old file is untouched. */
class SaveStudyAsUITest {

    @TempDir
    Path dir;

    @Test
    void unsavedChangesGoToTheNewFileWhichBecomesTheOpenStudyAndTheOldOneIsReleased() throws Exception {
        StudySession demo = StudySessions.current();
        Path demoFile = demo.file();
        String title = demo.study().getTitle();
        int animals = Studies.animals(demo.study()).size();
        long values = Studies.sessions(demo.study()).stream().mapToLong(x -> x.getMeasurements().size()).sum();
        demo.domain().getCommandStack().execute(SetCommand.create(demo.domain(), demo.study(),
                VivariumPackage.Literals.STUDY__TITLE, "Pilot copy"));
        assertThat(demo.isDirty()).isTrue();
        Path copy = dir.resolve("pilot.vivarium");
        try {
            SaveStudyAsHandler.adoptCopy(demo, copy);
            Ui.flush();
            StudySession now = StudySessions.current();
            assertThat(now.file()).isEqualTo(copy.toAbsolutePath().normalize());
            assertThat(now.isDirty()).isFalse();
            assertThat(now.isReadOnly()).isFalse();
            assertThat(now.study().getTitle()).isEqualTo("Pilot copy");
            var saved = FolderStudyStore.containing(copy).read("pilot.vivarium").study();
            assertThat(saved.getTitle()).isEqualTo("Pilot copy");
            assertThat(Studies.animals(saved)).hasSize(animals);
            assertThat(Studies.sessions(saved).stream().mapToLong(x -> x.getMeasurements().size()).sum())
                    .isEqualTo(values).isPositive();
            assertThat(FolderStudyStore.containing(demoFile).read(demoFile.getFileName().toString()).study()
                    .getTitle()).as("the old file keeps its last saved state").isEqualTo(title);
            try (var reopened = FolderStudyStore.containing(demoFile).open(demoFile.getFileName().toString())) {
                assertThat(reopened.study().getTitle()).as("the old file's lock is released").isEqualTo(title);
            }
        } finally {
            OpenStudies.open(Ui.window().getShell(), demoFile);
            Ui.flush();
        }
        assertThat(StudySessions.current().file()).isEqualTo(demoFile);
        assertThat(StudySessions.current().study().getTitle()).isEqualTo(title);
    }
}
