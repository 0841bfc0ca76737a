package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

class DemoStudyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Study demo = DemoStudy.generate(42, TODAY);

    @Test
    void twoByTwoDesignWithTenPerArmAndSexInEachOfSixCohorts() {
        assertThat(demo.getArms()).extracting(TreatmentArm::getCode).containsExactly("VEH+VEH", "KET+VEH", "VEH+BCI",
                "KET+BCI");
        assertThat(demo.getCohorts()).extracting(c -> c.getName()).containsExactly("1 h", "24 h", "1 wk", "2 wk",
                "4 wk", "8 wk");
        for (var cohort : demo.getCohorts()) {
            Map<String, Long> cells = cohort.getAnimals().stream().collect(Collectors.groupingBy(
                    a -> a.getArm().getCode() + "/" + a.getSex(), Collectors.counting()));
            assertThat(cells).hasSize(8).allSatisfy((cell, n) -> assertThat(n).isEqualTo(10L));
            assertThat(cohort.getStrain()).isEqualTo("C57BL/6J");
            for (var cage : cohort.getCages()) {
                assertThat(cage.getAnimals()).extracting(Animal::getArm).containsOnly(cage.getAnimals().get(0).getArm());
                assertThat(cage.getAnimals()).extracting(Animal::getSex).containsOnly(cage.getAnimals().get(0).getSex());
            }
        }
        StudySummary s = StudySummary.of(demo);
        assertThat(s.animals()).isEqualTo(480);
        assertThat(s.dosingEvents()).isEqualTo(960);
        assertThat(demo.getDescription()).contains("simulated and illustrative");
    }

    @Test
    void sameSeedAndDayGiveTheSameStudyAnotherSeedAnother() {
        assertThat(values(DemoStudy.generate(42, TODAY))).isEqualTo(values(demo));
        assertThat(values(DemoStudy.generate(43, TODAY))).isNotEqualTo(values(demo));
    }

    @Test
    void ketamineAloneFadesAfterAWeekWhileKetaminePlusBciLastsEightWeeks() {
        double[] ket = new double[6];
        double[] combo = new double[6];
        for (int t = 1; t < 6; t++) {
            double veh = meanImmobility(t, "VEH+VEH");
            ket[t] = meanImmobility(t, "KET+VEH") - veh;
            combo[t] = meanImmobility(t, "KET+BCI") - veh;
        }
        assertThat(ket[1]).isLessThan(-35); // 24 h
        assertThat(ket[2]).isLessThan(-20); // 1 wk
        assertThat(ket[4]).isBetween(-20.0, 15.0); // 4 wk: gone
        assertThat(ket[5]).isBetween(-20.0, 15.0); // 8 wk
        assertThat(combo[5]).isLessThan(-25); // 8 wk: still there
    }

    @Test
    void nsfLatencyIsCensoredAtTheCutoffAndOneHourCohortHasNoDataYet() {
        AssaySession nsf8 = session("NSF 8 wk");
        List<Measurement> latencies = nsf8.getMeasurements().stream()
                .filter(m -> m.getMeasure().getName().equals("latency")).toList();
        assertThat(latencies).filteredOn(Measurement::isCensored).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getValue()).isEqualTo(600.0));
        assertThat(latencies).allSatisfy(m -> assertThat(m.getValue()).isBetween(0.0, 600.0));
        assertThat(session("FST 1 h").getMeasurements()).isEmpty();
        assertThat(session("FST 1 h").getCompletedAt()).isNull();
    }

    @Test
    void animalsThatLeftTheStudyHaveReasonsAndNoLaterData() {
        List<Animal> left = Studies.animals(demo).stream().filter(a -> a.getStatus() != AnimalStatus.ACTIVE).toList();
        assertThat(left).hasSize(3).allSatisfy(a -> assertThat(a.getStatusReason()).isNotBlank());
        Animal dead = left.stream().filter(a -> a.getStatus() == AnimalStatus.FOUND_DEAD).findFirst().orElseThrow();
        assertThat(Studies.sessions(demo).stream().flatMap(s -> s.getMeasurements().stream())
                .filter(m -> m.getAnimal() == dead)).isEmpty();
        assertThat(dead.getSex()).isIn(Sex.FEMALE, Sex.MALE);
    }

    private AssaySession session(String name) {
        return Studies.sessions(demo).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private double meanImmobility(int cohortIndex, String arm) {
        String name = "FST " + demo.getCohorts().get(cohortIndex).getName();
        return session(name).getMeasurements().stream()
                .filter(m -> m.getMeasure().getName().equals("immobility") && m.getAnimal().getArm().getCode().equals(arm))
                .mapToDouble(Measurement::getValue).average().orElseThrow();
    }

    private static List<String> values(Study study) {
        return Studies.sessions(study).stream().flatMap(s -> s.getMeasurements().stream())
                .map(m -> (m.getAnimal() == null ? m.getCage().getLabel() : m.getAnimal().getId()) + "="
                        + m.getValue())
                .toList();
    }
}
