package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Housing;
import org.vivarium.core.study.Housing.NewCage;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

class HousingTest {

    private final Study study = TestStudies.small();
    private final TreatmentArm veh = study.getArms().get(0);
    private final TreatmentArm ket = study.getArms().get(1);

    private Cohort newCohort(String name) {
        Cohort c = VivariumFactory.eINSTANCE.createCohort();
        c.setName(name);
        study.getCohorts().add(c);
        return c;
    }

    private static void add(Cohort cohort, String prefix, int n, Sex sex, TreatmentArm arm) {
        for (int i = 1; i <= n; i++) {
            Animal a = VivariumFactory.eINSTANCE.createAnimal();
            a.setId(prefix + i);
            a.setSex(sex);
            a.setArm(arm);
            cohort.getAnimals().add(a);
        }
    }

    private static List<String> ids(NewCage cage) {
        return cage.animals().stream().map(Animal::getId).toList();
    }

    @Test
    void unhousedAnimalsGoIntoCagesOfOneSexAndOneArmAtMostNEach() {
        Cohort cohort = newCohort("OVX");
        add(cohort, "mk", 2, Sex.MALE, ket);
        add(cohort, "fv", 5, Sex.FEMALE, veh);
        add(cohort, "fk", 3, Sex.FEMALE, ket);
        add(cohort, "mv", 2, Sex.MALE, veh);
        List<NewCage> plan = Housing.plan(cohort, 4);
        assertThat(plan).extracting(NewCage::label).containsExactly("OVX-C01", "OVX-C02", "OVX-C03", "OVX-C04",
                "OVX-C05");
        assertThat(plan).extracting(HousingTest::ids).containsExactly(List.of("fv1", "fv2", "fv3", "fv4"),
                List.of("fv5"), List.of("fk1", "fk2", "fk3"), List.of("mv1", "mv2"), List.of("mk1", "mk2"));
    }

    @Test
    void housedAndInactiveAnimalsStayWhereTheyAreAndNumberingContinues() {
        Cohort c1 = study.getCohorts().get(0); // cages K1, K2 with A1, A2, B1, B2
        add(c1, "N", 3, Sex.FEMALE, veh);
        Animal dead = Studies.findAnimal(study, "N3");
        dead.setStatus(AnimalStatus.FOUND_DEAD);
        assertThat(Housing.unhoused(c1)).extracting(Animal::getId).containsExactly("N1", "N2");
        TestStudies.cage(newCohort("K"), "K3"); // a label another cohort uses already
        List<NewCage> plan = Housing.plan(c1, 5);
        assertThat(plan).extracting(NewCage::label).containsExactly("K4");
        assertThat(plan).extracting(HousingTest::ids).containsExactly(List.of("N1", "N2"));
        assertThat(Housing.plan(newCohort("empty"), 4)).isEmpty();
        assertThatThrownBy(() -> Housing.plan(c1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
