package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.schedule.RegimenDoses;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;

/** A regimen expanded into its due doses: once, every N h for a count, until a date or the cohort's end, listed days. */
class RegimenDosesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime NINE = TODAY.atTime(9, 0);
    private final Study demo = DemoStudy.generate(42, TODAY);
    private final Cohort oneHour = demo.getCohorts().get(0); // anchor today 09:00, last session NSF today 11:00
    private final DoseRegimen bci = demo.getArms().get(3).getRegimens().get(1); // KET+BCI: BCI at +0.5 h

    @Test
    void aSingleDoseIsDueAtTheAnchorPlusItsOffset() {
        assertThat(RegimenDoses.times(bci, oneHour)).containsExactly(NINE.plusMinutes(30));
        assertThat(RegimenDoses.repeats(bci)).isFalse();
    }

    @Test
    void everyNHoursForACountOfDoses() {
        bci.setEveryHours(24);
        bci.setDoses(14);
        List<LocalDateTime> times = RegimenDoses.times(bci, oneHour);
        assertThat(times).hasSize(14);
        assertThat(times.get(0)).isEqualTo(NINE.plusMinutes(30));
        assertThat(times.get(13)).isEqualTo(NINE.plusMinutes(30).plusDays(13));
    }

    @Test
    void everyNHoursUntilADateInclusive() {
        bci.setEveryHours(12);
        bci.setUntil(TODAY.plusDays(2));
        assertThat(RegimenDoses.times(bci, oneHour)).containsExactly(NINE.plusMinutes(30), TODAY.atTime(21, 30),
                TODAY.plusDays(1).atTime(9, 30), TODAY.plusDays(1).atTime(21, 30), TODAY.plusDays(2).atTime(9, 30),
                TODAY.plusDays(2).atTime(21, 30));
    }

    @Test
    void everyNHoursUntilTheDayOfTheCohortsLastSession() {
        bci.setEveryHours(4);
        assertThat(RegimenDoses.expand(bci, oneHour).problem()).isNull();
        assertThat(RegimenDoses.times(bci, oneHour)).containsExactly(NINE.plusMinutes(30), TODAY.atTime(13, 30),
                TODAY.atTime(17, 30), TODAY.atTime(21, 30));
    }

    @Test
    void aRepeatingRegimenWithNoEndGivesItsFirstDoseAndSaysWhy() {
        bci.setEveryHours(24);
        oneHour.getAnimals().forEach(a -> a.getDosingEvents().clear());
        demo.getAssays().forEach(a -> a.getSessions().removeIf(s -> s.getCohort() == oneHour));
        RegimenDoses.Expansion e = RegimenDoses.expand(bci, oneHour);
        assertThat(e.times()).containsExactly(NINE.plusMinutes(30));
        assertThat(e.problem()).isEqualTo("repeats every 24 h with no end: set a number of doses or an until date, "
                + "or give the cohort a session");
    }

    @Test
    void anAbsurdRegimenStopsAfterTheCap() {
        bci.setEveryHours(0.01);
        bci.setUntil(TODAY.plusYears(1));
        RegimenDoses.Expansion e = RegimenDoses.expand(bci, oneHour);
        assertThat(e.times()).hasSize(RegimenDoses.MAX_DOSES + 1);
        assertThat(e.problem()).isEqualTo("gives more than 2000 doses per animal");
    }

    @Test
    void listedDaysAtEachTimeOfDay() {
        bci.getDays().addAll(List.of(1, 2, 3));
        bci.getTimesOfDay().addAll(List.of("17:00", "09:00"));
        assertThat(RegimenDoses.times(bci, oneHour)).containsExactly(NINE, TODAY.atTime(17, 0),
                TODAY.plusDays(1).atTime(9, 0), TODAY.plusDays(1).atTime(17, 0), TODAY.plusDays(2).atTime(9, 0),
                TODAY.plusDays(2).atTime(17, 0));
    }

    @Test
    void listedDaysWithoutTimesAreAtTheAnchorTimePlusTheOffset() {
        bci.getDays().addAll(List.of(1, 21));
        assertThat(RegimenDoses.times(bci, oneHour)).containsExactly(NINE.plusMinutes(30),
                TODAY.plusDays(20).atTime(9, 30));
    }

    @Test
    void eachDueDoseIsATaskWithTheEventScheduledThenAndStrayEventsStillShow() {
        bci.setEveryHours(24);
        bci.setDoses(3);
        Animal animal = oneHour.getAnimals().stream().filter(a -> a.getArm() == bci.eContainer()).findFirst()
                .orElseThrow();
        DosingEvent first = animal.getDosingEvents().stream().filter(e -> e.getRegimen() == bci).findFirst()
                .orElseThrow();
        DosingEvent stray = org.vivarium.model.VivariumFactory.eINSTANCE.createDosingEvent();
        stray.setRegimen(bci);
        stray.setScheduledTime(TODAY.plusDays(1).atTime(12, 0)); // due at no time of the regimen
        animal.getDosingEvents().add(stray);
        List<DoseTask> tasks = Schedule.doseTasks(oneHour).stream()
                .filter(t -> t.animal() == animal && t.regimen() == bci).toList();
        assertThat(tasks).extracting(DoseTask::due).containsExactly(NINE.plusMinutes(30),
                TODAY.plusDays(1).atTime(9, 30), TODAY.plusDays(1).atTime(12, 0), TODAY.plusDays(2).atTime(9, 30));
        assertThat(tasks.get(0).event()).isSameAs(first);
        assertThat(tasks.get(1).event()).isNull();
        assertThat(tasks.get(2).event()).isSameAs(stray);
    }
}
