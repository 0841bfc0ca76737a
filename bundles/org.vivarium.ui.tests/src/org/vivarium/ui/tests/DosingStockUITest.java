package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.stock.StockCommands;
import org.vivarium.core.stock.StockCommands.Receipt;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.dosing.DosingEditor;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * The dosing editor draws a ketamine dose from the stock chosen for the round: with two dilutions and none used yet,
 * Space is refused until a stock is chosen; then the dose names it, the Stock column shows it and its balance drops
 * by the volume. Everything is undone afterwards (the demo stays as it was).
 */
class DosingStockUITest {

    private int commands;

    @AfterEach
    void restore() throws Exception {
        Ui.page().closeAllEditors(false);
        Ui.flush();
        StudySession session = StudySessions.current();
        for (int i = 0; i < commands; i++) {
            session.domain().getCommandStack().undo();
        }
        BenchUi.restore();
    }

    private void run(StudySession session, Result result) {
        assertThat(result.problem()).isNull();
        session.execute(result.command(), "test stock");
        commands++;
    }

    @Test
    void aKetamineDoseIsDrawnFromTheStockChosenForTheRound() throws Exception {
        StudySession session = StudySessions.current();
        Operator.set("T. Tester");
        Compound ketamine = session.study().getCompounds().stream().filter(Compound::isControlledSubstance)
                .findFirst().orElseThrow();
        LocalDateTime yesterday = LocalDateTime.now().minusDays(1).withSecond(0).withNano(0);
        run(session, StockCommands.receive(session.domain(), session.study(), new Receipt("UI-B1", ketamine, "L1",
                "Vetpharm", 100, 10, yesterday, "R. Keeper", "Safe", null)));
        Stock bottle = session.study().getStocks().get(session.study().getStocks().size() - 1);
        double mgPerMl = ketamine.getStockConcentrationMgPerMl();
        for (String id : new String[] { "UI-D1", "UI-D2" }) {
            run(session, StockCommands.dilute(session.domain(), bottle, 20 * mgPerMl / 100, new Receipt(id, null,
                    null, null, 0, 20, yesterday.plusHours(1), "J. Tech", "Fridge", null)));
        }
        Stock d2 = session.study().getStocks().stream().filter(s -> s.getId().equals("UI-D2")).findFirst()
                .orElseThrow();

        var today = BenchUi.openBench();
        today.open(BenchUi.item(today, "Dosing cohort 1 h at 0 h"));
        Ui.flush();
        DosingEditor editor = (DosingEditor) Ui.page().getActiveEditor();
        TableViewer viewer = editor.viewer();
        int row = 0;
        while (((DoseLine) viewer.getTable().getItem(row).getData()).regimen().getCompound() != ketamine
                || ((DoseLine) viewer.getTable().getItem(row).getData()).isGiven()) {
            row++;
        }
        DoseLine line = (DoseLine) viewer.getTable().getItem(row).getData();
        assertThat(line.isGiven()).isFalse();
        Combo stock = Widgets.all(viewer.getTable().getShell(), Combo.class).stream()
                .filter(c -> Arrays.stream(c.getItems()).anyMatch(i -> i.startsWith("UI-D2"))).findFirst()
                .orElseThrow();
        assertThat(stock.getText()).isEqualTo("choose a stock");

        viewer.setSelection(new StructuredSelection(line), true);
        Keyboard.focus(viewer.getTable());
        Keyboard.type(" ");
        Ui.flush();
        assertThat(line.event() == null || line.event().getActualTime() == null).as("refused without a stock")
                .isTrue();
        assertThat(editor.message()).contains("Ketamine is a controlled substance: choose the stock the dose is "
                + "drawn from");

        Keyboard.focus(stock);
        int index = Arrays.asList(stock.getItems()).indexOf(Arrays.stream(stock.getItems())
                .filter(i -> i.startsWith("UI-D2")).findFirst().orElseThrow());
        stock.select(index);
        stock.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        viewer.setSelection(new StructuredSelection(viewer.getTable().getItem(row).getData()), true);
        Keyboard.focus(viewer.getTable());
        Keyboard.type(" ");
        Ui.flush();
        commands++;
        DoseLine given = (DoseLine) viewer.getTable().getItem(row).getData();
        assertThat(given.isGiven()).isTrue();
        assertThat(given.event().getStock()).isSameAs(d2);
        TableItem item = viewer.getTable().getItem(row);
        assertThat(item.getText(viewer.getTable().getColumnCount() - 1)).isEqualTo("UI-D2");
        assertThat(StockLedger.of(d2).balanceMl()).isEqualTo(Math.round((20 - given.event().getVolumeMl()) * 1000)
                / 1000.0);
        BenchUi.screenshot("dosing-stock-choice");
    }
}
