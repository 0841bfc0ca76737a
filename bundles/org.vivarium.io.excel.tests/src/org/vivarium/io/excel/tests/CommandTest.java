package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.model.Cage;
import org.vivarium.model.Study;

/** A plan as one undoable command on an editing domain, as the import wizard runs it. */
class CommandTest {

    @TempDir
    Path dir;

    private final Study study = ImportFixtures.study();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

    CommandTest() {
        Resource r = new XMIResourceImpl(URI.createURI("memory:/study.xmi"));
        r.getContents().add(study);
    }

    private ImportPlan rosterAndValues() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("BW 0 h.csv"), "Animal,Cage,Sex,Arm,Body weight (g)\nN1,K1,F,VEH,19\n"
                + "A1,K1,F,VEH,20\n");
        return Imports.plan(csv, study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT.withCreate(true));
    }

    @Test
    void executesUndoesAndRedoesTheWholeImport() throws Exception {
        Study before = EcoreUtil.copy(study);
        ImportPlan plan = rosterAndValues();
        assertThat(plan.summary()).isEqualTo("0 already present, 2 added; created 1 animal");
        Command command = plan.toCommand(domain);
        assertThat(command.getLabel()).isEqualTo("Import " + dir.resolve("BW 0 h.csv"));
        assertThat(command.canExecute()).isTrue();
        domain.getCommandStack().execute(command);
        Cage k1 = study.getCohorts().get(0).getCages().get(0);
        assertThat(k1.getAnimals()).extracting(a -> a.getId()).containsExactly("A1", "A2", "N1");
        assertThat(Imports.value(study, "BW 0 h", "N1", "weight").getValue()).isEqualTo(19);
        assertThat(Studies.findAnimal(study, "N1").eResource()).isSameAs(study.eResource());

        domain.getCommandStack().undo();
        assertThat(EcoreUtil.equals(study, before)).isTrue();
        assertThat(k1.getAnimals()).extracting(a -> a.getId()).containsExactly("A1", "A2");

        domain.getCommandStack().redo();
        assertThat(Imports.value(study, "BW 0 h", "A1", "weight").getValue()).isEqualTo(20);
        assertThat(Studies.findAnimal(study, "N1").getCage()).isSameAs(k1);
    }

    @Test
    void cannotExecuteWhenWhatItAddsToIsGone() throws Exception {
        ImportPlan plan = rosterAndValues();
        Command command = plan.toCommand(domain);
        EcoreUtil.remove(Imports.session(study, "BW 0 h"));
        assertThat(command.canExecute()).isFalse();
    }

    @Test
    void aPlanWithProblemsOrAppliedOnceCannotBeAppliedAgain() throws Exception {
        ImportPlan plan = rosterAndValues();
        plan.applyTo(study);
        assertThatThrownBy(() -> plan.applyTo(study)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the plan was applied already");
        Path bad = Workbooks.csv(dir.resolve("bad.csv"), "Animal,Body weight (g),Session\nZ9,20,BW 0 h\n");
        ImportPlan refused = Imports.plan(bad, study);
        assertThatThrownBy(() -> refused.toCommand(domain)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the plan has 1 problems; it cannot be applied");
    }
}
