package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.Parameter;

/** Number defaults are written as people write them: a whole number without ".0" or an exponent. */
class ParameterDefaultsTest {

    private static String defaultOf(double value) {
        return Parameter.number("n", "N", value, "").defaultValue();
    }

    @Test
    void wholeNumbersHaveNoDecimalPointOrExponent() {
        assertThat(defaultOf(2000)).isEqualTo("2000");
        assertThat(defaultOf(20260301)).isEqualTo("20260301");
        assertThat(defaultOf(65)).isEqualTo("65");
        assertThat(defaultOf(0)).isEqualTo("0");
        assertThat(defaultOf(-3)).isEqualTo("-3");
    }

    @Test
    void fractionsAreWrittenInFull() {
        assertThat(defaultOf(0.05)).isEqualTo("0.05");
        assertThat(defaultOf(0.95)).isEqualTo("0.95");
        assertThat(defaultOf(1e-7)).isEqualTo("0.0000001");
        assertThat(defaultOf(2.5)).isEqualTo("2.5");
    }
}
