package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivarium.ui.tests.DialogUi.answer;
import static org.vivarium.ui.tests.DialogUi.field;
import static org.vivarium.ui.tests.DialogUi.press;
import static org.vivarium.ui.tests.DialogUi.run;
import static org.vivarium.ui.tests.DialogUi.type;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * The study designer's path from an empty study to a randomised, blinded cohort: Study > Add Animals... (typed: 80
 * animals, 40f,40m, new cages of 4), Study > Randomise... (stratified by sex, a typed seed, with its preview), Study >
 * Unblind... - each a dialog answered with real keystrokes, each one undoable command, everything in the saved file.
 */
class AllocationUITest {

    @TempDir
    Path dir;
    private Path demoFile;

    @BeforeEach
    void newStudyWithFourArmsAndACohort() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        demoFile = StudySessions.current().file();
        Study study = Studies.newStudy("pilot.vivarium", "Pilot");
        for (String code : new String[] { "VEH", "KET", "BCI", "KET+BCI" }) {
            TreatmentArm arm = VivariumFactory.eINSTANCE.createTreatmentArm();
            arm.setCode(code);
            arm.setLabel(code);
            arm.setControl(code.equals("VEH"));
            study.getArms().add(arm);
        }
        Cohort cohort = VivariumFactory.eINSTANCE.createCohort();
        cohort.setName("24 h");
        cohort.setSex(Sex.MIXED);
        study.getCohorts().add(cohort);
        new FolderStudyStore(dir).create("pilot.vivarium", study).close();
        OpenStudies.open(Ui.window().getShell(), dir.resolve("pilot.vivarium"));
        Ui.flush();
        assertThat(StudySessions.current().study().getTitle()).isEqualTo("Pilot");
    }

    @AfterEach
    void backToTheDemo() {
        if (StudySessions.current() != null && StudySessions.current().isDirty()) {
            StudySessions.current().domain().getCommandStack().flush(); // nothing of this test is kept
        }
        OpenStudies.open(Ui.window().getShell(), demoFile);
        Ui.flush();
    }

    @Test
    void eightyAnimalsAddedRandomisedBySexWithATypedSeedAndCodedEndUpInTheSavedFile() throws Exception {
        StudySession session = StudySessions.current();
        Cohort cohort = session.study().getCohorts().get(0);

        answer("Add Animals", dialog -> {
            type(field(dialog, 0), "80");          // number of animals
            type(field(dialog, 1), "40f,40m");     // sex
            type(field(dialog, 2), "C57BL/6J");    // strain
            type(field(dialog, 3), "2026-10-01");  // date of birth
            assertThat(dialog.getDisplay().getActiveShell()).isSameAs(dialog);
            press(dialog, "Add");
        });
        run("org.vivarium.ui.addAnimals");
        assertThat(cohort.getAnimals()).hasSize(80);
        assertThat(cohort.getAnimals().stream().filter(a -> a.getSex() == Sex.FEMALE)).hasSize(40);
        assertThat(cohort.getCages()).isNotEmpty().allSatisfy(c -> assertThat(c.getAnimals()).hasSizeBetween(1, 4)
                .extracting(Animal::getSex).containsOnly(c.getAnimals().get(0).getSex()));
        assertThat(cohort.getStrain()).isEqualTo("C57BL/6J");

        String[] preview = new String[1];
        answer("Randomise", dialog -> {
            Button sex = Widgets.button(dialog, "Sex", 0);
            sex.setSelection(true); // a click on the check box
            Widgets.press(sex);
            Text seed = field(dialog, 1); // ratio, seed, reason
            seed.selectAll();
            type(seed, "20261206");
            preview[0] = Widgets.all(dialog, Text.class).stream().filter(t -> t.getText().contains("\n"))
                    .map(Text::getText).findFirst().orElse("");
            press(dialog, "Randomise");
        });
        run("org.vivarium.ui.randomise");
        assertThat(preview[0]).contains("20261206").containsIgnoringCase("sex");
        assertThat(cohort.getAnimals()).allSatisfy(a -> assertThat(a.getArm()).isNotNull());
        assertThat(session.domain().getCommandStack().getUndoCommand().getLabel()).contains("24 h");

        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.flush();
        assertThat(session.isDirty()).isFalse();

        Study saved = new FolderStudyStore(dir).read("pilot.vivarium").study();
        Cohort back = saved.getCohorts().get(0);
        assertThat(back.getAnimals()).hasSize(80);
        AllocationRecord record = saved.getAllocations().get(0);
        assertThat(record.getSeed()).isEqualTo(20261206L);
        assertThat(record.getStrata()).containsExactly("sex");
        assertThat(record.getEntries()).hasSize(80);
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
            Map<String, Long> perArm = back.getAnimals().stream().filter(a -> a.getSex() == sex)
                    .collect(Collectors.groupingBy(a -> a.getArm().getCode(), Collectors.counting()));
            assertThat(perArm).as(sex + " per arm").containsOnly(Map.entry("VEH", 10L), Map.entry("KET", 10L),
                    Map.entry("BCI", 10L), Map.entry("KET+BCI", 10L));
        }
        assertThat(new HashSet<>(back.getAnimals().stream().map(Animal::getBlindCode).toList())).hasSize(80)
                .doesNotContainNull();
        assertThat(saved.getRandomisationMethod()).contains("20261206");
        assertThat(saved.getBlindingMethod()).contains("generated by Vivarium for cohort 24 h");
    }

    @Test
    void unblindingAsksForAReasonAndRecordsItButCancelChangesNothing() throws Exception {
        StudySession session = StudySessions.current();
        answer("Code Treatments", dialog -> press(dialog, "Code Treatments"));
        run("org.vivarium.ui.codeTreatments");
        assertThat(session.study().isTreatmentsCoded()).isTrue();
        assertThat(session.study().getArms()).allSatisfy(a -> assertThat(a.getBlindedCode()).isNotBlank());

        answer("Unblind", dialog -> {
            assertThat(Widgets.button(dialog, "Unblind", 0).isEnabled()).as("no reason yet").isFalse();
            press(dialog, "Cancel");
        });
        run("org.vivarium.ui.unblind");
        assertThat(session.study().getBlindingLog()).noneMatch(e -> e.getKind() == BlindingEventKind.UNBLINDED);

        String[] key = new String[1];
        answer("Unblind", dialog -> {
            type(field(dialog, 0), "final analysis");
            answer("Treatment key", shown -> { // shown after the unblinding is recorded
                key[0] = Widgets.all(shown, org.eclipse.swt.widgets.Label.class).stream()
                        .map(org.eclipse.swt.widgets.Label::getText).collect(Collectors.joining("\n"));
                press(shown, "OK");
            });
            press(dialog, "Unblind");
        });
        run("org.vivarium.ui.unblind");
        assertThat(session.study().getBlindingLog()).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(BlindingEventKind.UNBLINDED);
            assertThat(e.getReason()).isEqualTo("final analysis");
            assertThat(e.getBy()).isNotBlank();
            assertThat(e.getAt()).isNotNull();
        });
        assertThat(key[0]).contains("-> KET+BCI");
    }

    @Test
    void earTagsPastedAsAColumnGoToTheCohortsAnimalsInOrderAndAShortColumnIsRefused() throws Exception {
        StudySession session = StudySessions.current();
        Cohort cohort = session.study().getCohorts().get(0);
        var plan = org.vivarium.core.study.AnimalBatch.plan(session.study(), org.vivarium.core.study.AnimalBatch
                .Settings.of(cohort, 3).withSexes(List.of(new org.vivarium.core.study.AnimalBatch.SexCount(
                        Sex.FEMALE, 3))));
        session.domain().getCommandStack().execute(plan.toCommand(session.domain()));

        answer("Paste Ear Tags", dialog -> {
            Text column = Widgets.all(dialog, Text.class).stream().filter(t -> (t.getStyle()
                    & org.eclipse.swt.SWT.READ_ONLY) == 0 && (t.getStyle() & org.eclipse.swt.SWT.MULTI) != 0)
                    .findFirst().orElseThrow();
            Keyboard.focus(column);
            column.insert("1201\n1202\n"); // what Ctrl+V of two cells copied from a spreadsheet inserts
            Ui.flush();
            assertThat(Widgets.button(dialog, "Set", 0).isEnabled()).as("2 tags for 3 animals").isFalse();
            column.insert("1203\n");
            Ui.flush();
            press(dialog, "Set");
        });
        run("org.vivarium.ui.pasteTags");
        assertThat(cohort.getAnimals()).extracting(Animal::getEarTag).containsExactly("1201", "1202", "1203");
        assertThat(session.domain().getCommandStack().getUndoCommand().getLabel()).isEqualTo(
                "Set ear tags of 3 animals");
    }
}
