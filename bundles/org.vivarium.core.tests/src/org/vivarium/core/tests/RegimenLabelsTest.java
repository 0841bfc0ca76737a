package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Route;
import org.vivarium.model.VivariumFactory;

/** How a regimen is named wherever one is shown: once, repeated to a count or a day, or on listed days and times. */
class RegimenLabelsTest {

    private static DoseRegimen regimen(String compound, double mgPerKg, double offsetHours) {
        Compound c = VivariumFactory.eINSTANCE.createCompound();
        c.setName(compound);
        Route route = VivariumFactory.eINSTANCE.createRoute();
        route.setCode("i.p.");
        DoseRegimen r = VivariumFactory.eINSTANCE.createDoseRegimen();
        r.setCompound(c);
        r.setRoute(route);
        r.setDoseMgPerKg(mgPerKg);
        r.setOffsetHours(offsetHours);
        return r;
    }

    @Test
    void aSingleDoseIsNamedAsBefore() {
        assertThat(Labels.regimen(regimen("Ketamine", 10, 0))).isEqualTo("Ketamine 10 mg/kg i.p. at 0 h");
        assertThat(regimen("Ketamine", 10, 0).getWindowMinutes()).as("the default window").isEqualTo(30);
    }

    @Test
    void aRepeatedDoseSaysHowOftenFromWhenAndUntilWhen() {
        DoseRegimen bci = regimen("BCI", 20, 24);
        bci.setEveryHours(24);
        bci.setDoses(14);
        assertThat(Labels.regimen(bci)).isEqualTo("BCI 20 mg/kg i.p. daily from 24 h, 14 doses");
        bci.setDoses(0);
        bci.setUntil(LocalDate.of(2026, 3, 1));
        assertThat(Labels.when(bci)).isEqualTo("daily from 24 h until 2026-03-01");
        bci.setUntil(null);
        bci.setEveryHours(12);
        assertThat(Labels.when(bci)).isEqualTo("every 12 h from 24 h until the last session");
        bci.setEveryHours(168);
        bci.setDoses(1);
        assertThat(Labels.when(bci)).isEqualTo("weekly from 24 h, 1 dose");
    }

    @Test
    void listedDaysShowAsRangesWithTheirTimes() {
        DoseRegimen chronic = regimen("Fluoxetine", 10, 0);
        for (int d = 1; d <= 21; d++) {
            chronic.getDays().add(d);
        }
        chronic.getDays().addAll(List.of(28, 30, 31));
        chronic.getTimesOfDay().addAll(List.of("09:00", "17:00"));
        assertThat(Labels.when(chronic)).isEqualTo("on days 1-21, 28, 30, 31 at 09:00, 17:00");
        assertThat(Labels.ranges(List.of(5))).isEqualTo("5");
        assertThat(Labels.ranges(List.of(1, 2, 3, 5, 6))).isEqualTo("1-3, 5, 6");
    }
}
