package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.demo.ChronicDemo;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.DosingEvent;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.dosing.DosingEditor;
import org.vivarium.ui.dosing.WindowReasonDialog;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySessions;

/**
 * The chronic example at the bench: Today lists each day's rounds of the repeated regimens; a round double-clicked
 * opens its dosing sheet; Space on a dose due tomorrow asks why it is given outside its window (naming the animal, the
 * due time, the time given and how early) - Cancel records nothing, a typed reason is recorded with the dose and saved.
 */
class ChronicDosingUITest {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final String REASON = "cage change at 07:00 tomorrow: dosed the evening before";

    private final DialogAnswers answers = new DialogAnswers();
    private Path demo;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheChronicExample() throws Exception {
        Ui.flush();
        demo = StudySessions.current().file();
        assertThat(SaveStudy.run(Ui.window().getShell())).isTrue();
        Ui.page().closeAllEditors(false);
        new FolderStudyStore(dir).create("chronic.vivarium", ChronicDemo.generate(42)).close();
        assertThat(OpenStudies.open(Ui.window().getShell(), dir.resolve("chronic.vivarium"))).isTrue();
        Ui.flush();
        assertThat(StudySessions.current().study().getId()).isEqualTo("CHRONIC-DEMO");
        ReasonAnswers.windowOff();
    }

    @AfterEach
    void backToTheDemo() throws Exception {
        ReasonAnswers.windowOn();
        Ui.window().getShell().forceActive(); // the workbench window, not the dialog closed last, is the active shell
        Keyboard.settle(100);
        BenchUi.restore();
        Ui.page().closeAllEditors(false);
        assertThat(OpenStudies.open(Ui.window().getShell(), demo)).isTrue();
        Ui.flush();
    }

    @Test
    void aDoseGivenOutOfItsWindowAsksForTheReasonAndRecordsIt() throws Exception {
        Operator.set("T. Tester");
        TodayView today = BenchUi.openBench();
        today.showRange(1); // the next 7 days
        Ui.flush();
        LocalDateTime tomorrowNine = LocalDate.now().plusDays(1).atTime(9, 0);
        ScheduledItem round = today.items().stream().filter(i -> i.title().startsWith(
                "Dosing cohort Chronic A, day 11:") && tomorrowNine.equals(i.due())).findFirst().orElseThrow();
        assertThat(today.items()).filteredOn(i -> i.title().startsWith("Dosing cohort Chronic A, day 12:"))
                .as("each day's rounds: 09:00, 09:30 and 17:00").hasSize(3);
        BenchUi.screenshot("chronic-today");

        Tree tree = today.viewer().getTree();
        Mouse.doubleClick(tree, item(tree, round));
        Ui.flush();
        assertThat(Ui.page().getActiveEditor()).isInstanceOf(DosingEditor.class);
        DosingEditor editor = (DosingEditor) Ui.page().getActiveEditor();
        assertThat(editor.round().due()).isEqualTo(tomorrowNine);
        TableViewer viewer = editor.viewer();
        assertThat(viewer.getTable().getItemCount()).isEqualTo(16); // the fluoxetine and vehicle arms, twice daily
        DoseLine first = (DoseLine) viewer.getTable().getItem(0).getData();
        Animal animal = first.animal();

        // Cancel: nothing recorded
        answers.answer(WindowReasonDialog.TITLE, dialog -> DialogUi.press(dialog, "Cancel (record nothing)"));
        viewer.setSelection(new StructuredSelection(first), true);
        Keyboard.focus(viewer.getTable());
        Keyboard.type(" ");
        Ui.flush();
        answers.failIfAny("Cancel");
        assertThat(event(animal, tomorrowNine)).as("Cancel records nothing").isNull();
        assertThat(editor.message()).contains("a dose outside its dosing window is recorded only with a reason");

        // a reason typed: recorded with the dose
        String[] asked = new String[1];
        answers.answer(WindowReasonDialog.TITLE, dialog -> {
            asked[0] = String.join("\n", Widgets.all(dialog, Label.class).stream().map(Label::getText).toList());
            assertThat(Widgets.button(dialog, "Record with this reason", 0).isEnabled()).isFalse();
            DialogUi.type(DialogUi.field(dialog, 0), REASON);
            DialogUi.press(dialog, "Record with this reason");
        });
        viewer.setSelection(new StructuredSelection(first), true);
        Keyboard.focus(viewer.getTable());
        LocalDateTime before = LocalDateTime.now().withSecond(0).withNano(0);
        Keyboard.type(" ");
        Ui.flush();
        answers.failIfAny("the reason");
        assertThat(asked[0]).contains(animal.getId() + " due " + DAY_TIME.format(tomorrowNine) + ", given ")
                .contains(" early, outside its window of \u00b1 30 min");
        DosingEvent given = event(animal, tomorrowNine);
        assertThat(given).isNotNull();
        assertThat(given.getActualTime()).isBetween(before, LocalDateTime.now());
        assertThat(given.getOperator()).isEqualTo("T. Tester");
        assertThat(given.getWindowReason()).isEqualTo(REASON);
        Ui.flush();
        assertThat(viewer.getTable().getColumn(8).getText()).isEqualTo("Window");
        assertThat(viewer.getTable().getItem(0).getText(8)).startsWith("\u26a0 ").endsWith(" early (out of window)");
        BenchUi.screenshot("chronic-dosing-out-of-window");

        assertThat(SaveStudy.run(Ui.window().getShell())).isTrue();
        Animal saved = Studies.findAnimal(BenchUi.saved().study(), animal.getId());
        DosingEvent savedEvent = event(saved, tomorrowNine);
        assertThat(savedEvent.getWindowReason()).isEqualTo(REASON);
        assertThat(savedEvent.getActualTime()).isEqualTo(given.getActualTime());
        assertThat(savedEvent.getRegimen().getCompound().getName()).isEqualTo(first.regimen().getCompound().getName());
    }

    private static DosingEvent event(Animal animal, LocalDateTime due) {
        return animal.getDosingEvents().stream().filter(e -> due.equals(e.getScheduledTime())).findFirst()
                .orElse(null);
    }

    /** The tree item showing an agenda item. */
    private static TreeItem item(Tree tree, ScheduledItem wanted) {
        for (TreeItem section : tree.getItems()) {
            for (TreeItem i : section.getItems()) {
                if (i.getData() instanceof ScheduledItem s && s.title().equals(wanted.title())
                        && wanted.due().equals(s.due())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no row for " + wanted.title());
    }
}
