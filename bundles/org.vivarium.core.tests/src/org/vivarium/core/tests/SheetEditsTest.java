package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.entry.EntryText;
import org.vivarium.core.entry.SheetEdits;
import org.vivarium.core.entry.SheetEdits.Cell;
import org.vivarium.core.entry.SheetEdits.Result;
import org.vivarium.core.entry.TextBlock;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

class SheetEditsTest {

    private final Study demo = DemoStudy.generate(42, LocalDate.of(2026, 11, 27));
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);

    private SheetEdits edits(String session) {
        AssaySession s = EntrySheetTest.session(demo, session);
        return new SheetEdits(domain, EntrySheet.of(s).track(() -> {
        }));
    }

    private void run(Result result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.command()).isNotNull();
        stack.execute(result.command());
    }

    @Test
    void typedValueBecomesAManualMeasurementThatCanBeUndone() {
        SheetEdits edits = edits("FST 1 h");
        EntrySheet sheet = edits.sheet();
        Result result = edits.enter(2, 0, " 123,5 ");
        assertThat(result.command().getLabel()).isEqualTo("Enter immobility of " + sheet.row(2).name());
        run(result);
        Measurement m = sheet.measurement(2, 0);
        assertThat(m.getValue()).isEqualTo(123.5);
        assertThat(m.getAnimal()).isSameAs(sheet.row(2).unit());
        assertThat(m.getSource()).isEqualTo(SheetEdits.SOURCE);
        assertThat(m.isCensored()).isFalse();
        run(edits.enter(2, 0, "130"));
        assertThat(m.getValue()).isEqualTo(130);
        assertThat(edits.enter(2, 0, "130").command()).as("unchanged").isNull();
        stack.undo();
        assertThat(m.getValue()).isEqualTo(123.5);
        stack.undo();
        assertThat(sheet.measurement(2, 0)).isNull();
        assertThat(sheet.session().getMeasurements()).isEmpty();
    }

    @Test
    void invalidValueIsRejectedWithTheReasonOfValidationAndNamesTheCell() {
        SheetEdits edits = edits("FST 1 h");
        Result result = edits.enter(0, 0, "300");
        assertThat(result.command()).isNull();
        assertThat(result.problems()).containsExactly("blind code " + edits.sheet().row(0).name()
                + ", Immobility (s): immobility 300 s is outside the valid range 0-240 s");
        assertThat(edits.enter(0, 0, "abc").problems().get(0)).endsWith(": 'abc' is not a number");
        assertThat(edits.sheet().session().getMeasurements()).isEmpty();
    }

    @Test
    void latencyAtTheCutoffIsCensoredAndBeyondItRejected() {
        SheetEdits edits = edits("NSF 1 h");
        run(edits.enter(0, 0, "600"));
        assertThat(edits.sheet().measurement(0, 0).isCensored()).isTrue();
        run(edits.enter(1, 0, "450+"));
        assertThat(edits.sheet().measurement(1, 0).isCensored()).isTrue();
        assertThat(EntryText.format(edits.sheet().measurement(1, 0))).isEqualTo("450+");
        assertThat(edits.enter(2, 0, "650").problems().get(0))
                .endsWith("latency 650 s is beyond the censoring cutoff of 600 (record 600, censored)");
        assertThat(edits.enter(2, 1, "1+").problems().get(0))
                .endsWith("is marked censored but homeCageFood has no censoring cutoff");
    }

    @Test
    void pasteFillsABlockInOneUndoableCommandOrNothingAtAll() {
        SheetEdits edits = edits("FST 1 h");
        EntrySheet sheet = edits.sheet();
        Result bad = edits.paste(1, 0, "100\t50\r\n250\t60\r\n");
        assertThat(bad.command()).isNull();
        assertThat(bad.problems()).containsExactly(edits.where(2, 0)
                + ": immobility 250 s is outside the valid range 0-240 s");
        assertThat(edits.paste(79, 0, "1\n2\n").problems().get(0))
                .isEqualTo("the pasted block has 2 rows but there is only 1 row from " + sheet.describe(79) + " down");
        assertThat(edits.paste(0, 1, "1\t2").problems().get(0))
                .isEqualTo("the pasted block has 2 columns but there is only 1 measure from "
                        + "Latency to immobility (s) on");
        assertThat(sheet.filled()).isZero();

        Result good = edits.paste(1, 0, "100\t50\n\t60\n");
        assertThat(good.command().getLabel()).isEqualTo("Paste 3 values");
        run(good);
        assertThat(sheet.measurement(1, 0).getValue()).isEqualTo(100);
        assertThat(sheet.measurement(1, 1).getValue()).isEqualTo(50);
        assertThat(sheet.measurement(2, 0)).as("empty pasted cell").isNull();
        assertThat(sheet.measurement(2, 1).getValue()).isEqualTo(60);
        assertThat(edits.copy(1, 0, 2, 1)).isEqualTo("100\t50\n\t60\n");
        stack.undo();
        assertThat(sheet.filled()).isZero();
    }

    @Test
    void censoringAnEmptyLatencyRecordsTheCutoffAndMeasuresWithoutCutoffRefuse() {
        SheetEdits edits = edits("NSF 1 h");
        run(edits.censor(List.of(new Cell(4, 0)), true));
        Measurement m = edits.sheet().measurement(4, 0);
        assertThat(m.getValue()).isEqualTo(600);
        assertThat(m.isCensored()).isTrue();
        run(edits.censor(List.of(new Cell(4, 0)), false));
        assertThat(m.isCensored()).isFalse();
        assertThat(edits.censor(List.of(new Cell(4, 1)), true).problems().get(0))
                .endsWith("homeCageFood has no censoring cutoff, so its values cannot be censored");
    }

    @Test
    void exclusionNeedsAReasonAndCanBeTakenBack() {
        SheetEdits edits = edits("FST 1 h");
        run(edits.enter(0, 0, "150"));
        List<Cell> cell = List.of(new Cell(0, 0));
        assertThat(edits.exclude(cell, " ").problems()).containsExactly("an exclusion needs a reason (ARRIVE item 3)");
        assertThat(edits.exclude(List.of(new Cell(1, 0)), "x").problems().get(0)).startsWith("there is no value");
        run(edits.exclude(cell, "jumped out of the cylinder"));
        Measurement m = edits.sheet().measurement(0, 0);
        assertThat(m.isExcluded()).isTrue();
        assertThat(m.getExclusionReason()).isEqualTo("jumped out of the cylinder");
        assertThat(EntryText.describe(m)).contains("Excluded: jumped out of the cylinder");
        run(edits.exclude(cell, null));
        assertThat(m.isExcluded()).isFalse();
        assertThat(m.getExclusionReason()).isNull();
        run(edits.clear(cell));
        assertThat(edits.sheet().measurement(0, 0)).isNull();
    }

    @Test
    void clipboardBlocksFollowSpreadsheetQuoting() {
        assertThat(TextBlock.parse("1\t2\r\n3\t\n")).containsExactly(List.of("1", "2"), List.of("3", ""));
        assertThat(TextBlock.parse("\"a\tb\"\t\"say \"\"hi\"\"\"\n")).containsExactly(List.of("a\tb", "say \"hi\""));
        assertThat(TextBlock.parse("x")).containsExactly(List.of("x"));
        assertThat(TextBlock.parse("")).isEmpty();
        List<List<String>> rows = List.of(List.of("a\nb", "2"), List.of("", "600+"));
        assertThat(TextBlock.parse(TextBlock.format(rows))).isEqualTo(rows);
    }
}
