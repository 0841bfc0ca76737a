package org.vivarium.analysis.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.data.CsvDatasets;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;

class CsvDatasetsTest {

    private static final CsvDatasets.Columns COLUMNS = new CsvDatasets.Columns("y", List.of("arm"), null, null);

    @Test
    void readsQuotedFieldsOtherSeparatorsAndMissingValues() throws Exception {
        Dataset d = CsvDatasets.parse("a.csv", List.of("arm;y;note", "\"KET; 10\";1.5;x", "VEH;NA;",
                "VEH;2;\"a\"\"b\""), COLUMNS);
        assertThat(d.levels("arm")).containsExactly("KET; 10", "VEH");
        assertThat(d.observations()).extracting(o -> o.value()).containsExactly(1.5, 2.0);
        assertThat(d.observations()).extracting(o -> o.unit()).containsExactly("row 2", "row 4");
        assertThat(d.exclusionCounts()).containsEntry("missing value", 1);
    }

    @Test
    void numericLevelsAreSortedAsNumbers() throws Exception {
        Dataset d = CsvDatasets.parse("t.csv", List.of("arm,y", "168,1", "24,2", "1344,3"), COLUMNS);
        assertThat(d.levels("arm")).containsExactly("24", "168", "1344");
    }

    @Test
    void everyProblemNamesFileAndLine() {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> CsvDatasets.parse("b.csv",
                List.of("arm,y,e", "A,1,1", "A,x,1", ",2,0", "B,3,maybe", "B,4"),
                new CsvDatasets.Columns("y", List.of("arm"), null, "e")));
        assertThat(e.problems()).containsExactly("b.csv:3: column 'y': 'x' is not a number",
                "b.csv:4: column 'arm' is empty",
                "b.csv:5: column 'e': 'maybe' is not an event indicator (1/0, true/false, yes/no, event/censored)",
                "b.csv:6: 2 fields, but the header has 3");
        DatasetException header = catchThrowableOfType(DatasetException.class, () -> CsvDatasets.parse("c.csv",
                List.of("group,value"), COLUMNS));
        assertThat(header.problems()).containsExactly("c.csv:1: no column 'y' (columns: group, value)",
                "c.csv:1: no column 'arm' (columns: group, value)");
        assertThat(catchThrowableOfType(DatasetException.class, () -> CsvDatasets.parse("e.csv", List.of(), COLUMNS))
                .getMessage()).isEqualTo("e.csv:1: empty file (a header line is needed)");
    }

    @Test
    void eventColumnsMarkCensoredValues() throws Exception {
        Dataset d = CsvDatasets.parse("s.csv", List.of("arm,t,e", "A,600,0", "A,200,1", "B,300,event",
                "B,600,censored"), new CsvDatasets.Columns("t", List.of("arm"), null, "e"));
        assertThat(d.observations()).extracting(o -> o.censored()).containsExactly(true, false, false, true);
    }

    @Test
    void onlyPlainDecimalNumbersAreValues() throws Exception {
        Dataset d = CsvDatasets.parse("n.csv", List.of("arm,y", "A,12", "A,-1.5", "A,+.5", "A,2.", "A,1e-3",
                "A,2.5E+2"), COLUMNS);
        assertThat(d.observations()).extracting(o -> o.value()).containsExactly(12.0, -1.5, 0.5, 2.0, 0.001, 250.0);
        List<String> bad = List.of("1d", "2f", "0x1p3", "NaN", "Infinity", "-Infinity", "1.5.5", "1e", "e3", "1_000",
                "\u0663", ".", "- 1");
        List<String> lines = new java.util.ArrayList<>(List.of("arm,y"));
        bad.forEach(b -> lines.add("A," + b));
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> CsvDatasets.parse("n.csv", lines,
                COLUMNS));
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < bad.size(); i++) {
            expected.add("n.csv:" + (i + 2) + ": column 'y': '" + bad.get(i) + "' is not a number");
        }
        assertThat(e.problems()).containsExactlyElementsOf(expected);
    }

    @Test
    void survivalTimesAreZeroOrMore() throws Exception {
        CsvDatasets.Columns survival = new CsvDatasets.Columns("t", List.of("arm"), null, "e");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> CsvDatasets.parse("s.csv",
                List.of("arm,t,e", "A,0,1", "A,-3,1", "B,-0.5,0", "B,4,0"), survival));
        assertThat(e.problems()).containsExactly(
                "s.csv:3: column 't': survival time -3 is negative (a time to the event is 0 or more)",
                "s.csv:4: column 't': survival time -0.5 is negative (a time to the event is 0 or more)");
        assertThat(CsvDatasets.parse("s.csv", List.of("arm,t,e", "A,0,1", "B,4,0"), survival).observations())
                .extracting(o -> o.value()).containsExactly(0.0, 4.0);
        assertThat(CsvDatasets.parse("v.csv", List.of("arm,y", "A,-3"), COLUMNS).observations())
                .extracting(o -> o.value()).containsExactly(-3.0);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        Dataset d = CsvDatasets.parse("b.csv", List.of("\ufeffarm,y", "A,1", "B,2"), COLUMNS);
        assertThat(d.levels("arm")).containsExactly("A", "B");
        assertThat(catchThrowableOfType(DatasetException.class, () -> CsvDatasets.parse("e.csv", List.of("\ufeff"),
                COLUMNS)).getMessage()).isEqualTo("e.csv:1: empty file (a header line is needed)");
    }
}
