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
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.Agenda.Section;
import org.vivarium.core.schedule.Completion;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

class AgendaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime HALF_PAST_TEN = TODAY.atTime(10, 30);
    private final Study demo = DemoStudy.generate(42, TODAY);

    @Test
    void demoTodayHasItsFourItemsAndNothingOverdue() {
        List<Section> agenda = Agenda.of(demo, HALF_PAST_TEN, 0);
        assertThat(agenda).extracting(Section::title).containsExactly("Today, Fri 27 Nov");
        List<ScheduledItem> items = agenda.get(0).items();
        assertThat(items).extracting(i -> Agenda.when(i, TODAY)).containsExactly("09:00", "09:30", "10:00", "11:00");
        assertThat(items).extracting(i -> Agenda.status(i, HALF_PAST_TEN)).containsExactly(
                "missed: 80 of 80 doses not given, overdue by 1 h 30 min",
                "missed: 80 of 80 doses not given, overdue by 1 h", "overdue by 30 min", "due in 30 min");
        assertThat(Agenda.of(demo, HALF_PAST_TEN, 7)).hasSize(1);
    }

    @Test
    void wholeStudyListsPastDaysAndUndoneWorkOfEarlierDaysIsOverdue() {
        List<Section> all = Agenda.of(demo, HALF_PAST_TEN, Agenda.ALL_DAYS);
        assertThat(all.size()).isGreaterThan(2);
        assertThat(all.stream().mapToInt(s -> s.items().size()).sum()).isEqualTo(29);
        assertThat(all.get(0).title()).as("first dosing, 8 wk before the tests").isEqualTo("Fri 31 Jul");

        AssaySession old = EntrySheetTest.session(demo, "FST 1 wk");
        old.setCompletedAt(null);
        List<Section> today = Agenda.of(demo, HALF_PAST_TEN, 0);
        assertThat(today.get(0).title()).isEqualTo("Overdue");
        assertThat(today.get(0).overdue()).isTrue();
        assertThat(today.get(0).items()).extracting(ScheduledItem::title)
                .containsExactly("FST 1 wk (cohort 1 wk, 1 wk after dose)");
        assertThat(Agenda.status(today.get(0).items().get(0), HALF_PAST_TEN)).startsWith("overdue by 63 d")
                .endsWith("(160 values)");
    }

    @Test
    void markingASessionDoneRecordsWhoAndWhenUndoably() {
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        AssaySession fst = EntrySheetTest.session(demo, "FST 1 h");
        assertThat(Completion.markDone(domain, fst, "  ", HALF_PAST_TEN)).isNull();
        stack.execute(Completion.markDone(domain, fst, "J. Tech ", HALF_PAST_TEN));
        assertThat(fst.getCompletedAt()).isEqualTo(HALF_PAST_TEN);
        assertThat(fst.getCompletedBy()).isEqualTo("J. Tech");
        ScheduledItem item = Agenda.of(demo, HALF_PAST_TEN, 0).get(0).items().get(2);
        assertThat(Agenda.status(item, HALF_PAST_TEN)).isEqualTo("done 10:30 by J. Tech");
        stack.undo();
        assertThat(fst.getCompletedAt()).isNull();
        stack.redo();
        stack.execute(Completion.reopen(domain, fst));
        assertThat(fst.getCompletedBy()).isNull();
    }
}
