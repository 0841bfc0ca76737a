package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.DosingEvent;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.dosing.DosingEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * What the dosing editor shows is what is recorded: a weight being typed shows its volume as provisional (not
 * recorded yet), Esc takes it back, and a refused weight (200 g for a mouse) leaves the recorded weight's volume on
 * screen with the reason; typed on the demo's BCI round of today.
 */
class DosingWeighingUITest {

    private static final int WEIGHT = 4;
    private static final int WEIGHED = 5;
    private static final int VOLUME = 6;

    @AfterEach
    void restore() throws Exception {
        BenchUi.restore();
    }

    @Test
    void aWeightBeingTypedIsProvisionalAndARefusedOneLeavesTheRecordedVolume() throws Exception {
        StudySession session = StudySessions.current();
        Operator.set("T. Tester");
        var today = BenchUi.openBench();
        today.open(BenchUi.item(today, "Dosing cohort 1 h at +30 min"));
        Ui.flush();
        DosingEditor editor = (DosingEditor) Ui.page().getActiveEditor();
        TableViewer viewer = editor.viewer();
        String hint = editor.message();
        DoseLine line = (DoseLine) viewer.getTable().getItem(0).getData();
        Animal animal = line.animal();
        assertThat(line.isGiven()).isFalse();
        double recordedGrams = line.weightGrams();
        int weighings = animal.getBodyWeights().size();
        TableItem item = viewer.getTable().getItem(0);
        String recorded = item.getText(VOLUME);
        assertThat(recorded).isEqualTo(ml(line, recordedGrams));

        viewer.setSelection(new StructuredSelection(line), true);
        Keyboard.focus(viewer.getTable());
        Keyboard.type("25");
        assertThat(item.getText(VOLUME)).as("the volume of the weight being typed").isEqualTo(ml(line, 25));
        assertThat(item.getText(WEIGHED)).as("marked as not recorded yet").contains("not recorded");
        assertThat(item.getFont(VOLUME).getFontData()[0].getStyle() & SWT.ITALIC).isNotZero();
        assertThat(editor.message()).contains("25 g", ml(line, 25) + " mL", "not recorded yet");
        BenchUi.screenshot("dosing-weight-being-typed");
        Keyboard.type("\u001b");
        Ui.flush();
        assertThat(item.getText(VOLUME)).as("Esc brings back the recorded volume").isEqualTo(recorded);
        assertThat(item.getFont(VOLUME).getFontData()[0].getStyle() & SWT.ITALIC).isZero();
        assertThat(item.getText(WEIGHED)).doesNotContain("not recorded");
        assertThat(editor.message()).isEqualTo(hint);

        Keyboard.type("200");
        assertThat(item.getText(VOLUME)).as("a weight that cannot be recorded gives no volume").isEqualTo(recorded);
        assertThat(editor.message()).contains("200", "outside the valid range 5-80 g");
        Keyboard.type("\n");
        Ui.flush();
        BenchUi.screenshot("dosing-weight-refused");
        assertThat(item.getText(VOLUME)).as("the refused weight left the recorded volume").isEqualTo(recorded);
        assertThat(item.getText(WEIGHT)).isEqualTo(String.format("%.1f", recordedGrams));
        assertThat(editor.message()).contains(animal.getId(), "200", "outside the valid range 5-80 g",
                "not recorded", recorded + " mL");
        assertThat(animal.getBodyWeights()).hasSize(weighings);
        assertThat(event(animal, line).getBodyWeightGrams()).isEqualTo(line.event().getBodyWeightGrams());

        Keyboard.type("21\n");
        Ui.flush();
        item = viewer.getTable().getItem(0);
        assertThat(item.getText(VOLUME)).isEqualTo(ml(line, 21));
        assertThat(item.getFont(VOLUME).getFontData()[0].getStyle() & SWT.ITALIC).isZero();
        assertThat(editor.message()).isEqualTo(hint);
        Keyboard.type(" ");
        assertThat(event(animal, line).getVolumeMl()).isEqualTo(Double.parseDouble(ml(line, 21)));

        Keyboard.press('s', SWT.CTRL);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved");
        Animal saved = Studies.animals(BenchUi.saved().study()).stream().filter(a -> a.getId().equals(animal.getId()))
                .findFirst().orElseThrow();
        assertThat(saved.getBodyWeights()).hasSize(weighings + 1);
        assertThat(Studies.latestBodyWeight(saved, null).getWeightGrams()).isEqualTo(21.0);
        DosingEvent given = event(saved, line);
        assertThat(given.getBodyWeightGrams()).isEqualTo(21.0);
        assertThat(given.getVolumeMl()).isEqualTo(Double.parseDouble(ml(line, 21)));
        assertThat(given.getOperator()).isEqualTo("T. Tester");
    }

    private static String ml(DoseLine line, double grams) {
        return String.format("%.2f", DoseCalculator.volume(line.regimen(), grams).volumeMl());
    }

    private static DosingEvent event(Animal animal, DoseLine line) {
        return animal.getDosingEvents().stream().filter(e -> line.task().due().equals(e.getScheduledTime()))
                .findFirst().orElseThrow();
    }
}
