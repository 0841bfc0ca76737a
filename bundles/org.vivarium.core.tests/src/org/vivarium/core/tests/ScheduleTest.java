package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.core.schedule.ScheduledItem.Kind;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

class ScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void sessionIsDueAtAnchorPlusItsTimeSinceDoseUnlessDated() {
        Study study = TestStudies.small();
        AssaySession fst = Studies.sessions(study).get(0);
        fst.setDate(null);
        assertThat(Schedule.due(fst)).isEqualTo(TestStudies.ANCHOR.plusHours(24));
        fst.setDate(LocalDateTime.of(2026, 3, 3, 14, 0));
        assertThat(Schedule.due(fst)).isEqualTo(LocalDateTime.of(2026, 3, 3, 14, 0));
    }

    @Test
    void demoHasTodaysDosingAndSessionsDueAndEverythingElseDone() {
        Study demo = DemoStudy.generate(42, TODAY);
        List<ScheduledItem> due = Schedule.dueBy(demo, TODAY.atTime(23, 59));
        assertThat(due).extracting(ScheduledItem::title).containsExactly(
                "Dosing cohort 1 h at 0 h: 80 animals (Ketamine, Saline)",
                "Dosing cohort 1 h at +30 min: 80 animals (BCI, BCI vehicle)",
                "FST 1 h (cohort 1 h, 1 h after dose)",
                "NSF 1 h (cohort 1 h, 1 h after dose)");
        assertThat(due).extracting(ScheduledItem::due).containsExactly(TODAY.atTime(9, 0), TODAY.atTime(9, 30),
                TODAY.atTime(10, 0), TODAY.atTime(11, 0));
        assertThat(due.get(2).isOverdue(TODAY.atTime(10, 30))).isTrue();
        assertThat(due.get(3).isOverdue(TODAY.atTime(10, 30))).isFalse();
        List<ScheduledItem> all = Schedule.items(demo);
        assertThat(all).hasSize(6 * 2 + 17);
        assertThat(all.stream().filter(ScheduledItem::done)).hasSize(all.size() - 4);
        assertThat(all.stream().filter(i -> i.kind() == Kind.DOSING && i.done())).allMatch(i -> i.doneBy() != null);
    }

    @Test
    void doseTasksCoverEveryRegimenOfEveryActiveAnimal() {
        Study demo = DemoStudy.generate(42, TODAY);
        Cohort oneHour = demo.getCohorts().get(0);
        List<DoseTask> tasks = Schedule.doseTasks(oneHour);
        assertThat(tasks).hasSize(160).noneMatch(DoseTask::isGiven);
        assertThat(tasks.get(0).due()).isEqualTo(TODAY.atTime(9, 0));
        assertThat(tasks.get(159).due()).isEqualTo(TODAY.atTime(9, 30));
    }

    @Test
    void timesAreWrittenAsLabsWriteThem() {
        assertThat(Time.sinceDose(1)).isEqualTo("1 h");
        assertThat(Time.sinceDose(0.5)).isEqualTo("30 min");
        assertThat(Time.sinceDose(24)).isEqualTo("24 h");
        assertThat(Time.sinceDose(168)).isEqualTo("1 wk");
        assertThat(Time.sinceDose(1344)).isEqualTo("8 wk");
        assertThat(Time.sinceDose(240)).isEqualTo("10 d");
        assertThat(Time.offset(-1)).isEqualTo("-1 h");
    }
}
