package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vivarium.ui.tests.DialogUi.answer;
import static org.vivarium.ui.tests.DialogUi.field;
import static org.vivarium.ui.tests.DialogUi.press;
import static org.vivarium.ui.tests.DialogUi.type;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.StockEntryKind;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.vivarium.ui.stock.StockView;

/**
 * The Controlled-Substance Stock view as a person uses it: Receive Bottle... typed through key events (refused while
 * the volume is missing, the dialog staying open with the message), then Record Waste... of the selected bottle with
 * a witness; the balances shown, the model and the saved file agree to the microlitre.
 */
class StockViewUITest {

    @TempDir
    Path dir;
    private Path demoFile;

    @BeforeEach
    void openATestStudy() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        demoFile = StudySessions.current().file();
        Study study = TestStudies.small();
        new FolderStudyStore(dir).create("stock.vivarium", study).close();
        OpenStudies.open(Ui.window().getShell(), dir.resolve("stock.vivarium"));
        Ui.flush();
        assertThat(StudySessions.current().study().getId()).isEqualTo("TEST-1");
    }

    @AfterEach
    void backToTheDemo() {
        Ui.page().hideView(Ui.page().findView(StockView.ID));
        if (StudySessions.current() != null && StudySessions.current().isDirty()) {
            StudySessions.current().domain().getCommandStack().flush();
        }
        OpenStudies.open(Ui.window().getShell(), demoFile);
        Ui.flush();
    }

    @Test
    void aBottleReceivedAndAWitnessedWasteAreShownAndSaved() throws Exception {
        StudySession session = StudySessions.current();
        StockView view = Ui.show(StockView.ID, StockView.class);
        Control root = Widgets.all(Ui.window().getShell(), Table.class).stream()
                .filter(t -> t.getColumnCount() == 9 && t.getColumn(0).getText().equals("Stock")).findFirst()
                .orElseThrow().getParent().getParent();
        org.eclipse.swt.widgets.Composite area = (org.eclipse.swt.widgets.Composite) root;
        String[] refused = new String[1];
        answer("Receive Bottle", dialog -> {
            type(field(dialog, 0), "KET-2026-014");
            type(field(dialog, 1), "L-77");
            type(field(dialog, 2), "Vetpharm");
            type(field(dialog, 3), "100");
            type(field(dialog, 5), "2026-02-20 10:00");
            type(field(dialog, 6), "R. Keeper");
            type(field(dialog, 7), "Safe 2");
            type(field(dialog, 8), "2027-06-30");
            press(dialog, "Receive");
            refused[0] = message(dialog);
            assertThat(dialog.isDisposed()).as("refused: the dialog stays open").isFalse();
            type(field(dialog, 4), "10");
            press(dialog, "Receive");
        });
        Widgets.press(Widgets.button(area, "Receive Bottle...", 0));
        assertThat(refused[0]).contains("bottle KET-2026-014: enter its volume (above 0 mL)");
        assertThat(session.study().getStocks()).hasSize(1);
        Stock bottle = session.study().getStocks().get(0);
        assertThat(bottle.getCompound().getName()).isEqualTo("Ketamine");
        assertThat(bottle.getVolumeMl()).isEqualTo(10.0);

        Table stocks = Widgets.all(area, Table.class).get(0);
        Keyboard.focus(stocks);
        stocks.setSelection(0);
        stocks.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
        answer("Record Waste", dialog -> {
            type(field(dialog, 0), "0.137");
            type(field(dialog, 1), "2026-03-02 10:00");
            type(field(dialog, 2), "J. Tech");
            type(field(dialog, 3), "R. Witness");
            type(field(dialog, 4), "rest of the syringe");
            press(dialog, "Record");
        });
        Button waste = Widgets.button(area, "Record Waste...", 0);
        assertThat(waste.isEnabled()).isTrue();
        Widgets.press(waste);
        assertThat(StockLedger.of(bottle).balanceMl()).isCloseTo(9.863, within(1e-9));
        Ui.flush();
        assertThat(stocks.getItem(0).getText(7)).isEqualTo("9.863");
        Table log = Widgets.all(area, Table.class).get(1);
        assertThat(log.getItemCount()).isEqualTo(2);
        assertThat(log.getItem(1).getText(1)).isEqualTo("waste");
        assertThat(log.getItem(1).getText(6)).isEqualTo("R. Witness");
        org.eclipse.ui.IWorkbenchPartReference ref = Ui.page().getReference(view);
        Ui.page().setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        BenchUi.screenshot("stock-view");
        Ui.page().setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        Ui.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.flush();
        assertThat(session.isDirty()).isFalse();
        Study saved = new FolderStudyStore(dir).read("stock.vivarium").study();
        Stock back = saved.getStocks().get(0);
        assertThat(back.getId()).isEqualTo("KET-2026-014");
        assertThat(back.getLot()).isEqualTo("L-77");
        assertThat(back.getExpiry()).hasToString("2027-06-30");
        StockEntry entry = back.getEntries().get(0);
        assertThat(entry.getKind()).isEqualTo(StockEntryKind.WASTE);
        assertThat(entry.getWitness()).isEqualTo("R. Witness");
        assertThat(entry.getVolumeMl()).isEqualTo(-0.137);
        assertThat(StockLedger.of(back).balanceMl()).isCloseTo(9.863, within(1e-9));
        assertThat(view).isNotNull();
    }

    private static String message(Shell dialog) {
        StringBuilder b = new StringBuilder();
        Widgets.all(dialog, Text.class).forEach(t -> b.append(t.getText()).append('\n'));
        Widgets.all(dialog, Label.class).forEach(l -> b.append(l.getText()).append('\n'));
        return b.toString();
    }
}
