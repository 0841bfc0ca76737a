package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.vivarium.core.edit.CommandLabels;
import org.vivarium.core.edit.StudyEditingDomain;
import org.vivarium.core.edit.StudyItemProviderAdapterFactory;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/** Command and object labels: the Edit menu says what an edit changed, and no label repeats an object's kind. */
class CommandLabelsTest {

    private final StudyItemProviderAdapterFactory factory = new StudyItemProviderAdapterFactory();

    @Test
    void aPropertyEditSaysWhatItSetOnWhich() {
        Study study = Studies.newStudy("pilot.vivarium", "Pilot");
        TreatmentArm veh = VivariumFactory.eINSTANCE.createTreatmentArm();
        veh.setCode("VEH");
        study.getArms().add(veh);
        BasicCommandStack stack = new BasicCommandStack();
        StudyEditingDomain domain = new StudyEditingDomain(factory, stack);

        stack.execute(SetCommand.create(domain, veh, Literals.TREATMENT_ARM__PLANNED_N, 5));
        assertThat(veh.getPlannedN()).isEqualTo(5);
        assertThat(stack.getUndoCommand().getLabel()).isEqualTo("Set planned n of VEH");
        stack.execute(SetCommand.create(domain, study, Literals.STUDY__PROTOCOL_NUMBER, "AE-1"));
        assertThat(stack.getUndoCommand().getLabel()).isEqualTo("Set protocol number of pilot");
        stack.undo();
        assertThat(study.getProtocolNumber()).isNull();
        assertThat(stack.getRedoCommand().getLabel()).isEqualTo("Set protocol number of pilot");
    }

    @Test
    void severalObjectsAreCounted() {
        List<Animal> animals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            animals.add(VivariumFactory.eINSTANCE.createAnimal());
        }
        assertThat(CommandLabels.set(factory, animals, Literals.ANIMAL__ARM)).isEqualTo("Set arm of 5 animals");
        assertThat(Labels.count(1, animals.get(0))).isEqualTo("1 animal");
    }

    @Test
    void labelsDoNotRepeatTheKind() {
        Cohort cohort = VivariumFactory.eINSTANCE.createCohort();
        cohort.setName("Cohort 01");
        Cage cage = VivariumFactory.eINSTANCE.createCage();
        cage.setLabel("1W-C01");
        assertThat(Labels.of(cohort)).isEqualTo("Cohort 01");
        assertThat(text(cohort)).isEqualTo("Cohort 01 (0 animals)");
        assertThat(text(cage)).isEqualTo("Cage 1W-C01 (0)");
        org.vivarium.model.Route ip = VivariumFactory.eINSTANCE.createRoute();
        ip.setCode("i.p.");
        ip.setName("intraperitoneal");
        assertThat(text(ip)).isEqualTo("i.p.  intraperitoneal");
        cohort.setName("1 wk");
        assertThat(Labels.of(cohort)).isEqualTo("cohort 1 wk");
        assertThat(text(cohort)).isEqualTo("Cohort 1 wk (0 animals)");
    }

    private String text(Object o) {
        return ((IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class)).getText(o);
    }
}
