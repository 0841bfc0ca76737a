package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.DosingEvent;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.dosing.DosingEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * The Bench perspective on the demo study: today's agenda (the 1 h cohort is dosed and tested today), marking work
 * done with who and when, and the dosing editor driven by keys (weighing updates the volume, Space records a dose).
 */
class BenchUITest {

    @AfterEach
    void restore() throws Exception {
        BenchUi.restore();
    }

    @Test
    void todayListsTheDemosDosingRoundsAndSessionsOfToday() throws Exception {
        TodayView today = BenchUi.openBench();
        List<ScheduledItem> items = today.items();
        assertThat(items).extracting(ScheduledItem::title).containsExactly(
                "Dosing cohort 1 h at 0 h: 80 animals (Ketamine, Saline)",
                "Dosing cohort 1 h at +30 min: 80 animals (BCI, BCI vehicle)",
                "FST 1 h (cohort 1 h, 1 h after dose)",
                "NSF 1 h (cohort 1 h, 1 h after dose)");
        LocalDate day = items.get(0).due().toLocalDate();
        assertThat(items).extracting(i -> Agenda.when(i, day)).containsExactly("09:00", "09:30", "10:00", "11:00");
        assertThat(Ui.page().getEditorReferences()).isEmpty();
    }

    @Test
    void markingASessionDoneRecordsTheOperatorAndCanBeUndone() throws Exception {
        StudySession session = StudySessions.current();
        TodayView today = BenchUi.openBench();
        Operator.set("T. Tester");
        ScheduledItem nsf = BenchUi.item(today, "NSF 1 h");
        AssaySession s = (AssaySession) nsf.subjects().get(0);
        LocalDateTime before = LocalDateTime.now().withSecond(0).withNano(0);
        assertThat(today.markDone(nsf, false)).isNull();
        assertThat(s.getCompletedBy()).isEqualTo("T. Tester");
        assertThat(s.getCompletedAt()).isBetween(before, LocalDateTime.now());
        Ui.flush();
        ScheduledItem done = BenchUi.item(today, "NSF 1 h");
        assertThat(done.done()).isTrue();
        assertThat(Agenda.status(done, LocalDateTime.now())).startsWith("done ").endsWith(" by T. Tester");
        session.domain().getCommandStack().undo();
        assertThat(s.getCompletedAt()).isNull();
        Ui.flush();
        assertThat(BenchUi.item(today, "NSF 1 h").done()).isFalse();
    }

    @Test
    void dosingByKeysWeighsUpdatesTheVolumeAndRecordsTheDoses() throws Exception {
        TodayView today = BenchUi.openBench();
        Operator.set("T. Tester");
        today.open(BenchUi.item(today, "Dosing cohort 1 h at 0 h"));
        Ui.flush();
        DosingEditor editor = (DosingEditor) Ui.page().getActiveEditor();
        TableViewer viewer = editor.viewer();
        assertThat(viewer.getTable().getItemCount()).isEqualTo(80);
        assertThat(viewer.getTable().getColumn(6).getText()).isEqualTo("Volume (mL)");
        DoseLine first = (DoseLine) viewer.getTable().getItem(0).getData();
        DoseLine second = (DoseLine) viewer.getTable().getItem(1).getData();
        Animal a = first.animal();
        Animal b = second.animal();
        assertThat(first.isGiven()).isFalse();
        assertThat(viewer.getTable().getItem(0).getText(6)).isEqualTo(String.format("%.2f",
                first.weightGrams() * 10 / 1000));

        viewer.setSelection(new StructuredSelection(first), true);
        Keyboard.focus(viewer.getTable());
        Keyboard.type("25.0");
        assertThat(viewer.getTable().getItem(0).getText(6)).as("the volume follows the weight as it is typed")
                .isEqualTo("0.25");
        Keyboard.type("\n");
        Ui.flush();
        assertThat(Studies.latestBodyWeight(a, null).getWeightGrams()).isEqualTo(25.0);
        assertThat(Studies.latestBodyWeight(a, null).getOperator()).isEqualTo("T. Tester");
        DosingEvent eventA = a.getDosingEvents().stream().filter(e -> e.getRegimen() == first.regimen()).findFirst()
                .orElseThrow();
        assertThat(eventA.getBodyWeightGrams()).isEqualTo(25.0);
        assertThat(eventA.getVolumeMl()).isEqualTo(0.25);
        assertThat(eventA.getActualTime()).isNull();

        Keyboard.type(" ");
        assertThat(eventA.getActualTime()).as("Space records the dose as given now").isNotNull();
        assertThat(eventA.getOperator()).isEqualTo("T. Tester");
        Ui.flush();
        DoseLine selected = (DoseLine) viewer.getStructuredSelection().getFirstElement();
        assertThat(selected.animal()).as("the next dose to give is selected").isSameAs(b);
        Keyboard.type(" ");
        DosingEvent eventB = b.getDosingEvents().stream().filter(e -> e.getRegimen() == second.regimen()).findFirst()
                .orElseThrow();
        assertThat(eventB.getActualTime()).isNotNull();
        assertThat(eventB.getVolumeMl()).isEqualTo(Math.round(Studies.latestBodyWeight(b, null).getWeightGrams() * 10
                / 1000 * 100) / 100.0);
        assertThat(editor.round().given()).isEqualTo(2);

        Keyboard.press('z', SWT.CTRL);
        assertThat(eventB.getActualTime()).as("Ctrl+Z takes the last dose back").isNull();
        Keyboard.press('y', SWT.CTRL);
        assertThat(eventB.getActualTime()).isNotNull();
        Ui.flush();
        assertThat(viewer.getTable().getItem(1).getText(7)).endsWith(" by T. Tester");
    }
}
