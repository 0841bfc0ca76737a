package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cohort;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;

class DoseRoundTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime NINE = TODAY.atTime(9, 0);
    private final Study demo = DemoStudy.generate(42, TODAY);
    private final Cohort oneHour = demo.getCohorts().get(0);
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);

    private void run(Result result) {
        assertThat(result.problem()).isNull();
        stack.execute(result.command());
    }

    private DoseLine line(Animal animal, LocalDateTime due) {
        return DoseRound.of(oneHour, due).lines().stream().filter(l -> l.animal() == animal).findFirst().orElseThrow();
    }

    @Test
    void roundHasEveryAnimalWithItsLatestWeightAndVolume() {
        assertThat(DoseRound.times(oneHour)).containsExactly(NINE, TODAY.atTime(9, 30));
        DoseRound round = DoseRound.of(oneHour, NINE);
        assertThat(round.lines()).hasSize(80);
        assertThat(round.given()).isZero();
        assertThat(round.warnings()).isZero();
        assertThat(round.compounds()).isEqualTo("Ketamine, Saline");
        for (DoseLine l : round.lines()) {
            BodyWeight latest = Studies.latestBodyWeight(l.animal(), null);
            assertThat(l.weightGrams()).isEqualTo(latest.getWeightGrams());
            assertThat(l.weighedAt()).isEqualTo(latest.getMeasuredAt());
            assertThat(l.volume().volumeMl()).isCloseTo(10 * latest.getWeightGrams() / 1000, within(1e-9));
        }
    }

    @Test
    void weighingUpdatesTheVolumeOfTheDoseStillToGive() {
        Animal animal = oneHour.getAnimals().get(0);
        DoseLine line = line(animal, NINE);
        LocalDateTime at = TODAY.atTime(8, 40);
        run(DoseRecording.weigh(domain, line, 25.0, at, "tech"));
        DoseLine after = line(animal, NINE);
        assertThat(after.weightGrams()).isEqualTo(25.0);
        assertThat(after.weighedAt()).isEqualTo(at);
        assertThat(after.volume().volumeMl()).isCloseTo(0.25, within(1e-9));
        DosingEvent event = after.event();
        assertThat(event.getBodyWeightGrams()).isEqualTo(25.0);
        assertThat(event.getVolumeMl()).isEqualTo(0.25);
        assertThat(Studies.latestBodyWeight(animal, null).getOperator()).isEqualTo("tech");
        stack.undo();
        assertThat(line(animal, NINE).weightGrams()).isEqualTo(line.weightGrams());
        assertThat(event.getBodyWeightGrams()).isEqualTo(line.event().getBodyWeightGrams());
        assertThat(DoseRecording.weigh(domain, line, 300, at, "tech").problem())
                .isEqualTo("weight 300 g is outside the valid range 5-80 g");
        assertThat(DoseRecording.weigh(domain, line, 0, at, "tech").problem()).contains("above 0 g");
    }

    @Test
    void aWeightCorrectedInTheSameMinuteIsTheOneThatCounts() {
        Animal animal = oneHour.getAnimals().get(0);
        LocalDateTime at = TODAY.atTime(8, 40);
        run(DoseRecording.weigh(domain, line(animal, NINE), 25.0, at, "tech"));
        run(DoseRecording.weigh(domain, line(animal, NINE), 21.0, at, "tech")); // 25 was mistyped: weighed again
        DoseLine after = line(animal, NINE);
        assertThat(after.weightGrams()).as("the weight shown and given is the last one recorded").isEqualTo(21.0);
        assertThat(after.volume().volumeMl()).isCloseTo(0.21, within(1e-9));
        assertThat(after.event().getVolumeMl()).isEqualTo(0.21);
        assertThat(Studies.latestBodyWeight(animal, null).getWeightGrams()).isEqualTo(21.0);
        assertThat(Studies.latestBodyWeight(animal, at.minusMinutes(1)).getMeasuredAt()).isBefore(at);
    }

    @Test
    void givingRecordsTimeOperatorWeightAndVolume() {
        Animal animal = oneHour.getAnimals().get(1);
        LocalDateTime at = TODAY.atTime(9, 4);
        run(DoseRecording.give(domain, line(animal, NINE), at, "J. Tech"));
        DoseLine given = line(animal, NINE);
        assertThat(given.isGiven()).isTrue();
        DosingEvent e = given.event();
        assertThat(e.getActualTime()).isEqualTo(at);
        assertThat(e.getOperator()).isEqualTo("J. Tech");
        assertThat(e.getVolumeMl()).isEqualTo(DoseRecording.roundMl(10 * e.getBodyWeightGrams() / 1000));
        assertThat(stack.getUndoCommand().getLabel()).isEqualTo("Dose " + animal.getId() + " (" + org.vivarium.core
                .study.Labels.number(e.getVolumeMl()) + " mL)");
        assertThat(DoseRound.of(oneHour, NINE).given()).isEqualTo(1);
        run(DoseRecording.setTime(domain, given, TODAY.atTime(9, 6)));
        run(DoseRecording.setVolume(domain, given, 0.3));
        assertThat(line(animal, NINE).warning()).isNull();
        run(DoseRecording.setVolume(domain, line(animal, NINE), 0.9));
        assertThat(line(animal, NINE).warning()).contains("above the i.p. limit of 20 mL/kg");
        run(DoseRecording.notGiven(domain, line(animal, NINE)));
        assertThat(line(animal, NINE).isGiven()).isFalse();
        assertThat(DoseRecording.give(domain, line(animal, NINE), at, " ").problem()).contains("operator");
    }

    @Test
    void aDoseWithoutEventGetsOneAndAVolumeAboveTheLimitIsNotRecorded() {
        Animal animal = oneHour.getAnimals().get(2);
        animal.getDosingEvents().clear();
        DoseLine line = line(animal, NINE);
        assertThat(line.event()).isNull();
        run(DoseRecording.give(domain, line, NINE, "tech"));
        assertThat(animal.getDosingEvents()).hasSize(1);
        assertThat(animal.getDosingEvents().get(0).getScheduledTime()).isEqualTo(NINE);
        stack.undo();
        assertThat(animal.getDosingEvents()).isEmpty();

        line.regimen().setVolumeMlPerKg(30);
        DoseLine tooMuch = line(animal, NINE);
        assertThat(tooMuch.warning()).contains("is 30 mL/kg, above the i.p. limit of 20 mL/kg");
        Result refused = DoseRecording.giveRound(domain, DoseRound.of(oneHour, NINE), NINE, "tech");
        assertThat(refused.command()).isNull();
        assertThat(refused.problem()).endsWith("; not recorded as given");
    }

    @Test
    void aWholeRoundCanBeRecordedAsGivenInOneCommand() {
        Result all = DoseRecording.giveRound(domain, DoseRound.of(oneHour, NINE), TODAY.atTime(9, 20), "tech");
        assertThat(all.command().getLabel()).isEqualTo("Record 80 doses of cohort 1 h as given");
        run(all);
        assertThat(DoseRound.of(oneHour, NINE).given()).isEqualTo(80);
        stack.undo();
        assertThat(DoseRound.of(oneHour, NINE).given()).isZero();
    }
}
