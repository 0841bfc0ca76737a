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
