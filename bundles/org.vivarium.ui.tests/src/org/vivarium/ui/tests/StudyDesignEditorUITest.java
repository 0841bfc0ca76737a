package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Cage;
import org.vivarium.model.Compound;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** The study design editor: form edits are commands (dirty, undo), rule violations show up at once. */
class StudyDesignEditorUITest {

    @org.junit.jupiter.api.BeforeEach
    void studyPerspective() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
    }

    @Test
    void editingAStockConcentrationShowsTheVolumeProblemAndUndoClearsIt() throws Exception {
        StudySession session = StudySessions.current();
        Compound ketamine = session.study().getCompounds().stream().filter(c -> c.getName().equals("Ketamine"))
                .findFirst().orElseThrow();
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), ketamine);
        Ui.flush();
        FormPage treatments = (FormPage) editor.activePage();
        assertThat(treatments.getId()).isEqualTo("treatments");
        Composite form = treatments.getManagedForm().getForm().getBody();

        Text stock = (Text) Widgets.fieldAfter(form, "Stock concentration (mg/mL):");
        assertThat(stock.getText()).isEqualTo("1.0");
        Widgets.type(stock, "0.25");
        assertThat(ketamine.getStockConcentrationMgPerMl()).isEqualTo(0.25);
        assertThat(session.isDirty()).isTrue();
        assertThat(editor.isDirty()).isTrue();

        // the arm's regimen now needs 40 mL/kg: its details name the problem
        editor.reveal(session.study().getArms().get(1).getRegimens().get(0));
        Ui.flush();
        assertThat(Widgets.all(form, Label.class)).anySatisfy(l -> assertThat(l.getText())
                .startsWith("Error: 40 mL/kg exceeds the i.p. limit of 20 mL/kg"));

        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        Ui.flush();
        assertThat(ketamine.getStockConcentrationMgPerMl()).isEqualTo(1.0);
        assertThat(session.isDirty()).isFalse();
        assertThat(Widgets.all(form, Label.class)).noneSatisfy(l -> assertThat(l.getText()).startsWith("Error:"));
    }

    @Test
    void addingAnAnimalToTheSelectedCageContinuesTheNumberingAndCanBeUndone() throws Exception {
        StudySession session = StudySessions.current();
        Cage cage = session.study().getCohorts().get(2).getCages().get(3);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), cage);
        Ui.flush();
        FormPage animals = (FormPage) editor.activePage();
        assertThat(animals.getId()).isEqualTo("animals");
        Composite form = animals.getManagedForm().getForm().getBody();
        int before = Studies.animals(session.study()).size();
        int inCage = cage.getAnimals().size();

        Widgets.press(Widgets.button(form, "Add", 2)); // lists: cohorts, cages, animals
        assertThat(Studies.animals(session.study())).hasSize(before + 1);
        assertThat(cage.getAnimals()).hasSize(inCage + 1);
        var added = cage.getAnimals().get(inCage);
        assertThat(added.getId()).isEqualTo("1W-81");
        assertThat(added.getArm()).isSameAs(cage.getAnimals().get(0).getArm());
        assertThat(Ui.page().getSelection()).isEqualTo(new StructuredSelection(added));

        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertThat(Studies.animals(session.study())).hasSize(before);
        assertThat(session.isDirty()).isFalse();
    }
}
