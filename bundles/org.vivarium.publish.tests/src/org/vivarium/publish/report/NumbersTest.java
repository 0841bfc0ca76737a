package org.vivarium.publish.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void pValuesAsJournalsPrintThem() {
        assertThat(Numbers.p(1.07908e-14)).isEqualTo("< 0.001");
        assertThat(Numbers.p(0.000999)).isEqualTo("< 0.001");
        assertThat(Numbers.p(0.001)).isEqualTo("0.0010");
        assertThat(Numbers.p(0.00349169)).isEqualTo("0.0035");
        assertThat(Numbers.p(0.0511144)).isEqualTo("0.051");
        assertThat(Numbers.p(0.0496)).as("two digits would read 0.050").isEqualTo("0.0496");
        assertThat(Numbers.p(0.3245)).isEqualTo("0.32");
        assertThat(Numbers.p(0.997218)).isEqualTo("> 0.99");
        assertThat(Numbers.p(1.0)).isEqualTo("> 0.99");
        assertThat(Numbers.p(null)).isEqualTo("\u2013");
    }

    @Test
    void estimatesToThreeSignificantDigitsWithAMinusSign() {
        assertThat(Numbers.number(-57.54)).isEqualTo("\u221257.5");
        assertThat(Numbers.number(471.95)).isEqualTo("472");
        assertThat(Numbers.number(3.95698)).isEqualTo("3.96");
        assertThat(Numbers.number(-0.0265327)).isEqualTo("\u22120.0265");
        assertThat(Numbers.number(0.0)).isEqualTo("0");
        assertThat(Numbers.number(-0.0001)).isEqualTo("\u22120.000100");
        assertThat(Numbers.interval(-78.5961, -36.4839)).isEqualTo("\u221278.6 to \u221236.5");
        assertThat(Numbers.interval(-0.0666, 0.161)).as("both ends to the same decimals")
                .isEqualTo("\u22120.067 to 0.161");
        assertThat(Numbers.interval(-42.06, 0.051132)).isEqualTo("\u221242.1 to 0.1");
        assertThat(Numbers.df(377.0)).isEqualTo("377");
        assertThat(Numbers.df(12.43)).isEqualTo("12.4");
        assertThat(Numbers.count(1832)).isEqualTo("1,832");
    }
}
