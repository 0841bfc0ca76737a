package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.dose.DoseWindows;
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.model.Cohort;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;

/** Dosing windows: a dose outside due +- windowMinutes needs a reason, which is recorded; missed doses. */
class DoseWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime NINE = TODAY.atTime(9, 0);
    private final Study demo = DemoStudy.generate(42, TODAY);
    private final Cohort oneHour = demo.getCohorts().get(0);
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);

    private DoseLine first() {
        return DoseRound.of(oneHour, NINE).lines().get(0);
    }

    @Test
    void aDoseExactlyAtTheEdgeOfItsWindowIsOnTime() {
        Result edge = DoseRecording.give(domain, first(), NINE.plusMinutes(30), "tech");
        assertThat(edge.problem()).isNull();
        stack.execute(edge.command());
        assertThat(first().event().getWindowReason()).isNull();
        assertThat(first().task().isOutOfWindow()).isFalse();
        assertThat(DoseRecording.give(domain, DoseRound.of(oneHour, NINE).lines().get(1), NINE.minusMinutes(30),
                "tech").problem()).isNull();
        assertThat(DoseRecording.give(domain, DoseRound.of(oneHour, NINE).lines().get(1), NINE.plusMinutes(31),
                "tech").problem()).contains("31 min late");
    }

    @Test
    void aDose4AndAHalfHoursEarlyIsRefusedWithoutAReasonAndRecordedWithOne() {
        DoseLine line = first();
        LocalDateTime early = TODAY.atTime(4, 30);
        Result refused = DoseRecording.give(domain, line, early, "tech");
        assertThat(refused.command()).isNull();
        assertThat(refused.problem()).isEqualTo(line.animal().getId() + " due Fri 27 Nov 09:00, given 04:30: "
                + "4 h 30 min early, outside its window of \u00b1 30 min; give a reason to record it out of window");
        assertThat(DoseRecording.giveRound(domain, DoseRound.of(oneHour, NINE), early, "tech", " ").command())
                .isNull();
        assertThat(DoseWindows.outside(DoseRound.of(oneHour, NINE).lines(), early)).hasSize(80);

        Result given = DoseRecording.give(domain, line, early, "tech", "cage change at 05:00, dosed before it");
        assertThat(given.problem()).isNull();
        stack.execute(given.command());
        DosingEvent event = first().event();
        assertThat(event.getActualTime()).isEqualTo(early);
        assertThat(event.getWindowReason()).isEqualTo("cage change at 05:00, dosed before it");
        assertThat(first().task().isOutOfWindow()).isTrue();
        assertThat(first().task().offBy(early)).isEqualTo("4 h 30 min early");
        stack.undo(); // one command: the time and the reason go together
        assertThat(event.getActualTime()).isNull();
        assertThat(event.getWindowReason()).isNull();
    }

    @Test
    void correctingTheTimeOutOfWindowNeedsAReasonAndBackInWindowClearsIt() {
        stack.execute(DoseRecording.give(domain, first(), NINE.plusMinutes(5), "tech").command());
        assertThat(DoseRecording.setTime(domain, first(), TODAY.atTime(11, 0)).problem()).contains("2 h late");
        stack.execute(DoseRecording.setTime(domain, first(), TODAY.atTime(11, 0), "recorded late").command());
        assertThat(first().event().getWindowReason()).isEqualTo("recorded late");
        stack.execute(DoseRecording.setTime(domain, first(), NINE.plusMinutes(10)).command());
        assertThat(first().event().getWindowReason()).isNull();
    }

    @Test
    void aDoseNotGivenOnceItsWindowHasPassedIsMissed() {
        DoseLine line = first();
        assertThat(line.task().isMissed(NINE.plusMinutes(30))).isFalse();
        assertThat(line.task().isMissed(NINE.plusMinutes(31))).isTrue();
        List<ScheduledItem> rounds = Schedule.items(demo).stream()
                .filter(i -> i.kind() == ScheduledItem.Kind.DOSING && NINE.equals(i.due()) && i.cohort() == oneHour)
                .toList();
        assertThat(rounds).hasSize(1);
        stack.execute(DoseRecording.give(domain, line, NINE, "tech").command());
        ScheduledItem round = Schedule.items(demo).stream()
                .filter(i -> i.kind() == ScheduledItem.Kind.DOSING && NINE.equals(i.due()) && i.cohort() == oneHour)
                .findFirst().orElseThrow();
        assertThat(round.missed(TODAY.atTime(12, 0))).isEqualTo(79);
        assertThat(Agenda.status(round, TODAY.atTime(12, 0))).isEqualTo("missed: 79 of 80 doses not given, overdue by 3 h");
        assertThat(Agenda.status(round, NINE.plusMinutes(10))).isEqualTo("overdue by 10 min (1 of 80 given)");
    }
}
