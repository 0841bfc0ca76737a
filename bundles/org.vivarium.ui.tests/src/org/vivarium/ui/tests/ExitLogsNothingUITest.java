package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.session.StudySessions;

/**
 * Exit as the workbench does it: the study is closed first (the advisor's preShutdown), then the window with its
 * design editor, then the display runs what is left in its queue. Nothing may be logged on the way (it logged a
 * NullPointerException from the design editor, which closed itself after its window was gone).
 */
class ExitLogsNothingUITest {

    @Test
    void closingTheStudyThenTheWindowWithItsDesignEditorLogsNothing() throws Exception {
        Path demo = StudySessions.current().file();
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        IWorkbenchWindow main = Ui.window();
        // a second window stands for the one that closes on exit (the tests run in the main one)
        IWorkbenchWindow exiting = PlatformUI.getWorkbench().openWorkbenchWindow("org.vivarium.rcp.perspective.study",
                null);
        try {
            Ui.flush();
            StudyDesignEditor editor = StudyDesignEditor.open(exiting.getActivePage(), null);
            Ui.flush();
            assertThat(editor.activePage().getId()).isEqualTo("overview");

            StudySessions.close(); // preShutdown, after asking about unsaved changes
            assertThat(exiting.close()).isTrue();
            Ui.flush(); // what the display runs while it is disposed
            assertThat(exiting.getActivePage()).isNull();
        } finally {
            Platform.removeLogListener(listener);
            if (exiting.getShell() != null) {
                exiting.close();
            }
            main.getShell().setActive();
            Ui.flush();
            assertThat(OpenStudies.open(main.getShell(), demo)).isTrue();
            Ui.flush();
        }
        assertThat(logged).extracting(s -> s.getMessage() + " " + s.getException()).isEmpty();
        assertThat(StudySessions.current().file()).isEqualTo(demo);
    }
}
