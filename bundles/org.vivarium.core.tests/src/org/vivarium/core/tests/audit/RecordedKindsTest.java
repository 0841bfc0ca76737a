package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.allocation.AllocationSettings;
import org.vivarium.core.allocation.Randomiser;
import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditChange.Op;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.entry.SheetEdits;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * Each kind of change a lab makes becomes the right entry: what changed from what to what, with a reason exactly where
 * recorded data is changed (and none needed when data is recorded the first time).
 */
class RecordedKindsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime NINE = TODAY.atTime(9, 0);

    @TempDir
    Path dir;
    private OpenStudy open;
    private AuditedCommandStack stack;
    private AdapterFactoryEditingDomain domain;
    private final List<String> asked = new ArrayList<>();
    private String answer = "corrected";

    private void openDemo() throws Exception {
        openDemo(study -> {
        });
    }

    private void openDemo(java.util.function.Consumer<org.vivarium.model.Study> prepare) throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        org.vivarium.model.Study demo = DemoStudy.generate(42, TODAY);
        prepare.accept(demo);
        store.create("d.vivarium", demo).close();
        open = store.open("d.vivarium");
        stack = new AuditedCommandStack(open.resource());
        stack.setReasons((action, data) -> {
            asked.add(action + ": " + data.get(0));
            return answer;
        });
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
    }

    private AuditEntry run(Command command) {
        long before = AuditTrail.of(open.resource()).size();
        stack.execute(command);
        AuditTrail trail = AuditTrail.of(open.resource());
        assertThat(trail.size()).as("one entry for " + command.getLabel()).isEqualTo(before + 1);
        return trail.entries().get((int) before);
    }

    private Cohort oneHour() {
        return open.study().getCohorts().get(0);
    }

    private DoseLine line(Animal animal) {
        return DoseRound.of(oneHour(), NINE).lines().stream().filter(l -> l.animal() == animal).findFirst()
                .orElseThrow();
    }

    @Test
    void dosesAndBodyWeightsNeedAReasonOnlyWhenCorrected() throws Exception {
        openDemo();
        Animal animal = oneHour().getAnimals().get(1);
        AuditEntry weighed = run(DoseRecording.weigh(domain, line(animal), 25.0, TODAY.atTime(8, 40), "tech")
                .command());
        assertThat(weighed.reason()).isNull();
        assertThat(asked).isEmpty();
        AuditEntry given = run(DoseRecording.give(domain, line(animal), TODAY.atTime(9, 4), "J. Tech").command());
        assertThat(given.reason()).as("a first dose records data, it changes none").isNull();
        assertThat(given.changes()).anySatisfy(c -> {
            assertThat(c.feature()).isEqualTo("actualTime");
            assertThat(c.oldValue()).isNull();
            assertThat(c.newValue()).isEqualTo("2026-11-27T09:04");
        });
        AuditEntry moved = run(DoseRecording.setTime(domain, line(animal), TODAY.atTime(9, 6)).command());
        assertThat(moved.reason()).isEqualTo("corrected");
        assertThat(asked).singleElement().asString().contains("actualTime of animal " + animal.getId());
        AuditChange time = moved.changes().get(0);
        assertThat(time.oldValue()).isEqualTo("2026-11-27T09:04");
        assertThat(time.newValue()).isEqualTo("2026-11-27T09:06");
        assertThat(moved.concerns(id(animal))).isTrue();
    }

    @Test
    void exclusionsAndStatusChangesNeedAReasonAndNoReasonMeansNoChange() throws Exception {
        openDemo();
        AssaySession session = Studies.sessions(open.study()).stream().filter(s -> !s.getMeasurements().isEmpty())
                .findFirst().orElseThrow();
        SheetEdits edits = new SheetEdits(domain, EntrySheet.of(session));
        int row = 0;
        while (edits.sheet().measurement(row, 0) == null || edits.sheet().measurement(row, 0).isExcluded()) {
            row++;
        }
        Measurement m = edits.sheet().measurement(row, 0);
        AuditEntry excluded = run(edits.exclude(List.of(new SheetEdits.Cell(row, 0)), "outlier: floated").command());
        assertThat(m.isExcluded()).isTrue();
        assertThat(excluded.reason()).isEqualTo("corrected");
        assertThat(excluded.changes()).anySatisfy(c -> {
            assertThat(c.feature()).isEqualTo("excluded");
            assertThat(c.oldValue()).isEqualTo("false");
            assertThat(c.newValue()).isEqualTo("true");
        });
        Animal animal = oneHour().getAnimals().get(3);
        answer = null; // the technician cancels the reason dialog
        long before = AuditTrail.of(open.resource()).size();
        stack.execute(SetCommand.create(domain, animal, Literals.ANIMAL__STATUS, AnimalStatus.FOUND_DEAD));
        assertThat(animal.getStatus()).isNotEqualTo(AnimalStatus.FOUND_DEAD);
        assertThat(AuditTrail.of(open.resource()).size()).isEqualTo(before);
        answer = "found dead in cage at 07:30 check";
        AuditEntry status = run(SetCommand.create(domain, animal, Literals.ANIMAL__STATUS, AnimalStatus.FOUND_DEAD));
        assertThat(status.reason()).isEqualTo("found dead in cage at 07:30 check");
        assertThat(status.changes().get(0).newValue()).isEqualTo("FOUND_DEAD");
    }

    @Test
    void aFirstAllocationNeedsNoReasonARandomisationAgainDoes() throws Exception {
        openDemo(study -> { // the 8 wk cohort as it arrived: not allocated, nothing recorded yet
            Cohort arrived = study.getCohorts().get(5);
            study.getAllocations().removeIf(r -> r.getCohort() == arrived);
            for (AssaySession s : Studies.sessions(study)) {
                s.getMeasurements().removeIf(m -> m.getAnimal() != null && m.getAnimal().eContainer() == arrived
                        || m.getCage() != null && m.getCage().eContainer() == arrived);
            }
            for (Animal a : arrived.getAnimals()) {
                a.getBodyWeights().clear();
                a.getDosingEvents().clear();
                a.setArm(null);
            }
        });
        Cohort cohort = open.study().getCohorts().get(5);
        AllocationSettings settings = AllocationSettings.defaults(open.study(), cohort).withSeed(7)
                .withUser("tech@pc");
        AuditEntry first = run(Randomiser.plan(open.study(), settings).toCommand(domain));
        assertThat(first.reason()).isNull();
        assertThat(first.changes()).anySatisfy(c -> {
            assertThat(c.op()).isEqualTo(Op.ADD);
            assertThat(c.objects().get(0).type()).isEqualTo("AllocationRecord");
        });
        assertThat(first.changes()).anySatisfy(c -> assertThat(c.feature()).isEqualTo("arm"));
        AuditEntry again = run(Randomiser.plan(open.study(), settings.withSeed(8).withReason("cage 3 flooded, "
                + "animals rehoused")).toCommand(domain));
        assertThat(again.reason()).as("the randomisation's own reason").isEqualTo("cage 3 flooded, animals rehoused");
        assertThat(asked).as("not asked twice").isEmpty();
        assertThat(again.changes()).anySatisfy(c -> assertThat(c.oldId()).isNotNull()); // arms changed from ...
    }

    @Test
    void unblindingIsRecordedWithItsLogEntry() throws Exception {
        openDemo();
        Cohort cohort = oneHour();
        if (!Unblinding.isBlinded(open.study(), cohort)) {
            return; // the demo's 1 h cohort is blinded: asserted by the blinding tests
        }
        AuditEntry unblinded = run(Unblinding.command(domain, open.study(), cohort, "serious adverse event",
                "pi@pc"));
        assertThat(unblinded.reason()).isEqualTo("serious adverse event");
        assertThat(unblinded.changes()).anySatisfy(c -> {
            assertThat(c.op()).isEqualTo(Op.ADD);
            assertThat(c.feature()).isEqualTo("blindingLog");
            assertThat(c.objects().get(0).values()).containsEntry("reason", "serious adverse event");
        });
    }

    @Test
    void manyNewMeasurementsAreOneCompactEntry() throws Exception {
        openDemo();
        AssaySession session = Studies.sessions(open.study()).stream().filter(s -> !s.getMeasurements().isEmpty())
                .findFirst().orElseThrow();
        List<Measurement> added = new ArrayList<>();
        List<Animal> animals = Studies.animalsOf(session);
        var measure = session.getMeasurements().get(0).getMeasure();
        for (int i = 0; i < 2000; i++) {
            Measurement m = VivariumFactory.eINSTANCE.createMeasurement();
            m.setAnimal(animals.get(i % animals.size()));
            m.setMeasure(measure);
            m.setValue(i / 10.0);
            added.add(m);
        }
        AuditEntry entry = run(AddCommand.create(domain, session, Literals.ASSAY_SESSION__MEASUREMENTS, added));
        assertThat(entry.changes()).hasSize(1);
        AuditChange add = entry.changes().get(0);
        assertThat(add.objects()).hasSize(2000);
        assertThat(add.objects().get(15).values()).containsEntry("value", "1.5");
        Animal unit = added.get(15).getAnimal();
        assertThat(add.objects().get(15).label()).isEqualTo(session.isBlinded() && unit.getBlindCode() != null
                ? Labels.of(session) + ", blind code " + unit.getBlindCode() + ", " + measure.getName()
                : Labels.of(added.get(15)));
        assertThat(session.isBlinded()).as("the demo's first scored session is blinded: the label keeps it so").isTrue();
        assertThat(add.objects().get(15).label()).doesNotContain(unit.getId());
        assertThat(entry.concerns(id(animals.get(0)))).isTrue();
        AuditTrail trail = AuditTrail.of(open.resource());
        open.save();
        // stored compactly: well under 40 bytes a value after compression
        assertThat(java.nio.file.Files.size(dir.resolve("d.vivarium"))).isPositive();
        assertThat(trail.check().intact()).isTrue();
    }

    /** A table long enough to be written in pieces side by side reads back row for row, in order. */
    @Test
    void aLongTableReadsBackRowForRowInOrder() throws Exception {
        openDemo();
        AssaySession session = Studies.sessions(open.study()).stream().filter(s -> !s.getMeasurements().isEmpty())
                .findFirst().orElseThrow();
        List<Animal> animals = Studies.animalsOf(session);
        List<org.vivarium.model.MeasureDefinition> measures = Studies.sessions(open.study()).stream()
                .flatMap(s -> s.getMeasurements().stream()).map(Measurement::getMeasure).distinct().limit(3).toList();
        assertThat(measures).hasSizeGreaterThan(1);
        List<Measurement> added = new ArrayList<>();
        for (int i = 0; i < 40_001; i++) { // written in pieces of rows side by side
            Measurement m = VivariumFactory.eINSTANCE.createMeasurement();
            m.setAnimal(animals.get(i * 7 % animals.size()));
            m.setMeasure(measures.get(i % measures.size()));
            m.setValue(i / 8.0 - 100);
            m.setExcluded(i % 11 == 0);
            m.setExclusionReason(i % 11 == 0 ? "outlier " + i : null);
            m.setSource("scores.xlsx!FST!C" + (i + 2));
            added.add(m);
        }
        AuditEntry entry = run(AddCommand.create(domain, session, Literals.ASSAY_SESSION__MEASUREMENTS, added));
        List<org.vivarium.core.audit.AuditObject> rows = entry.changes().get(0).objects();
        assertThat(rows).hasSize(added.size());
        for (int i = 0; i < added.size(); i++) {
            Measurement m = added.get(i);
            org.vivarium.core.audit.AuditObject row = rows.get(i);
            assertThat(row.values()).as("row %d", i).containsEntry("value",
                    java.math.BigDecimal.valueOf(m.getValue()).stripTrailingZeros().toPlainString())
                    .containsEntry("excluded", String.valueOf(m.isExcluded()))
                    .containsEntry("source", m.getSource());
            assertThat(row.refs()).as("row %d", i).contains(id(m.getAnimal()), id(m.getMeasure()));
            assertThat(row.id()).isEqualTo(id(session) + "/" + id(m.getAnimal())
                    + "/" + id(m.getMeasure()));
        }
        open.save();
        assertThat(AuditTrail.of(new FolderStudyStore(dir).read("d.vivarium").resource()).check().intact()).isTrue();
    }

    private String id(org.eclipse.emf.ecore.EObject o) {
        return ((org.vivarium.model.support.StudyResource) open.resource()).idOf(o);
    }
}
