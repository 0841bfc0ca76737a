package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.Sex;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage;
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

    @Test
    void houseAsksHowManyACageTakesAndPutsUnhousedAnimalsIntoNewCagesOfOneSexAndArm() throws Exception {
        StudySession session = StudySessions.current();
        Cohort cohort = session.study().getCohorts().get(3); // 2 wk
        int cages = cohort.getCages().size();
        TreatmentArm veh = session.study().getArms().get(0);
        CompoundCommand arrive = new CompoundCommand("arrive");
        for (String id : new String[] { "2W-91", "2W-92", "2W-93" }) {
            Animal a = VivariumFactory.eINSTANCE.createAnimal();
            a.setId(id);
            a.setSex(Sex.FEMALE);
            a.setArm(veh);
            arrive.append(AddCommand.create(session.domain(), cohort, VivariumPackage.Literals.COHORT__ANIMALS, a));
        }
        session.domain().getCommandStack().execute(arrive);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), cohort);
        Ui.flush();
        Composite form = ((FormPage) editor.activePage()).getManagedForm().getForm().getBody();
        assertThat(Widgets.all(form, Label.class)).anySatisfy(l -> assertThat(l.getText())
                .contains("3 active without a cage: House... on the Cages list."));

        Display display = form.getDisplay();
        String[] asked = new String[1];
        display.asyncExec(() -> { // the dialog is open: answer 2 animals a cage
            Shell dialog = display.getActiveShell();
            asked[0] = Widgets.all(dialog, Label.class).stream().map(Label::getText).reduce("", String::concat);
            Text perCage = Widgets.all(dialog, Text.class).get(0);
            perCage.setText("2");
            Widgets.press(Widgets.button(dialog, "OK", 0));
        });
        Widgets.press(Widgets.button(form, "House...", 0));
        assertThat(asked[0]).contains("3 active animals of cohort 2 wk have no cage");
        assertThat(cohort.getCages()).hasSize(cages + 2);
        Cage first = cohort.getCages().get(cages);
        assertThat(first.getAnimals()).extracting(Animal::getId).containsExactly("2W-91", "2W-92");
        assertThat(cohort.getCages().get(cages + 1).getAnimals()).extracting(Animal::getId).containsExactly("2W-93");
        assertThat(first.getLabel()).isNotIn(cohort.getCages().subList(0, cages).stream().map(Cage::getLabel)
                .toList());

        IHandlerService handlers = Ui.window().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertThat(cohort.getCages()).hasSize(cages);
        assertThat(Studies.findAnimal(session.study(), "2W-91").getCage()).isNull();
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertThat(Studies.findAnimal(session.study(), "2W-91")).isNull();
        assertThat(session.isDirty()).isFalse();
    }
}
