package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.TreatmentArm;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.session.StudySession;

/**
 * A repeated regimen is typed in the design editor as a person writes it: study days as ranges ("1-21"), times of day
 * as "9:00, 17:00"; what cannot be a list of days or times is refused in the field with the reason, and nothing is
 * set. Typed through real key events on a copy of the demo study; the saved file is checked.
 */
class RegimenFieldsUITest {

    @TempDir
    Path dir;

    @BeforeEach
    void studyPerspective() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
    }

    @AfterEach
    void restore() throws Exception {
        DesignUi.restore();
    }

    @Test
    void daysAsRangesAndTimesOfDayAreTypedCheckedAndSaved() throws Exception {
        StudySession session = DesignUi.openCopy(dir);
        TreatmentArm arm = session.study().getArms().get(0);
        DoseRegimen regimen = arm.getRegimens().get(0);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), regimen);
        Ui.flush();
        List<Table> lists = DesignUi.tables(editor);
        DesignUi.click(lists.get(2), 0);
        assertThat(DesignUi.detailsTitle(editor)).startsWith("Details of arm " + arm.getCode());

        Text days = DesignUi.focus(editor, "On study days:");
        Keyboard.type("1-21, 28\n");
        assertThat(regimen.getDays()).containsExactlyElementsOf(
                IntStream.concat(IntStream.rangeClosed(1, 21), IntStream.of(28)).boxed().toList());
        assertThat(days.getText()).as("shown again as ranges").isEqualTo("1-21, 28");

        DesignUi.focus(editor, "At times of day:");
        Keyboard.type("9:00, 17:30\n");
        assertThat(regimen.getTimesOfDay()).containsExactly("09:00", "17:30");

        DesignUi.focus(editor, "Dosing window (\u00b1 min):");
        Keyboard.press('a', SWT.CTRL);
        Keyboard.type("45\n");
        assertThat(regimen.getWindowMinutes()).isEqualTo(45);

        DesignUi.focus(editor, "On study days:");
        Keyboard.press('a', SWT.CTRL);
        Keyboard.type("21-1\n");
        assertThat(Widgets.all(DesignUi.body(editor), Label.class)).anySatisfy(l -> assertThat(l.getText())
                .contains("On study days").contains("'21-1' runs backwards"));
        assertThat(regimen.getDays()).as("nothing set from a refused text").hasSize(22);
        Keyboard.type("\u001b");
        assertThat(days.getText()).isEqualTo("1-21, 28");

        DesignUi.focus(editor, "At times of day:");
        Keyboard.press('a', SWT.CTRL);
        Keyboard.type("9am\n");
        assertThat(Widgets.all(DesignUi.body(editor), Label.class)).anySatisfy(l -> assertThat(l.getText())
                .contains("'9am' is not a time of day like 09:00"));
        assertThat(regimen.getTimesOfDay()).containsExactly("09:00", "17:30");
        Keyboard.type("\u001b");

        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.flush();
        DoseRegimen saved = DesignUi.saved(session).getArms().get(0).getRegimens().get(0);
        assertThat(saved.getDays()).hasSize(22).startsWith(1, 2, 3).endsWith(21, 28);
        assertThat(saved.getTimesOfDay()).containsExactly("09:00", "17:30");
        assertThat(saved.getWindowMinutes()).isEqualTo(45);
    }
}
