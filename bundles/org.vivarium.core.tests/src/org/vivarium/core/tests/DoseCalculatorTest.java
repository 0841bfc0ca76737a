package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseVolume;
import org.vivarium.core.study.Labels;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

class DoseCalculatorTest {

    private final Study study = TestStudies.small();
    private final DoseRegimen ketamine = study.getArms().get(1).getRegimens().get(0);
    private final DoseRegimen vehicle = study.getArms().get(0).getRegimens().get(0);

    @Test
    void volumeIsWeightTimesDoseOverStockConcentration() {
        DoseVolume v = DoseCalculator.volume(ketamine, 25.0); // 0.025 kg x 10 mg/kg / 1 mg/mL
        assertThat(v.volumeMl()).isCloseTo(0.25, within(1e-12));
        assertThat(v.volumePerKg()).isCloseTo(10, within(1e-12));
        assertThat(v.limitMl()).isCloseTo(0.5, within(1e-12)); // i.p. 20 mL/kg
        assertThat(v.withinLimit()).isTrue();
        assertThat(v.describe()).isEqualTo("0.25 mL (10 mL/kg)");
    }

    @Test
    void vehicleUsesItsFixedVolumePerKg() {
        assertThat(DoseCalculator.volume(vehicle, 30.0).volumeMl()).isCloseTo(0.30, within(1e-12));
        assertThat(DoseCalculator.milligrams(vehicle, 0.3)).isZero();
        assertThat(DoseCalculator.milligrams(ketamine, 0.25)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void diluteStockExceedsTheRouteLimit() {
        ketamine.getCompound().setStockConcentrationMgPerMl(0.4); // 25 mL/kg > 20 mL/kg
        DoseVolume v = DoseCalculator.volume(ketamine, 25.0);
        assertThat(v.withinLimit()).isFalse();
        assertThat(v.limitViolation(25.0)).isEqualTo("0.63 mL is 25 mL/kg, above the i.p. limit of 20 mL/kg "
                + "(0.50 mL for 25 g)");
    }

    @Test
    void missingWeightOrStockIsExplainedNotComputed() {
        assertThat(DoseCalculator.volume(ketamine, 0).problem()).isEqualTo("no body weight to compute the volume from");
        ketamine.getCompound().setStockConcentrationMgPerMl(0);
        DoseVolume v = DoseCalculator.volume(ketamine, 25);
        assertThat(v.isComputed()).isFalse();
        assertThat(v.withinLimit()).isFalse();
        assertThat(v.problem()).isEqualTo("no stock concentration for Ketamine (mg/mL)");
    }

    @Test
    void givenVolumeIsCheckedPerKg() {
        DoseVolume v = DoseCalculator.given(ketamine, 0.75, 25.0);
        assertThat(v.volumePerKg()).isCloseTo(30, within(1e-9));
        assertThat(v.withinLimit()).isFalse();
    }

    @Test
    void regimenLabelSaysWhatWhenAndHow() {
        assertThat(Labels.regimen(ketamine)).isEqualTo("Ketamine 10 mg/kg i.p. at 0 h");
        vehicle.setOffsetHours(0.5);
        assertThat(Labels.regimen(vehicle)).isEqualTo("Saline 10 mL/kg i.p. at +30 min");
    }
}
