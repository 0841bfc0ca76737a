package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Compound;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.ui.bench.BenchEditors;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.dosing.DosingEditor;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * Allocation concealment where technicians work: with the demo's treatments coded, the agenda, the dosing editor
 * (weighing and dosing typed as usual) and the entry grid show codes only - "Solution A 10 mL/kg", arm "C" - and no
 * real arm code, arm label or compound name in any cell; after an unblinding the real names appear. The demo study is
 * left as it was (every command undone and saved).
 */
class CodedTreatmentsUITest {

    private static final int DOSE = 3;
    private static final int VOLUME = 6;
    private static final int ARM = 3;

    private Command start;

    @AfterEach
    void restore() throws Exception {
        StudySession session = StudySessions.current();
        CommandStack stack = session.domain().getCommandStack();
        Ui.page().closeAllEditors(false);
        Ui.flush();
        while (stack.canUndo() && stack.getUndoCommand() != start) {
            stack.undo();
        }
        Ui.flush();
        BenchUi.restore(); // saves the study as it was before the test
        assertThat(session.study().isTreatmentsCoded()).isFalse();
        assertThat(BenchUi.saved().study().isTreatmentsCoded()).isFalse();
    }

    @Test
    void technicianViewsShowCodesOnlyUntilTheStudyIsUnblinded() throws Exception {
        StudySession session = StudySessions.current();
        Study study = session.study();
        CommandStack stack = session.domain().getCommandStack();
        start = stack.getUndoCommand();
        List<String> real = realNames(study);
        Operator.set("T. Tester");

        TreatmentCodes.Plan plan = TreatmentCodes.assign(study, 11, "UI test of coded views", "tester",
                LocalDateTime.now());
        assertThat(plan.problems()).isEmpty();
        stack.execute(plan.toCommand(session.domain()));
        assertThat(study.isTreatmentsCoded()).isTrue();

        TodayView today = BenchUi.openBench();
        Ui.flush();
        List<String> agenda = agendaTexts();
        assertThat(agenda).anyMatch(t -> t.startsWith("Dosing cohort 1 h at 0 h: 80 animals (Solution "));
        assertThat(String.join("\n", agenda)).doesNotContain(real.toArray(String[]::new));

        // dosing: weigh and give the first dose by keys, as usual
        today.open(BenchUi.item(today, "Dosing cohort 1 h at 0 h"));
        Ui.flush();
        DosingEditor dosing = (DosingEditor) Ui.page().getActiveEditor();
        TableViewer viewer = dosing.viewer();
        Table table = viewer.getTable();
        assertThat(table.getItemCount()).isEqualTo(80);
        for (TableItem item : table.getItems()) {
            String dose = item.getText(DOSE); // a virtual table: the text asks for the line
            DoseLine l = (DoseLine) item.getData();
            assertThat(dose).isEqualTo(l.regimen().getCompound().getBlindedCode() + " 10 mL/kg i.p. at 0 h");
        }
        assertThat(cells(table)).doesNotContain(real.toArray(String[]::new)).doesNotContain("mg/kg");
        assertThat(texts(table.getParent())).contains("Solution ").doesNotContain(real.toArray(String[]::new));
        DoseLine first = (DoseLine) table.getItem(0).getData();
        Animal animal = first.animal();
        viewer.setSelection(new StructuredSelection(first), true);
        Keyboard.focus(table);
        Keyboard.type("25");
        assertThat(table.getItem(0).getText(VOLUME)).as("the volume follows the weight, as without codes")
                .isEqualTo(ml(first, 25));
        Keyboard.type("\n");
        Ui.flush();
        Keyboard.type(" ");
        Ui.flush();
        DosingEvent given = event(animal, first);
        assertThat(given.getActualTime()).isNotNull();
        assertThat(given.getVolumeMl()).as("volumes stay exactly as computed").isEqualTo(Double.parseDouble(ml(first,
                25)));
        assertThat(cells(table)).doesNotContain(real.toArray(String[]::new));
        BenchUi.screenshot("coded-dosing-editor");

        // the entry grid of a session that is not blinded (SPT 24 h: one row per cage, with its arm)
        AssaySession spt = Studies.sessions(study).stream().filter(s -> s.getName().equals("SPT 24 h"))
                .findFirst().orElseThrow();
        assertThat(spt.isBlinded()).isFalse();
        EntryEditor entry = BenchEditors.openSession(Ui.page(), spt);
        Ui.flush();
        Keyboard.focus(entry.table());
        Keyboard.press(SWT.ARROW_DOWN, 0);
        Ui.flush();
        NatTable grid = entry.table();
        assertThat(grid.getDataValueByPosition(ARM, 0)).isEqualTo("Arm");
        List<String> arms = new ArrayList<>();
        for (int row = 1; row < grid.getRowCount(); row++) {
            Object arm = grid.getDataValueByPosition(ARM, row);
            if (arm != null) {
                arms.add(arm.toString());
            }
        }
        assertThat(arms).isNotEmpty().allMatch(a -> a.matches("[A-D]"));
        assertThat(visible(grid)).doesNotContain(real.toArray(String[]::new));
        assertThat(texts(grid.getParent())).contains("coded treatments").doesNotContain(real.toArray(String[]::new));
        BenchUi.screenshot("coded-entry-grid");

        Keyboard.press('s', SWT.CTRL);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved");
        Study saved = BenchUi.saved().study();
        assertThat(saved.isTreatmentsCoded()).isTrue();
        Animal savedAnimal = Studies.animals(saved).stream().filter(a -> a.getId().equals(animal.getId()))
                .findFirst().orElseThrow();
        assertThat(event(savedAnimal, first).getVolumeMl()).isEqualTo(given.getVolumeMl());

        // unblinding: the real arms and compounds appear where the codes were
        stack.execute(Unblinding.command(session.domain(), study, null, "UI test: analysis", "tester"));
        Ui.flush();
        NatTable unblindedGrid = entry.table();
        assertThat(visible(unblindedGrid)).contains("VEH+VEH").doesNotContain("coded treatments");
        assertThat(entry.sheet().rows()).allMatch(r -> study.getArms().stream().anyMatch(a -> a.getCode().equals(
                r.arm())));
        Ui.page().activate(dosing);
        Ui.flush();
        assertThat(cells(table)).contains("Ketamine 10 mg/kg i.p. at 0 h").contains("Saline 10 mL/kg i.p. at 0 h")
                .doesNotContain("Solution ");
        assertThat(String.join("\n", agendaTexts())).contains("(Ketamine, Saline)");
        Keyboard.focus(table);
        Keyboard.press('s', SWT.CTRL);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved");
        assertThat(Unblinding.isBlinded(BenchUi.saved().study())).isFalse();
    }

