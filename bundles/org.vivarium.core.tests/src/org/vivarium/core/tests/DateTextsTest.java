package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vivarium.core.study.DateTexts;
import org.vivarium.core.study.DateTexts.DateTextException;

class DateTextsTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 8, 9, 0);

    @ParameterizedTest
    @ValueSource(strings = { "2026-12-08 09:00", "2026-12-08T09:00", "2026-12-08 9:00", "08.12.2026 09:00",
            "8.12.2026 9:00", "8 Dec 2026 09:00", "8 December 2026 09:00", "Dec 8, 2026 09:00", "8 dec 2026, 09:00",
            "  2026-12-08   09:00 ", "2026-12-8 09:00", "2026-12-08 09:00:00" })
    void takesTheFormsPeopleType(String text) {
        assertThat(DateTexts.parseDateTime(text)).isEqualTo(NINE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-12-08", "08.12.2026", "8 Dec 2026", "December 8, 2026", "2026-12-8" })
    void datesInTheSameForms(String text) {
        assertThat(DateTexts.parseDate(text)).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void refusesAmbiguousSlashedDatesSayingWhatItExpects() {
        assertThatThrownBy(() -> DateTexts.parseDateTime("08/12/2026 09:00")).isInstanceOf(DateTextException.class)
                .hasMessageContaining("'08/12/2026' is ambiguous").hasMessageContaining("2026-12-08");
        assertThatThrownBy(() -> DateTexts.parseDate("12/08/2026")).hasMessageContaining("ambiguous");
    }

    @Test
    void aDateAloneIsNotADateAndTime() {
        assertThatThrownBy(() -> DateTexts.parseDateTime("2026-12-08")).isInstanceOf(DateTextException.class)
                .hasMessage("'2026-12-08' has no time: expected a date and time like 2026-12-08 09:00 "
                        + "(for midnight, type 00:00)");
        assertThat(DateTexts.parseDateTime("2026-12-08 00:00")).isEqualTo(LocalDateTime.of(2026, 12, 8, 0, 0));
        assertThatThrownBy(() -> DateTexts.parseDate("2026-12-08 09:00")).hasMessageContaining("a date is expected");
    }

    @Test
    void refusesWhatIsNoDayOrTimeWithAMessage() {
        assertThatThrownBy(() -> DateTexts.parseDateTime("2026-02-30 09:00"))
                .hasMessageContaining("'2026-02-30' is not a day of the calendar");
        assertThatThrownBy(() -> DateTexts.parseDateTime("2026-12-08 24:00"))
                .hasMessageContaining("no valid time of day");
        assertThatThrownBy(() -> DateTexts.parseDateTime("next tuesday"))
                .hasMessage("'next tuesday' is not understood: expected a date and time like 2026-12-08 09:00");
        assertThatThrownBy(() -> DateTexts.parseDate("8 Foo 2026"))
                .hasMessage("'8 Foo 2026' is not understood: expected a date like 2026-12-08");
    }

    @Test
    void blanksAreNoValueAndFormattingReadsBack() {
        assertThat(DateTexts.parseDateTime("  ")).isNull();
        assertThat(DateTexts.parseDate(null)).isNull();
        assertThat(DateTexts.format(NINE)).isEqualTo("2026-12-08 09:00");
        assertThat(DateTexts.format(NINE.withSecond(30).withNano(5))).isEqualTo("2026-12-08 09:00:30");
        assertThat(DateTexts.parseDateTime(DateTexts.format(NINE.withSecond(30)))).isEqualTo(NINE.withSecond(30));
        assertThat(DateTexts.format(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(DateTexts.format((LocalDateTime) null)).isEmpty();
    }
}
