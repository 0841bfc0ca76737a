package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.ChronicDemo;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.Agenda.Section;
import org.vivarium.core.schedule.DoseProgress;
import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.core.study.StudySummary;
import org.vivarium.core.validation.Problem.Severity;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.Cohort;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;

/** The bundled chronic example: its figures, each day's rounds, the out-of-window and the missed dose. */
class ChronicDemoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime EIGHT = TODAY.atTime(8, 0);
    private final Study study = ChronicDemo.generate(42, TODAY);

    @Test
    void itsFigures() {
        StudySummary s = StudySummary.of(study, EIGHT);
        assertThat(s.arms()).isEqualTo(4);
        assertThat(s.cohorts()).isEqualTo(2);
        assertThat(s.animals()).isEqualTo(64);
        // per animal: once + 14 daily (VEH, KET+BCI) or 21 days x 2 (FLX-VEH, FLX); 16 animals each
        assertThat(s.dosesDue()).isEqualTo(2 * 8 * (15 + 15 + 42 + 42));
        // cohort A on day 10 (days 1-9 given), cohort B on day 3 (days 1-2 given, one missed)
        assertThat(s.dosingEvents()).isEqualTo(8 * (10 + 10 + 18 + 18) + 8 * (3 + 3 + 4 + 4) - 1);
        assertThat(s.dosesGiven()).isEqualTo(s.dosingEvents());
        assertThat(s.dosesOutOfWindow()).isEqualTo(1);
        assertThat(s.dosesMissed()).isEqualTo(1);
        assertThat(StudySummary.of(study, TODAY.atTime(9, 31)).dosesMissed()).as("today's 09:00 doses").isEqualTo(33);
    }

    @Test
    void writtenLateInTheDayItsDosesWhoseWindowClosedAreGivenSoOnlyTheDeliberateOneIsMissed() {
        LocalDateTime evening = TODAY.atTime(23, 10);
        Study late = ChronicDemo.generate(42, evening);
        StudySummary s = StudySummary.of(late, evening);
        assertThat(s.dosesMissed()).isEqualTo(1);
        assertThat(s.dosesOutOfWindow()).isEqualTo(1);
        StudySummary morning = StudySummary.of(study, EIGHT);
        assertThat(s.dosesGiven()).isGreaterThan(morning.dosesGiven());
        assertThat(StudySummary.of(ChronicDemo.generate(42, TODAY.atTime(9, 20)), TODAY.atTime(9, 20)).dosesGiven())
                .as("at 09:20 the 09:00 doses are still within their window: not given yet")
                .isEqualTo(morning.dosesGiven());
    }

    @Test
    void eachCohortsDosesGivenOutOfWindowMissedAndToCome() {
        assertThat(DoseProgress.byCohort(study, EIGHT)).containsExactly(
                new DoseProgress("Chronic A", 912, 448, 1, 0, 912 - 448),
                new DoseProgress("Chronic B", 912, 111, 0, 1, 912 - 111 - 1));
    }

    @Test
    void itIsValidAndTheSameSeedAndDayGiveTheSameStudy() {
        assertThat(StudyValidation.validate(study)).noneMatch(p -> p.severity() == Severity.ERROR);
        assertThat(StudyValidation.validate(study)).isEmpty();
        Study again = ChronicDemo.generate(42, TODAY);
        assertThat(again.getCohorts().get(0).getAnimals()).extracting(a -> a.getArm().getCode())
                .isEqualTo(study.getCohorts().get(0).getAnimals().stream().map(a -> a.getArm().getCode()).toList());
    }

    @Test
    void todayShowsEachCohortsRoundsOfTheDayAndYesterdaysMissedDoseIsOverdue() {
        List<Section> agenda = Agenda.of(study, EIGHT, 0);
        assertThat(agenda).extracting(Section::title).containsExactly("Overdue", "Today, Fri 27 Nov");
        ScheduledItem missed = agenda.get(0).items().get(0);
        assertThat(missed.title()).startsWith("Dosing cohort Chronic B, day 2: 16 animals (");
        assertThat(Agenda.status(missed, EIGHT)).isEqualTo("missed: 1 of 16 doses not given, overdue by 15 h");
        List<ScheduledItem> today = agenda.get(1).items();
        assertThat(today).extracting(i -> Agenda.when(i, TODAY)).containsExactly("09:00", "09:00", "09:30", "09:30",
                "17:00", "17:00");
        assertThat(today).extracting(ScheduledItem::title).anyMatch(t -> t.startsWith("Dosing cohort Chronic A, day 10:"))
                .anyMatch(t -> t.startsWith("Dosing cohort Chronic B, day 3:"));
        assertThat(Agenda.of(study, EIGHT, Agenda.ALL_DAYS)).hasSizeGreaterThan(21);
    }

    @Test
    void theOutOfWindowDoseHasItsReasonAndItsRoundSaysSo() {
        Cohort a = study.getCohorts().get(0);
        LocalDateTime day4Evening = a.getAnchorDoseTime().toLocalDate().plusDays(3).atTime(17, 0);
        List<DoseTask> late = Schedule.doseTasks(a).stream().filter(DoseTask::isOutOfWindow).toList();
        assertThat(late).hasSize(1);
        DosingEvent event = late.get(0).event();
        assertThat(late.get(0).due()).isEqualTo(day4Evening);
        assertThat(event.getActualTime()).isEqualTo(day4Evening.plusMinutes(70));
        assertThat(event.getWindowReason()).isEqualTo("fire alarm drill: the animal room was closed 16:45-18:05");
        assertThat(late.get(0).offBy(event.getActualTime())).isEqualTo("1 h 10 min late");
        ScheduledItem round = Schedule.items(study).stream().filter(i -> day4Evening.equals(i.due())
                && i.cohort() == a).findFirst().orElseThrow();
        assertThat(Agenda.status(round, EIGHT)).startsWith("done ").endsWith(" (1 out of window)");
        assertThat(DoseRound.of(a, day4Evening).lines()).hasSize(16);
        assertThat(DoseRound.times(a)).as("day 1 09:00: the single doses with fluoxetine's first").hasSize(14 + 42);
    }
}
