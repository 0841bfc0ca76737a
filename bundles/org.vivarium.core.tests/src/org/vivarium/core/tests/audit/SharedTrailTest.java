package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditRecorder;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.audit.EntryRefusedException;
import org.vivarium.core.audit.SharedTrail;
import org.vivarium.core.audit.StudyChange;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.model.support.StudyResource;
import org.vivarium.testing.TestStudies;

/**
 * A trail kept by a shared store: each entry goes to the store with what its change touched (values, values removed,
 * the design), the store's lines come back chained, and a refusal takes the command back as if never executed.
 */
class SharedTrailTest {

    @TempDir
    Path dir;

    private OpenStudy open;
    private AuditTrail trail;
    private AuditedCommandStack stack;
    private EditingDomain domain;
    private final List<SharedTrail.Entry> sent = new ArrayList<>();
    private String refuse;

    @BeforeEach
    void open() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("s.vivarium", TestStudies.small()).close();
        open = store.open("s.vivarium");
        trail = AuditRecorder.attach((StudyResource) open.resource()).trail();
        List<String> stored = trail.lines();
        trail.share(stored, entry -> {
            if (refuse != null) {
                throw new EntryRefusedException(refuse);
            }
            sent.add(entry);
            return trail.size() + 1; // a store would adopt its line here
        });
        stack = new AuditedCommandStack(open.resource());
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
    }

    private AssaySession fst() {
        return Studies.findAssay(open.study(), "FST").getSessions().get(0);
    }

    private StudyChange last() {
        return sent.get(sent.size() - 1).change();
    }

    @Test
    void aValueSetIsAMeasurementAndNotTheDesign() {
        Measurement m = fst().getMeasurements().get(0);
        stack.execute(SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, 120.0), "re-scored");
        assertThat(stack.refusal()).isNull();
        assertThat(last().measurements()).containsExactly(m);
        assertThat(last().removed()).isEmpty();
        assertThat(last().design()).isFalse();
        assertThat(sent.get(0).reason()).isEqualTo("re-scored");
        assertThat(trail.hasUnsaved()).as("a shared trail has nothing to save").isFalse();
    }

    @Test
    void valuesAddedAndRemovedAreNamedWithTheirSession() {
        Measurement gone = fst().getMeasurements().get(1);
        Measurement added = VivariumFactory.eINSTANCE.createMeasurement();
        added.setAnimal(gone.getAnimal());
        added.setMeasure(TestStudies.measure(fst(), "latency"));
        added.setValue(30);
        stack.execute(AddCommand.create(domain, fst(), Literals.ASSAY_SESSION__MEASUREMENTS, added), null);
        assertThat(last().measurements()).containsExactly(added);
        stack.execute(RemoveCommand.create(domain, fst(), Literals.ASSAY_SESSION__MEASUREMENTS, gone), "wrong animal");
        assertThat(last().removed()).singleElement().satisfies(r -> {
            assertThat(r.session()).isSameAs(fst());
            assertThat(r.measurement()).isSameAs(gone);
        });
        assertThat(last().design()).isFalse();
    }

    @Test
    void anythingElseIsTheDesign() {
        Study study = open.study();
        stack.execute(SetCommand.create(domain, study, Literals.STUDY__TITLE, "Renamed"), null);
        assertThat(last().design()).isTrue();
        assertThat(last().measurements()).isEmpty();
    }

    @Test
    void aRefusalTakesTheCommandBackAndSaysWhy() {
        Measurement m = fst().getMeasurements().get(0);
        double before = m.getValue();
        long entries = trail.size();
        refuse = "changed meanwhile by someone";
        Command set = SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, 99.0);
        stack.execute(set, "typo");
        assertThat(stack.refusal()).isEqualTo("changed meanwhile by someone");
        assertThat(stack.refusedByStore()).isTrue();
        assertThat(m.getValue()).isEqualTo(before);
        assertThat(stack.canUndo()).isFalse();
        assertThat(trail.size()).isEqualTo(entries);
    }

    @Test
    void adoptedLinesAreCheckedAsAChain() {
        List<String> lines = new ArrayList<>(trail.lines());
        String first = lines.get(0);
        trail.share(lines, entry -> 0);
        assertThat(trail.check().intact()).isTrue();
        String altered = first.replace("\"seq\":1,", "\"seq\":1, ");
        trail.share(List.of(altered), entry -> 0);
        assertThat(trail.check().summary()).isEqualTo("entry 1: altered (its hash does not match its content or the "
                + "entry before it)");
        trail.share(List.of(), entry -> 0);
        trail.adopt(List.of(first.substring(0, 65) + first.substring(65).replace("\"seq\":1,", "\"seq\":2,")));
        assertThat(trail.check().summary()).isEqualTo("entry 1: out of order (entry 2 stands in its place)");
    }
}
