package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.design.StudyEditorInput;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.session.StudySessions;

/**
 * A restart in the Bench perspective: the study of last time opens and its design editor fills the editor area
 * (it stayed blank, with nothing saying what goes there), while the Today view keeps the focus.
 */
class BenchRestartUITest {

    @AfterEach
    void restore() throws Exception {
        BenchUi.restore();
    }

    @Test
    void restartInTheBenchFillsTheEditorAreaWithTheDesign() throws Exception {
        Path last = StudySessions.current().file();
        TodayView today = BenchUi.openBench();
        Ui.page().activate(today);
        // as a restart: the study editors are closed and no study is open until the study of last time is read
        Ui.page().closeAllEditors(false);
        StudySessions.close();
        Ui.flush();
        assertThat(Ui.page().getEditorReferences()).isEmpty();

        OpenStudies.openInitial(Ui.window().getShell());
        Ui.flush();

        assertThat(StudySessions.current().file()).isEqualTo(last);
        assertThat(StudySessions.current().isReadOnly()).isFalse();
        IEditorReference[] editors = Ui.page().getEditorReferences();
        assertThat(editors).hasSize(1);
        StudyDesignEditor design = (StudyDesignEditor) editors[0].getEditor(false);
        assertThat(((StudyEditorInput) design.getEditorInput()).session()).isSameAs(StudySessions.current());
        assertThat(design.activePage().getId()).isEqualTo("overview");
        assertThat(Ui.page().getActivePart()).as("the Today view keeps the focus").isSameAs(today);
        BenchUi.screenshot("bench-after-restart");
    }
}