    private static List<String> realNames(Study study) {
        List<String> names = new ArrayList<>();
        for (TreatmentArm a : study.getArms()) {
            names.add(a.getCode());
            names.add(a.getLabel());
        }
        study.getCompounds().stream().map(Compound::getName).forEach(names::add);
        return names;
    }

    /** The texts of the Today view's agenda tree (every item, every column). */
    private static List<String> agendaTexts() {
        Ui.flush();
        List<String> texts = new ArrayList<>();
        for (Tree tree : Widgets.all(Ui.window().getShell(), Tree.class)) {
            List<String> own = new ArrayList<>();
            for (TreeItem section : tree.getItems()) {
                for (TreeItem item : section.getItems()) {
                    for (int c = 0; c < Math.max(1, tree.getColumnCount()); c++) {
                        own.add(item.getText(c));
                    }
                }
            }
            if (own.stream().anyMatch(t -> t.startsWith("Dosing cohort"))) {
                texts.addAll(own);
            }
        }
        assertThat(texts).as("the agenda lists today's dosing").isNotEmpty();
        return texts;
    }

    /** Every cell of a table, one line per row. */
    private static String cells(Table table) {
        Ui.flush();
        StringBuilder b = new StringBuilder();
        for (TableItem item : table.getItems()) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                b.append(item.getText(c)).append(" | ");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The visible cells of a grid (headers included). */
    private static String visible(NatTable grid) {
        Ui.flush();
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < grid.getRowCount(); row++) {
            for (int c = 0; c < grid.getColumnCount(); c++) {
                b.append(grid.getDataValueByPosition(c, row)).append(" | ");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The texts of the labels and message fields of an editor (title, details, hint). */
    private static String texts(Composite editor) {
        StringBuilder b = new StringBuilder();
        Widgets.all(editor, Label.class).forEach(l -> b.append(l.getText()).append('\n'));
        Widgets.all(editor, Text.class).forEach(t -> b.append(t.getText()).append('\n'));
        return b.toString();
    }

    private static String ml(DoseLine line, double grams) {
        return String.format("%.2f", DoseCalculator.volume(line.regimen(), grams).volumeMl());
    }

    private static DosingEvent event(Animal animal, DoseLine line) {
        return animal.getDosingEvents().stream().filter(e -> e.getRegimen() != null && e.getRegimen().getCompound()
                != null && e.getRegimen().getCompound().getName().equals(line.regimen().getCompound().getName())
                && line.task().due().equals(e.getScheduledTime())).findFirst().orElseThrow();
    }
}
