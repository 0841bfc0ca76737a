package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.model.Cohort;
import org.vivarium.rcp.BenchPerspective;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.design.StudyEditorInput;
import org.vivarium.ui.handlers.NewStudyHandler;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.vivarium.ui.views.StudyNavigator;

/** File &gt; New Study opens the new study's design; lists and labels follow the model at once, and say things once. */
class DesignEditorStudyUITest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() throws Exception {
        DesignUi.restore();
    }

    @Test
    void newStudyOpensItsDesignEditorAlsoFromTheBench() throws Exception {
        DesignUi.rememberDemo();
        Ui.showPerspective(BenchPerspective.ID);
        createAndCheck(dir.resolve("pilot.vivarium"), "Pilot of the design");
        // and from the Study perspective, where the first study's design editor is open
        createAndCheck(dir.resolve("second.vivarium"), "Second pilot");
    }

    private static void createAndCheck(Path file, String title) {
        DesignUi.answering("New Study", d -> {
            Widgets.all(d, Text.class).get(0).setText(title);
            DesignUi.press(d, "OK");
        }, () -> assertThat(NewStudyHandler.newStudy(Ui.window().getShell(), name -> file)).isTrue());
        Ui.flush();

        StudySession created = StudySessions.current();
        assertThat(created.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Ui.page().getPerspective().getId()).isEqualTo("org.vivarium.rcp.perspective.study");
        IEditorReference[] editors = Ui.page().getEditorReferences();
        assertThat(editors).hasSize(1);
        StudyDesignEditor editor = (StudyDesignEditor) editors[0].getEditor(false);
        assertThat(editor).isNotNull().isSameAs(Ui.page().getActiveEditor());
        assertThat(((StudyEditorInput) editor.getEditorInput()).session()).isSameAs(created);
        assertThat(editor.activePage().getId()).isEqualTo("overview");
        assertThat(DesignUi.text(editor, "Title:").getText()).isEqualTo(title);
        assertThat(DesignUi.text(editor, "Title:").isVisible()).isTrue();
    }

    @Test
    void listsAndLabelsFollowAtOnceAndDoNotRepeatTheKind() throws Exception {
        StudySession session = DesignUi.openCopy(dir);
        Cohort cohort = session.study().getCohorts().get(0);
        int animals = cohort.getAnimals().size();
        StudyNavigator navigator = Ui.show(StudyNavigator.ID, StudyNavigator.class);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), cohort);
        Ui.flush();
        List<Table> lists = DesignUi.tables(editor); // cohorts, cages, animals
        for (int i = 1; i <= 3; i++) {
            Widgets.press(Widgets.button(DesignUi.body(editor), "Add", 2));
            assertThat(lists.get(0).getItem(0).getText()).isEqualTo("Cohort 1 h (" + (animals + i) + " animals)");
            assertThat(((TreeItem) navigator.getViewer().testFindItem(cohort)).getText())
                    .isEqualTo("Cohort 1 h (" + (animals + i) + " animals)");
        }

        Widgets.press(Widgets.button(DesignUi.body(editor), "Add", 0)); // a new cohort
        Cohort added = session.study().getCohorts().get(session.study().getCohorts().size() - 1);
        assertThat(added.getName()).isEqualTo("Cohort 01");
        assertThat(lists.get(0).getItem(lists.get(0).getItemCount() - 1).getText()).isEqualTo("Cohort 01 (0 animals)");
        assertThat(DesignUi.detailsTitle(editor)).isEqualTo("Details of Cohort 01");
        DesignUi.focus(editor, "Strain:");
        Keyboard.type("BALB/c\n");
        assertThat(added.getStrain()).isEqualTo("BALB/c");
        assertThat(session.domain().getCommandStack().getUndoCommand().getLabel()).isEqualTo(
                "Set strain of Cohort 01");
    }
}
