package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.entry.EntryRow;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.entry.SheetEdits;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

class EntrySheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Study demo = DemoStudy.generate(42, TODAY);

    static AssaySession session(Study study, String name) {
        return Studies.sessions(study).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void blindedSessionListsAnimalsByBlindCodeWithoutCageOrArm() {
        EntrySheet sheet = EntrySheet.of(session(demo, "FST 1 h"));
        assertThat(sheet.blinded()).isTrue();
        assertThat(sheet.rowCount()).isEqualTo(80);
        assertThat(sheet.measures()).extracting(m -> m.getName()).containsExactly("immobility", "latency");
        List<String> names = sheet.rows().stream().map(EntryRow::name).toList();
        assertThat(names).isSorted().doesNotHaveDuplicates().allMatch(n -> n.matches("[A-Z0-9]{4}"));
        assertThat(sheet.rows()).allMatch(r -> r.cage().isEmpty() && r.arm().isEmpty());
        Animal first = (Animal) sheet.row(0).unit();
        assertThat(first.getBlindCode()).isEqualTo(sheet.row(0).name());
        assertThat(sheet.describe(0)).isEqualTo("blind code " + first.getBlindCode());
        assertThat(sheet.filled()).isZero();
    }

    @Test
    void openSessionShowsIdsCagesAndArmsInCohortOrder() {
        AssaySession fst = session(demo, "FST 1 wk");
        fst.setBlinded(false);
        EntrySheet sheet = EntrySheet.of(fst);
        EntryRow row = sheet.row(0);
        Animal animal = fst.getCohort().getAnimals().get(0);
        assertThat(row.unit()).isSameAs(animal);
        assertThat(row.name()).isEqualTo(animal.getId());
        assertThat(row.cage()).isEqualTo(animal.getCage().getLabel());
        assertThat(row.arm()).isEqualTo(animal.getArm().getCode());
        assertThat(sheet.filled()).isEqualTo(fst.getMeasurements().size());
        Measurement m = fst.getMeasurements().get(0);
        assertThat(sheet.measurement(sheet.rowOf(m.getAnimal()), sheet.columnOf(m.getMeasure()))).isSameAs(m);
    }

    @Test
    void cageSessionsHaveOneRowPerCage() {
        AssaySession spt = session(demo, "SPT 1 wk");
        EntrySheet sheet = EntrySheet.of(spt);
        assertThat(sheet.unit()).isEqualTo(ExperimentalUnit.CAGE);
        assertThat(sheet.rowCount()).isEqualTo(spt.getCohort().getCages().size());
        Cage cage = (Cage) sheet.row(0).unit();
        assertThat(sheet.row(0).cage()).startsWith(cage.getAnimals().get(0).getId() + ", ");
        assertThat(sheet.measurement(0, 2).getCage()).isSameAs(cage);
        assertThat(sheet.filled()).isEqualTo(spt.getMeasurements().size());
    }

    @Test
    void animalsGoneBeforeTheSessionAreLeftOutUnlessMeasured() {
        AssaySession fst = session(demo, "FST 1 h");
        Animal gone = fst.getCohort().getAnimals().get(3);
        gone.setStatus(AnimalStatus.FOUND_DEAD);
        assertThat(EntrySheet.of(fst).rowOf(gone)).isEqualTo(-1);
        assertThat(EntrySheet.of(fst).rowCount()).isEqualTo(79);

        AssaySession week = session(demo, "FST 1 wk");
        Animal measured = week.getMeasurements().get(0).getAnimal();
        measured.setStatus(AnimalStatus.EXCLUDED);
        EntrySheet sheet = EntrySheet.of(week);
        assertThat(sheet.row(sheet.rowOf(measured)).status()).isEqualTo("excluded");
    }

    @Test
    void indexFollowsCommandsUndoAndRedo() {
        AssaySession nsf = session(demo, "NSF 1 h");
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        int[] changes = { 0 };
        EntrySheet sheet = EntrySheet.of(nsf).track(() -> changes[0]++);
        SheetEdits edits = new SheetEdits(domain, sheet);
        stack.execute(edits.paste(0, 0, "320\t0.4\n600\t0.5\n").command());
        assertThat(sheet.filled()).isEqualTo(4);
        assertThat(sheet.measurement(1, 0).isCensored()).isTrue();
        stack.undo();
        assertThat(sheet.filled()).isZero();
        assertThat(nsf.getMeasurements()).isEmpty();
        stack.redo();
        assertThat(sheet.measurement(0, 1).getValue()).isEqualTo(0.4);
        int seen = changes[0];
        assertThat(seen).isPositive();
        sheet.dispose();
        stack.undo();
        assertThat(changes[0]).isEqualTo(seen);
        assertThat(sheet.measurement(0, 1)).as("no longer tracked").isNotNull();
    }

    @Test
    void aDuplicateTakesTheCellWhenTheFirstValueIsRemoved() {
        AssaySession fst = session(demo, "FST 1 wk");
        EntrySheet sheet = EntrySheet.of(fst).track(() -> {
        });
        Measurement first = sheet.measurement(0, 0);
        Measurement duplicate = org.eclipse.emf.ecore.util.EcoreUtil.copy(first);
        duplicate.setValue(99);
        fst.getMeasurements().add(duplicate);
        assertThat(sheet.measurement(0, 0)).isSameAs(first);
        fst.getMeasurements().remove(first);
        assertThat(sheet.measurement(0, 0)).isSameAs(duplicate);
        fst.getMeasurements().remove(duplicate);
        assertThat(sheet.measurement(0, 0)).isNull();
    }
}
