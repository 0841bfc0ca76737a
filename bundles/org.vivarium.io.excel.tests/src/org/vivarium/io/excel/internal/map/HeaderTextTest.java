package org.vivarium.io.excel.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headers split into name, unit and timepoint; names compared ignoring case, spacing and punctuation. */
class HeaderTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Immobility (s)|Immobility|s|-", "Immobility (s) 24 h|Immobility|s|24",
        "Immobility 1wk [sec]|Immobility|sec|168",
        "Day 7 - body weight (g)|body weight|g|168", "Interval [minutes]|Interval|minutes|-",
        "Time since dose (h)|Time since dose|h|-", "Latency (to feed)|Latency to feed|-|-",
        "Signal (a.u.)|Signal|a.u.|-", "Measure 0 (s)|Measure 0|s|-", "Immobility @ d7|Immobility|-|168",
        "Weight, 30 min|Weight|-|0.5"})
    void splitsNameUnitAndTimepoint(String raw, String name, String unit, Double hours) {
        HeaderText h = HeaderText.parse(raw);
        assertThat(h.name()).isEqualTo(name);
        assertThat(h.unit()).isEqualTo(unit);
        assertThat(h.hours()).isEqualTo(hours);
    }

    @Test
    void namesMatchWhateverTheSpelling() {
        assertThat(Names.key("ANIMAL.ID")).isEqualTo(Names.key("Animal ID")).isEqualTo(Names.key("animal_id"))
                .isEqualTo(Names.key("AnimalID")).isEqualTo("animalid");
        assertThat(Names.key("% Preference")).isEqualTo("pctpreference");
        assertThat(Names.quote("x".repeat(50))).isEqualTo("'" + "x".repeat(37) + "...' (50 characters)");
    }

    @Test
    void unitsConvertWithinTheirKind() {
        assertThat(Units.factor("min", "s")).isEqualTo(60);
        assertThat(Units.factor("kg", "g")).isEqualTo(1000);
        assertThat(Units.factor("fraction", "%")).isEqualTo(100);
        assertThat(Units.factor("mL", "ml")).isEqualTo(1);
        assertThat(Units.factor("cm", "s")).isNaN();
        assertThat(Timepoints.parse("2 weeks")).isEqualTo(336);
        assertThat(Timepoints.parse("week 2")).isEqualTo(336);
        assertThat(Timepoints.of(7, "days")).isEqualTo(168);
    }
}
