package org.vivarium.io.excel.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vivarium.core.study.StandardAssays;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.CellValue.NumberFormat;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Sex;

/** How cell contents become numbers, flags, sexes and dates. */
class CellsTest {

    private final Cells cells = new Cells(false, Set.of("lost"));
    private final AssayDefinition nsf = StandardAssays.nsf();
    private final MeasureDefinition latency = nsf.getMeasures().get(0);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"245.5|245.5|false", "' 245,5 '|245.5|false", "600+|600|true",
        ">600|600|true", "4:05|245|false", "0:04:05|245|false", "4.5 min|270|false", "245 s|245|false",
        "1,234.5|1234.5|false", "1.234,5|1234.5|false", "1 234|1234|false", "2.5E2|250|false"})
    void textNumbers(String text, double value, boolean censored) {
        Cells.Num n = cells.number(CellValue.text(0, text), null, latency);
        assertThat(n.problem()).isNull();
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.censored()).isEqualTo(censored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"12,345.6|12345.6", "12.345,6|12345.6", "1,234,567|1234567",
        "1.234.567|1234567", "1 234 567.5|1234567.5", "1'234.5|1234.5", "0,234|0.234", "1234,567|1234.567",
        "1.234|1.234", "-1,5|-1.5", ".5|0.5", "1.5e3|1500"})
    void numbersWithOneReading(String text, double value) {
        assertThat(cells.number(CellValue.text(0, text), null, latency).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5.5|'1.5.5' is not a number: more than one decimal point",
        "0.5.0|'0.5.0' is not a number: more than one decimal point",
        "12.34.56|'12.34.56' is not a number: more than one decimal point",
        "1,5,5|'1,5,5' is not a number: more than one decimal comma",
        "'1,234.5.6'|'1,234.5.6' is not a number: more than one decimal point",
        "'1,2.5'|'1,2.5' is not a number: thousands separators must separate groups of three digits (e.g. 12,345.6)",
        "12 34|'12 34' is not a number: thousands separators must separate groups of three digits (e.g. 12,345.6)",
        "'1,234,56'|'1,234,56' is not a number: more than one decimal comma",
        "'1.5.5 s'|'1.5.5' is not a number: more than one decimal point",
        "4:75|'4:75' is not a time: seconds above 59", "1e999|'1e999' is not a number: too large", "1:75:00|'1:75:00' is not a time: minutes or seconds above 59"})
    void numbersWithoutOneReadingAreRefused(String text, String problem) {
        assertThat(cells.number(CellValue.text(0, text), null, latency).problem()).isEqualTo(problem);
    }

    @Test
    void inFilesWithDecimalCommasAPointBeforeThreeDigitsIsAmbiguous() {
        Cells semicolon = new Cells(true, Set.of());
        assertThat(semicolon.number(CellValue.text(0, "1.234"), null, latency).problem()).isEqualTo("'1.234' is "
                + "ambiguous: write 1234 or 1,234 (thousands separators and decimal points cannot be told apart)");
        assertThat(semicolon.number(CellValue.text(0, "12.345,6"), null, latency).value()).isEqualTo(12345.6);
        assertThat(semicolon.number(CellValue.text(0, "1.5"), null, latency).value()).isEqualTo(1.5);
        assertThat(semicolon.number(CellValue.text(0, "1.2345"), null, latency).value()).isEqualTo(1.2345);
        assertThat(semicolon.number(CellValue.text(0, "1.2.3"), null, latency).problem()).isEqualTo("'1.2.3' is not "
                + "a number: more than one decimal point");
        assertThat(semicolon.number(CellValue.text(0, "1 2,5"), null, latency).problem()).isEqualTo("'1 2,5' is not "
                + "a number: thousands separators must separate groups of three digits (e.g. 12.345,6)");
        assertThat(semicolon.parse("1.234")).isNull();
        assertThat(cells.parse("1.5.5")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-1|-1 is not a date (a negative Excel date number)",
        "60|60 is not a date (Excel's 29 February 1900, a day that did not exist)",
        "0|0 is not a date (before 1900-03-01, where Excel's date numbers are a day off)",
        "59.5|59.5 is not a date (before 1900-03-01, where Excel's date numbers are a day off)",
        "2958466|2958466 is not a date (after 9999-12-31)", "1e7|10000000 is not a date (after 9999-12-31)"})
    void impossibleExcelDatesAreRefused(double serial, String problem) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Cells.date(
                CellValue.number(0, serial, NumberFormat.DATE))).withMessage(problem);
    }

    @Test
    void excelDatesAtTheEdgesAndDatesBefore1900() {
        assertThat(Cells.date(CellValue.number(0, 61, NumberFormat.DATE))).isEqualTo(LocalDateTime.of(1900, 3, 1, 0,
                0));
        assertThat(Cells.date(CellValue.number(0, 2958465, NumberFormat.DATE))).isEqualTo(LocalDateTime.of(9999, 12,
                31, 0, 0));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Cells.date(
                CellValue.text(0, "28.02.1900"))).withMessage("'28.02.1900' is not a date Vivarium reads (before "
                        + "1900-03-01)");
        assertThat(cells.number(CellValue.number(0, -1, NumberFormat.DATE), null, latency).problem())
                .isEqualTo("is a date (-1), not a number");
    }

    @Test
    void controlCharacters() {
        assertThat(Cells.controlCharacter("A\u00011")).isEqualTo("contains a control character U+0001, which a study "
                + "file cannot hold; delete it");
        assertThat(Cells.controlCharacter("x\u0000")).contains("U+0000");
        assertThat(Cells.controlCharacter("\u0085")).contains("U+0085");
        assertThat(Cells.controlCharacter("line\nbreak\tand tab, Café ♀ \uD83D\uDC2D")).isNull();
        assertThat(Cells.controlCharacter("A\uD83D1")).isEqualTo("contains half of a character (U+D83D without its "
                + "other half), which a study file cannot hold; delete it");
        assertThat(Cells.controlCharacter("\uDC2D")).contains("U+DC2D");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NA", "n/a", "-", "—", "lost", "#N/A", "N.D."})
    void missingMarkers(String text) {
        assertThat(cells.number(CellValue.text(0, text), null, latency).missing()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,234|'1,234' is ambiguous: write 1234 or 1.234 (thousands separators and "
        + "decimal commas cannot be told apart)", "<5|'<5' is a value below a limit, which Vivarium cannot store; "
        + "enter the value", "fast|'fast' is not a number", "12-15|'12-15' is not a number", "3 g|'3 g' is in g, "
        + "but NSF latency is measured in s"})
    void textThatIsNotAValue(String text, String problem) {
        assertThat(cells.number(CellValue.text(0, text), null, latency).problem()).isEqualTo(problem);
    }

    @Test
    void decimalCommasOfSemicolonFiles() {
        assertThat(new Cells(true, Set.of()).parse("1,234")).isEqualTo(1.234);
        assertThat(cells.parse("1,25")).isEqualTo(1.25);
    }

    @Test
    void excelNumbersDatesTimesAndErrors() {
        assertThat(cells.number(CellValue.number(0, 2.5, NumberFormat.PLAIN), "min", latency).value()).isEqualTo(150);
        assertThat(cells.number(CellValue.number(0, 90.0 / 86400, NumberFormat.TIME), "min", latency).value())
                .isCloseTo(90, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cells.number(CellValue.number(0, 46082, NumberFormat.DATE), null, latency).problem())
                .isEqualTo("is a date (2026-03-01), not a number");
        assertThat(cells.number(CellValue.error(0, "#VALUE!"), null, latency).problem())
                .isEqualTo("the cell shows the Excel error #VALUE!");
        assertThat(cells.number(CellValue.bool(0, true), null, latency).problem()).isEqualTo("TRUE is not a number");
        assertThat(cells.number(CellValue.uncalculated(0, "B2*60"), null, latency).problem()).isEqualTo(
                "the formula =B2*60 has no saved result; open the file in Excel or LibreOffice and save it again");
    }

    @Test
    void flagsSexesAndDates() {
        assertThat(Cells.flag(CellValue.text(0, "Yes"))).isTrue();
        assertThat(Cells.flag(CellValue.text(0, "0"))).isFalse();
        assertThat(Cells.flag(CellValue.text(0, "maybe"))).isNull();
        assertThat(Cells.sex("♀")).isEqualTo(Sex.FEMALE);
        assertThat(Cells.sex("M")).isEqualTo(Sex.MALE);
        assertThat(Cells.sex("x")).isNull();
        assertThat(Cells.date(CellValue.text(0, "05.01.2026"))).isEqualTo(LocalDateTime.of(2026, 1, 5, 0, 0));
        assertThat(Cells.date(CellValue.text(0, "13/1/2026"))).isEqualTo(LocalDateTime.of(2026, 1, 13, 0, 0));
        assertThat(Cells.date(CellValue.text(0, "2017-01-31 00:00:00"))).isEqualTo(LocalDateTime.of(2017, 1, 31, 0,
                0));
        assertThat(Cells.date(CellValue.number(0, 46082, NumberFormat.DATE))).isEqualTo(LocalDateTime.of(2026, 3, 1,
                0, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Mean|true", "SEM:|true", "Mean ± SEM|true", "VEH mean|true",
        "Standard deviation|true", "95% CI|true", "n|true", "SD-01|false", "M-001|false", "Mouse 3|false",
        "Semaglutide|false", "A1|false"})
    void summaryLabels(String text, boolean summary) {
        assertThat(SummaryRows.isLabel(text)).isEqualTo(summary);
    }

    @Test
    void aggregateFormulas() {
        assertThat(SummaryRows.isAggregate(CellValue.number(0, 1, NumberFormat.PLAIN).withFormula(
                "_xlfn.STDEV.S(B2:B9)/SQRT(8)"))).isTrue();
        assertThat(SummaryRows.isAggregate(CellValue.number(0, 1, NumberFormat.PLAIN).withFormula("B2*60")))
                .isFalse();
    }
}
