package org.vivarium.ui.stock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.stock.StockCommands;
import org.vivarium.core.stock.StockCommands.Receipt;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.session.StudySession;

/**
 * One entry of the stock log as a dialog: the fields the entry needs, checked by the core rules
 * ({@link StockCommands}) when OK is pressed; a refusal is shown in the dialog, which stays open, and nothing is
 * recorded until everything is right. The entry is one undoable command.
 */
final class StockDialog extends TitleAreaDialog {

    /** What the dialog records. */
    enum Action {
        RECEIVE("Receive Bottle...", "Receive Bottle", "A bottle or batch as received"),
        DILUTE("Make Dilution...", "Make Dilution", "A dilution made from the selected stock"),
        WASTE("Record Waste...", "Record Waste", "An amount of the selected stock wasted (witnessed)"),
        DISPOSE("Dispose...", "Dispose of Stock", "What is left of the selected stock disposed of (witnessed)"),
        RECONCILE("Reconcile...", "Reconcile Stock", "The selected stock counted against its log"),
        CORRECT("Correct...", "Correct Stock", "A correction of the selected stock's balance, with a reason");

        private final String button;
        private final String title;
        private final String tip;

        Action(String button, String title, String tip) {
            this.button = button;
            this.title = title;
            this.tip = tip;
        }

        String button() {
            return button;
        }

        String title() {
            return title;
        }

        String tip() {
            return tip;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final StudySession session;
    private final Action action;
    private final Stock stock;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private Combo compound;

    StockDialog(Shell parent, StudySession session, Action action, Stock stock) {
        super(parent);
        this.session = session;
        this.action = action;
        this.stock = stock;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(action.title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(action.title());
        setMessage(stock == null || action == Action.RECEIVE ? action.tip()
                : action.tip() + ": " + stock.getId() + ", balance " + StockVolumes.ml(StockLedger.of(stock)
                        .balanceMl()));
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        String now = TIME.format(LocalDateTime.now().withSecond(0).withNano(0));
        switch (action) {
            case RECEIVE -> {
                field(form, "Label", "");
                label(form, "Compound");
                compound = new Combo(form, SWT.READ_ONLY);
                session.study().getCompounds().stream().filter(c -> !c.isPlacebo())
                        .forEach(c -> compound.add(c.getName()));
                if (compound.getItemCount() > 0) {
                    compound.select(0);
                }
                field(form, "Lot", "");
                field(form, "Supplier", "");
                field(form, "Concentration (mg/mL)", "");
                field(form, "Volume (mL)", "");
                field(form, "Received", now);
                field(form, "Received by", Operator.get());
                field(form, "Location", "");
                field(form, "Expiry (yyyy-mm-dd)", "");
            }
            case DILUTE -> {
                field(form, "Label", "");
                field(form, "Volume of " + stock.getId() + " used (mL)", "");
                field(form, "Made up to (mL)", "");
                field(form, "Made", now);
                field(form, "Made by", Operator.get());
                field(form, "Location", "");
                field(form, "Expiry (yyyy-mm-dd)", "");
            }
            case WASTE, DISPOSE, CORRECT -> {
                field(form, action == Action.CORRECT ? "Change (mL, + or -)" : "Volume (mL)", action == Action.DISPOSE
                        ? StockVolumes.plain(StockLedger.of(stock).balanceMl()) : "");
                field(form, "When", now);
                field(form, "By", Operator.get());
                if (action != Action.CORRECT) {
                    field(form, "Witness", "");
                }
                field(form, "Reason", "");
            }
            case RECONCILE -> {
                field(form, "Counted (mL)", "");
                field(form, "When", now);
                field(form, "By", Operator.get());
                field(form, "Reason (if it differs)", "");
            }
        }
        return area;
    }

    private static void label(Composite form, String text) {
        new Label(form, SWT.NONE).setText(text);
    }

    private void field(Composite form, String name, String value) {
        label(form, name);
        Text t = new Text(form, SWT.BORDER | SWT.SINGLE);
        t.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(t);
        fields.put(name, t);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OK, action == Action.RECEIVE ? "Receive" : "Record", true);
        createButton(parent, CANCEL, "Cancel", false);
    }

    @Override
    protected void okPressed() {
        Result result;
        try {
            result = result(session.domain());
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        if (!result.ok()) {
            setErrorMessage(result.problem());
            return;
        }
        if (result.command() != null) {
            String reason = fields.entrySet().stream().filter(e -> e.getKey().startsWith("Reason")).map(e -> e
                    .getValue().getText().strip()).filter(s -> !s.isEmpty()).findFirst().orElse(action.title());
            session.execute(result.command(), reason);
        }
        super.okPressed();
    }

    private Result result(EditingDomain domain) {
        return switch (action) {
            case RECEIVE -> StockCommands.receive(domain, session.study(), new Receipt(text("Label"), compound(),
                    text("Lot"), text("Supplier"), number("Concentration (mg/mL)"), number("Volume (mL)"),
                    time("Received"), text("Received by"), text("Location"), date("Expiry (yyyy-mm-dd)")));
            case DILUTE -> StockCommands.dilute(domain, stock, number("Volume of " + stock.getId() + " used (mL)"),
                    new Receipt(text("Label"), null, null, null, 0, number("Made up to (mL)"), time("Made"),
                            text("Made by"), text("Location"), date("Expiry (yyyy-mm-dd)")));
            case WASTE -> StockCommands.waste(domain, stock, number("Volume (mL)"), time("When"), text("By"),
                    text("Witness"), text("Reason"));
            case DISPOSE -> StockCommands.dispose(domain, stock, number("Volume (mL)"), time("When"), text("By"),
                    text("Witness"), text("Reason"));
            case CORRECT -> StockCommands.correct(domain, stock, number("Change (mL, + or -)"), time("When"),
                    text("By"), text("Reason"));
            case RECONCILE -> StockCommands.reconcile(domain, stock, number("Counted (mL)"), time("When"), text("By"),
                    text("Reason (if it differs)"));
        };
    }

    private Compound compound() {
        List<Compound> all = session.study().getCompounds().stream().filter(c -> !c.isPlacebo()).toList();
        int i = compound.getSelectionIndex();
        return i < 0 ? null : all.get(i);
    }

    private String text(String name) {
        return fields.get(name).getText().strip();
    }

    private double number(String name) {
        String t = text(name).replace(',', '.');
        try {
            return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": enter a number, not '" + text(name) + "'");
        }
    }

    private LocalDateTime time(String name) {
        try {
            return text(name).isEmpty() ? null : LocalDateTime.parse(text(name), TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": enter a time like 2026-03-02 09:30, not '" + text(name)
                    + "'");
        }
    }

    private LocalDate date(String name) {
        try {
            return text(name).isEmpty() ? null : LocalDate.parse(text(name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": enter a date like 2027-03-01, not '" + text(name) + "'");
        }
    }
}
