package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.audit.StudyChange;
import org.vivarium.core.schedule.Completion;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.testing.TestStudies;

/**
 * What a change touched, as a shared store is told it: doses given, body weights, an animal's status and a session
 * marked done are records (which technicians may store), a dose's plan and everything else the design.
 */
class StudyChangeTest {

    @TempDir
    Path dir;
    private OpenStudy open;
    private AuditedCommandStack stack;
    private AdapterFactoryEditingDomain domain;
    private final List<StudyChange> stored = new ArrayList<>();

    @BeforeEach
    void openShared() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("s.vivarium", TestStudies.small()).close();
        open = store.open("s.vivarium");
        stack = new AuditedCommandStack(open.resource());
        stack.setReasons((action, data) -> "corrected");
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        AuditTrail.of(open.resource()).share(List.of(), entry -> {
            stored.add(entry.change());
            return stored.size();
        });
    }

    @AfterEach
    void close() {
        open.close();
    }

    private StudyChange run(Command command) {
        int before = stored.size();
        stack.execute(command, "why");
        assertThat(stack.refusal()).isNull();
        assertThat(stored).as("one entry").hasSize(before + 1);
        return stored.get(before);
    }

    private Animal animal(String id) {
        return Studies.findAnimal(open.study(), id);
    }

    private DosingEvent dose(String id) {
        return animal(id).getDosingEvents().get(0);
    }

    @Test
    void aDoseGivenIsARecordItsPlanIsTheDesign() {
        DosingEvent dose = dose("A1");
        CompoundCommand given = new CompoundCommand("Dose A1");
        given.append(SetCommand.create(domain, dose, Literals.DOSING_EVENT__ACTUAL_TIME,
                TestStudies.ANCHOR.plusMinutes(9)));
        given.append(SetCommand.create(domain, dose, Literals.DOSING_EVENT__VOLUME_ML, 0.25));
        given.append(SetCommand.create(domain, dose, Literals.DOSING_EVENT__NOTE, "struggled"));
        StudyChange change = run(given);
        assertThat(change.records()).containsExactly(dose);
        assertThat(change.design()).isFalse();

        StudyChange moved = run(SetCommand.create(domain, dose, Literals.DOSING_EVENT__SCHEDULED_TIME,
                TestStudies.ANCHOR.plusHours(1)));
        assertThat(moved.design()).isTrue();
        assertThat(moved.records()).isEmpty();
        StudyChange regimen = run(SetCommand.create(domain, dose, Literals.DOSING_EVENT__REGIMEN,
                dose("B1").getRegimen()));
        assertThat(regimen.design()).isTrue();
    }

    @Test
    void aNewDoseIsARecordWithItsPlanAndSoIsTakingItBack() {
        Animal a2 = animal("A2");
        DosingEvent dose = VivariumFactory.eINSTANCE.createDosingEvent();
        dose.setRegimen(a2.getDosingEvents().get(0).getRegimen());
        dose.setScheduledTime(TestStudies.ANCHOR.plusDays(1));
        dose.setActualTime(TestStudies.ANCHOR.plusDays(1).plusMinutes(3));
        StudyChange added = run(AddCommand.create(domain, a2, Literals.ANIMAL__DOSING_EVENTS, dose));
        assertThat(added.records()).containsExactly(dose);
        assertThat(added.design()).isFalse();
        assertThat(((org.vivarium.model.support.StudyResource) open.resource()).idOf(dose)).as("an id when attached")
                .isNotNull();

        StudyChange removed = run(RemoveCommand.create(domain, a2, Literals.ANIMAL__DOSING_EVENTS, dose));
        assertThat(removed.removedRecords()).singleElement().satisfies(r -> {
            assertThat(r.animal()).isSameAs(a2);
            assertThat(r.record()).isSameAs(dose);
        });
        assertThat(removed.design()).isFalse();

        DosingEvent planned = a2.getDosingEvents().get(0);
        assertThat(run(SetCommand.create(domain, planned, Literals.DOSING_EVENT__ACTUAL_TIME,
                SetCommand.UNSET_VALUE)).records()).as("marked not given").containsExactly(planned);
        StudyChange unplanned = run(RemoveCommand.create(domain, a2, Literals.ANIMAL__DOSING_EVENTS, planned));
        assertThat(unplanned.design()).as("a dose not given is the plan").isTrue();
    }

    @Test
    void bodyWeightsAddedChangedAndRemovedAreRecords() {
        Animal a1 = animal("A1");
        BodyWeight w = VivariumFactory.eINSTANCE.createBodyWeight();
        w.setMeasuredAt(TestStudies.ANCHOR.plusDays(2));
        w.setWeightGrams(21.5);
        StudyChange added = run(AddCommand.create(domain, a1, Literals.ANIMAL__BODY_WEIGHTS, w));
        assertThat(added.records()).containsExactly(w);
        assertThat(added.design()).isFalse();
        StudyChange changed = run(SetCommand.create(domain, w, Literals.BODY_WEIGHT__WEIGHT_GRAMS, 21.7));
        assertThat(changed.records()).containsExactly(w);
        assertThat(changed.design()).isFalse();
        StudyChange removed = run(RemoveCommand.create(domain, a1, Literals.ANIMAL__BODY_WEIGHTS, w));
        assertThat(removed.records()).isEmpty();
        assertThat(removed.removedRecords()).singleElement().satisfies(r -> assertThat(r.record()).isSameAs(w));
        assertThat(removed.design()).isFalse();
    }

    @Test
    void anAnimalsStatusIsARecordItsAllocationAndIdentityTheDesign() {
        Animal b1 = animal("B1");
        CompoundCommand exclude = new CompoundCommand("Exclude B1");
        exclude.append(SetCommand.create(domain, b1, Literals.ANIMAL__STATUS, AnimalStatus.EXCLUDED));
        exclude.append(SetCommand.create(domain, b1, Literals.ANIMAL__STATUS_DATE, LocalDate.of(2026, 3, 3)));
        exclude.append(SetCommand.create(domain, b1, Literals.ANIMAL__STATUS_REASON, "fighting wounds"));
        StudyChange change = run(exclude);
        assertThat(change.records()).containsExactly(b1);
        assertThat(change.design()).isFalse();

        assertThat(run(SetCommand.create(domain, b1, Literals.ANIMAL__ARM, animal("A1").getArm())).design())
                .isTrue();
        StudyChange both = run(new CompoundCommand("Both", List.of(
                SetCommand.create(domain, b1, Literals.ANIMAL__STATUS, AnimalStatus.FOUND_DEAD),
                SetCommand.create(domain, b1, Literals.ANIMAL__EAR_TAG, "L2"))));
        assertThat(both.records()).containsExactly(b1);
        assertThat(both.design()).isTrue();
    }

    @Test
    void aSessionMarkedDoneOrReopenedIsARecordItsNameAndDateTheDesign() {
        AssaySession fst = Studies.findAssay(open.study(), "FST").getSessions().get(0);
        StudyChange done = run(Completion.markDone(domain, fst, "J. Tech", TestStudies.ANCHOR.plusHours(25)));
        assertThat(done.records()).containsExactly(fst);
        assertThat(done.design()).isFalse();
        StudyChange reopened = run(Completion.reopen(domain, fst));
        assertThat(reopened.records()).containsExactly(fst);
        assertThat(reopened.design()).isFalse();
        assertThat(fst.getCompletedAt()).isNull();

        StudyChange renamed = run(SetCommand.create(domain, fst, Literals.ASSAY_SESSION__NAME, "FST day 2"));
        assertThat(renamed.design()).isTrue();
        assertThat(renamed.records()).isEmpty();
        assertThat(run(SetCommand.create(domain, fst, Literals.ASSAY_SESSION__DATE,
                TestStudies.ANCHOR.plusDays(2))).design()).isTrue();
        CompoundCommand doneAndMoved = new CompoundCommand("Both");
        doneAndMoved.append(Completion.markDone(domain, fst, "J. Tech", TestStudies.ANCHOR.plusHours(25)));
        doneAndMoved.append(SetCommand.create(domain, fst, Literals.ASSAY_SESSION__OPERATOR, "someone else"));
        StudyChange both = run(doneAndMoved);
        assertThat(both.records()).containsExactly(fst);
        assertThat(both.design()).isTrue();
    }
}
