package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vivarium.model.support.IsoTimes;

class IsoTimesTest {

    @Test
    void readsBackWhatToStringWrites() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = LocalDateTime.of(1900 + random.nextInt(250), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(4) == 0 ? 0
                            : random.nextInt(60), random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertThat(IsoTimes.dateTime(time.toString())).isEqualTo(time);
            assertThat(IsoTimes.date(time.toLocalDate().toString())).isEqualTo(time.toLocalDate());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-03-01T09:30", "2026-03-01T09:30:15", "2026-03-01T09:30:15.5",
            "2026-03-01T09:30:15.123456789", " 2026-03-01T09:30 ", "+12026-03-01T09:30", "2024-02-29T23:59:59.000" })
    void agreesWithParse(String text) {
        assertThat(IsoTimes.dateTime(text)).isEqualTo(LocalDateTime.parse(text.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-13-01T09:30", "2026-02-30T09:30", "2026-03-01T24:00", "2026-03-01T09:60",
            "2026-03-01 09:30", "2026-03-01T09:30:15.1234567890", "2026-3-1T09:30",
            "yesterday", "2026-03-01" })
    void refusesWhatParseRefusesWithItsMessage(String text) {
        assertThatThrownBy(() -> IsoTimes.dateTime(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining(text);
    }

    @Test
    void datesAndBlanks() {
        assertThat(IsoTimes.date("2025-12-31")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(IsoTimes.date(" 2025-12-31\n")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> IsoTimes.date("2025-02-29")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTimes.date("2025-1x-01")).isInstanceOf(DateTimeParseException.class);
        assertThat(IsoTimes.date(null)).isNull();
        assertThat(IsoTimes.date("  ")).isNull();
        assertThat(IsoTimes.dateTime("")).isNull();
    }
}
