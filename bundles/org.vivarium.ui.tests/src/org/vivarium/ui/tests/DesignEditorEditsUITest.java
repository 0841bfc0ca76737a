package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySession;

/**
 * The design editor never loses or misdirects a typed value: the details keep their object, fields stay put, what is
 * typed is committed on Enter, Tab, page switch, save, close and exit (or says why not), several objects are edited
 * together, dates are taken as people type them. Works on a copy of the demo study and checks the saved file.
 */
class DesignEditorEditsUITest {

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

    private static void save() throws Exception {
        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.flush();
    }

    private static void undo() throws Exception {
        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        Ui.flush();
    }

    private static String labels(Shell dialog) {
        return Widgets.all(dialog, Label.class).stream().map(Label::getText).collect(Collectors.joining(" "));
    }

    @Test
    void enterInAnArmFieldKeepsTheArmInTheDetailsAndFieldsStayPutWhenAProblemShows() throws Exception {
        StudySession session = DesignUi.openCopy(dir);
        TreatmentArm veh = session.study().getArms().get(0);
        DoseRegimen saline = veh.getRegimens().get(0);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), saline); // selects the arm, then its regimen
        Ui.flush();
        assertThat(DesignUi.detailsTitle(editor)).startsWith("Details of arm VEH+VEH, Saline");
        List<Table> lists = DesignUi.tables(editor); // compounds, arms, regimens
        DesignUi.click(lists.get(1), 0); // the user goes back to the arm
        assertThat(DesignUi.detailsTitle(editor)).isEqualTo("Details of arm VEH+VEH");

        DesignUi.focus(editor, "Label:");
        Keyboard.type("Saline + BCI vehicle\n");
        assertThat(veh.getLabel()).isEqualTo("Saline + BCI vehicle");
        assertThat(DesignUi.detailsTitle(editor)).as("the details still show the arm").isEqualTo(
                "Details of arm VEH+VEH");
        DesignUi.focus(editor, "Planned n (per sex and cohort):");
        Keyboard.type("5\n");
        assertThat(veh.getPlannedN()).isEqualTo(5);
        assertThat(saline.getVolumeMlPerKg()).as("the regimen's volume is untouched").isEqualTo(10);
        assertThat(session.domain().getCommandStack().getUndoCommand().getLabel()).isEqualTo(
                "Set planned n of VEH+VEH");
        assertThat(editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId())
                .getText()).isEqualTo("&Undo Set planned n of VEH+VEH");

        // a problem line appears and goes again: the fields do not move under the cursor
        DesignUi.click(lists.get(2), 0);
        assertThat(DesignUi.detailsTitle(editor)).startsWith("Details of arm VEH+VEH, Saline");
        Text volume = DesignUi.focus(editor, "Fixed volume (mL/kg):");
        Point before = volume.toDisplay(0, 0);
        Keyboard.type("40\n");
        assertThat(saline.getVolumeMlPerKg()).isEqualTo(40);
        Composite body = DesignUi.body(editor);
        assertThat(Widgets.all(body, Label.class)).anySatisfy(l -> assertThat(l.getText()).startsWith("Error: "));
        assertThat(volume.toDisplay(0, 0)).isEqualTo(before);
        DesignUi.screenshot("design-treatments");
        undo();
        assertThat(saline.getVolumeMlPerKg()).isEqualTo(10);
        assertThat(Widgets.all(body, Label.class)).noneSatisfy(l -> assertThat(l.getText()).startsWith("Error: "));
        assertThat(volume.toDisplay(0, 0)).isEqualTo(before);

        save();
        TreatmentArm saved = DesignUi.saved(session).getArms().get(0);
        assertThat(saved.getLabel()).isEqualTo("Saline + BCI vehicle");
        assertThat(saved.getPlannedN()).isEqualTo(5);
        assertThat(saved.getRegimens().get(0).getVolumeMlPerKg()).isEqualTo(10);
    }

    @Test
    void whatIsTypedIsCommittedOnPageSwitchTabCtrlEnterSaveAndExit() throws Exception {
        StudySession session = DesignUi.openCopy(dir);
        Study study = session.study();
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), null);
        Ui.flush();
        assertThat(editor.activePage().getId()).isEqualTo("overview");

        DesignUi.focus(editor, "Protocol (ethics) number:");
        Keyboard.type("AE-2026-117");
        assertThat(editor.isDirty()).as("dirty while a value is typed").isTrue();
        editor.setActivePage("treatments"); // a click on another page's tab
        Ui.flush();
        assertThat(study.getProtocolNumber()).isEqualTo("AE-2026-117");
        assertThat(session.isDirty()).isTrue();

        editor.setActivePage("overview");
        Ui.flush();
        DesignUi.focus(editor, "Description:");
        Keyboard.type("Pilot of the BCI arm\t");
        assertThat(study.getDescription()).as("Tab commits a multi-line field").isEqualTo("Pilot of the BCI arm");
        DesignUi.focus(editor, "Hypothesis:");
        Keyboard.type("BCI prolongs the effect");
        Keyboard.press(SWT.CR, SWT.CTRL);
        assertThat(study.getHypothesis()).isEqualTo("BCI prolongs the effect");

        // File > Exit (the workbench advisor's preShutdown asks through SaveStudy.confirmClose): the value being
        // typed is committed first, so the question is asked
        DesignUi.focus(editor, "Species:");
        Keyboard.type("Mus musculus");
        String[] asked = new String[1];
        DesignUi.answering("Unsaved changes", d -> {
            asked[0] = labels(d);
            DesignUi.press(d, "Cancel");
        }, () -> assertThat(SaveStudy.confirmClose(Ui.window().getShell())).isFalse());
        assertThat(asked[0]).contains("Save the changes to design.vivarium?");
        assertThat(study.getSpecies()).isEqualTo("Mus musculus");

        DesignUi.focus(editor, "Principal investigator:");
        Keyboard.type("K. Tester");
        save();
        assertThat(study.getPrincipalInvestigator()).isEqualTo("K. Tester");
        assertThat(session.isDirty()).isFalse();
        Study saved = DesignUi.saved(session);
        assertThat(saved.getProtocolNumber()).isEqualTo("AE-2026-117");
        assertThat(saved.getDescription()).isEqualTo("Pilot of the BCI arm");
        assertThat(saved.getHypothesis()).isEqualTo("BCI prolongs the effect");
        assertThat(saved.getSpecies()).isEqualTo("Mus musculus");
        assertThat(saved.getPrincipalInvestigator()).isEqualTo("K. Tester");
        DesignUi.screenshot("design-study");

        // closing the editor commits too
        DesignUi.focus(editor, "Title:");
        Keyboard.type("Pilot");
        Ui.page().closeEditor(editor, true);
        Ui.flush();
        assertThat(study.getTitle()).isEqualTo("Pilot");
        assertThat(Ui.page().getEditorReferences()).isEmpty();
    }

    @Test
    void anInvalidValueBeingTypedStopsSaveAndCloseWithItsReason() throws Exception {
        StudySession session = DesignUi.openCopy(dir);
        Cohort cohort = session.study().getCohorts().get(0);
        LocalDateTime anchor = cohort.getAnchorDoseTime();
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), cohort);
        Ui.flush();
        DesignUi.focus(editor, "Anchor dose time:");
        Keyboard.type("08/12/2026 09:00");
        assertThat(DesignUi.message(editor)).isEqualTo("Anchor dose time: value not accepted");
        String reason = "Anchor dose time: '08/12/2026' is ambiguous (day/month or month/day?): write the date like "
                + "2026-12-08";
        assertThat(Widgets.all(DesignUi.body(editor), Label.class)).as("under the fields")
                .anySatisfy(l -> assertThat(l.getText()).startsWith(reason));
        assertThat(Widgets.all(Ui.window().getShell(), CLabel.class)).as("in the status line")
                .anySatisfy(l -> assertThat(l.getText()).startsWith(reason));
        DesignUi.screenshot("design-refused");

        String[] said = new String[1];
        DesignUi.answering("Study not saved", d -> {
            said[0] = labels(d);
            DesignUi.press(d, "OK");
        }, () -> assertThat(SaveStudy.run(Ui.window().getShell())).isFalse());
        assertThat(said[0]).contains("Anchor dose time of cohort 1 h", "ambiguous", "press Esc");
        DesignUi.answering("Design not closed", d -> DesignUi.press(d, "OK"),
                () -> Ui.page().closeEditor(editor, true));
        assertThat(Ui.page().getEditorReferences()).as("the editor stays open").hasSize(1);
        assertThat(cohort.getAnchorDoseTime()).isEqualTo(anchor);

        Keyboard.focus(DesignUi.text(editor, "Anchor dose time:"));
        Keyboard.type("\u001b");
        assertThat(DesignUi.text(editor, "Anchor dose time:").getText()).isEqualTo(
                anchor.toLocalDate() + " " + anchor.toLocalTime());
        assertThat(DesignUi.message(editor)).isNull();
        assertThat(SaveStudy.run(Ui.window().getShell())).isTrue();
    }

    @Test
    void severalSelectedAnimalsGetTheArmChosenAsOneUndoableCommand() throws Exception {
        StudySession session = DesignUi.openCopy(dir);
        Cohort cohort = session.study().getCohorts().get(0);
        TreatmentArm first = session.study().getArms().get(0);
        TreatmentArm second = session.study().getArms().get(1);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < cohort.getAnimals().size() && rows.size() < 5; i++) {
            if (cohort.getAnimals().get(i).getArm() == first) {
                rows.add(i);
            }
        }
        List<Animal> chosen = rows.stream().map(cohort.getAnimals()::get).toList();
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), cohort);
        Ui.flush();
        DesignUi.click(DesignUi.tables(editor).get(2), rows.stream().mapToInt(Integer::intValue).toArray());
        assertThat(DesignUi.detailsTitle(editor)).isEqualTo("Details of 5 animals");
        assertThat(DesignUi.text(editor, "Animal ID:").getText()).as("the ids differ").isEmpty();
        CCombo arm = (CCombo) Widgets.fieldAfter(DesignUi.body(editor), "Arm:");
        assertThat(arm.getText()).as("the arm they share").startsWith("VEH+VEH");
        DesignUi.screenshot("design-animals");

        arm.setFocus(); // the focus goes to the combo's text, which takes its keys
        Ui.flush();
        Keyboard.focus(arm.getDisplay().getFocusControl());
        Keyboard.press(SWT.ARROW_DOWN, 0);
        assertThat(chosen).allSatisfy(a -> assertThat(a.getArm()).isSameAs(second));
        assertThat(session.domain().getCommandStack().getUndoCommand().getLabel()).isEqualTo("Set arm of 5 animals");
        save();
        Study saved = DesignUi.saved(session);
        assertThat(chosen).allSatisfy(a -> assertThat(Studies.findAnimal(saved, a.getId()).getArm().getCode())
                .isEqualTo(second.getCode()));

        undo();
        assertThat(chosen).allSatisfy(a -> assertThat(a.getArm()).isSameAs(first));
        assertThat(DesignUi.detailsTitle(editor)).isEqualTo("Details of 5 animals");
    }

    @Test
    void datesAreTakenAsPeopleTypeThemOrRefusedSayingWhatIsExpectedAndCanBePicked() throws Exception {
        StudySession session = DesignUi.openCopy(dir);
        Cohort cohort = session.study().getCohorts().get(0);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), cohort);
        Ui.flush();
        DesignUi.focus(editor, "Anchor dose time:");
        Keyboard.type("2026-12-08 09:00\n");
        assertThat(cohort.getAnchorDoseTime()).isEqualTo(LocalDateTime.of(2026, 12, 8, 9, 0));
        DesignUi.focus(editor, "Anchor dose time:");
        Keyboard.type("8 Dec 2026 9:30\n");
        assertThat(cohort.getAnchorDoseTime()).isEqualTo(LocalDateTime.of(2026, 12, 8, 9, 30));
        assertThat(DesignUi.text(editor, "Anchor dose time:").getText()).isEqualTo("2026-12-08 09:30");

        DesignUi.focus(editor, "Anchor dose time:");
        Keyboard.type("2026-12-08\n");
        assertThat(DesignUi.message(editor)).isEqualTo("Anchor dose time: value not accepted");
        assertThat(Widgets.all(DesignUi.body(editor), Label.class)).anySatisfy(l -> assertThat(l.getText())
                .isEqualTo("Anchor dose time: '2026-12-08' has no time: expected a date and time like "
                        + "2026-12-08 09:00 (for midnight, type 00:00)"));
        assertThat(cohort.getAnchorDoseTime()).isEqualTo(LocalDateTime.of(2026, 12, 8, 9, 30));
        Keyboard.type("\u001b");
        assertThat(DesignUi.message(editor)).isNull();

        DesignUi.focus(editor, "Arrival date:");
        Keyboard.type("01.12.2026\n");
        assertThat(cohort.getArrivalDate()).isEqualTo(LocalDate.of(2026, 12, 1));

        Composite box = (Composite) Widgets.fieldAfter(DesignUi.body(editor), "Anchor dose time:");
        Button pick = Widgets.all(box, Button.class).get(0);
        DesignUi.answering("Anchor dose time", d -> {
            List<DateTime> widgets = Widgets.all(d, DateTime.class);
            widgets.get(0).setDate(2026, 11, 24);
            widgets.get(1).setTime(14, 15, 0);
            DesignUi.press(d, "OK");
        }, () -> Widgets.press(pick));
        assertThat(cohort.getAnchorDoseTime()).isEqualTo(LocalDateTime.of(2026, 12, 24, 14, 15));

        save();
        Cohort saved = DesignUi.saved(session).getCohorts().get(0);
        assertThat(saved.getAnchorDoseTime()).isEqualTo(LocalDateTime.of(2026, 12, 24, 14, 15));
        assertThat(saved.getArrivalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
