package org.vivarium.ui.stock;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vivarium.core.stock.LedgerLine;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.model.Stock;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.views.StudyPartSupport;
import org.vivarium.ui.views.StudyViewPart;

/**
 * The controlled-substance stock of the open study: every bottle and dilution with its balance, the selected one's
 * usage log (computed from the study, see {@link StockLedger}) and buttons for what the log records: receive a
 * bottle, make a dilution, waste, disposal, reconciliation and correction - each a dialog that checks it first.
 */
public class StockView extends StudyViewPart {

    public static final String ID = "org.vivarium.ui.stock";

    private Label title;
    private TableViewer stocks;
    private TableViewer log;
    private List<Button> actions;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
        title = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(StockDialog.Action.values().length).applyTo(bar);
        actions = java.util.Arrays.stream(StockDialog.Action.values()).map(a -> {
            Button b = new Button(bar, SWT.PUSH);
            b.setText(a.button());
            b.setToolTipText(a.tip());
            b.addListener(SWT.Selection, e -> open(a));
            return b;
        }).toList();
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        stocks = table(sash);
        column(stocks, "Stock", 110, s -> ((Stock) s).getId());
        column(stocks, "Compound", 110, s -> ((Stock) s).getCompound() == null ? "" : ((Stock) s).getCompound()
                .getName());
        column(stocks, "mg/mL", 70, s -> org.vivarium.core.study.Labels.number(((Stock) s).getConcentrationMgPerMl()));
        column(stocks, "Made from", 90, s -> ((Stock) s).getSource() == null ? "" : ((Stock) s).getSource().getId());
        column(stocks, "Lot", 90, s -> nn(((Stock) s).getLot()));
        column(stocks, "Location", 130, s -> nn(((Stock) s).getLocation()));
        column(stocks, "Expiry", 90, s -> ((Stock) s).getExpiry() == null ? "" : ((Stock) s).getExpiry().toString());
        column(stocks, "Balance (mL)", 100, s -> StockVolumes.plain(StockLedger.of((Stock) s).balanceMl()));
        column(stocks, "Status", 90, s -> StockLedger.of((Stock) s).isDisposed() ? "disposed" : "");
        stocks.addSelectionChangedListener(e -> showLog());
        log = table(sash);
        column(log, "Date", 125, l -> StockVolumes.time(((LedgerLine) l).at()));
        column(log, "Entry", 120, l -> ((LedgerLine) l).kind().label());
        column(log, "User", 100, l -> ((LedgerLine) l).by());
        column(log, "Animal", 65, l -> ((LedgerLine) l).animal());
        column(log, "Change (mL)", 90, l -> StockVolumes.plain(((LedgerLine) l).changeMl()));
        column(log, "Balance (mL)", 95, l -> StockVolumes.plain(((LedgerLine) l).balanceMl()));
        column(log, "Witness", 100, l -> ((LedgerLine) l).witness());
        column(log, "Note", 320, l -> ((LedgerLine) l).note());
        sash.setWeights(2, 3);
        support = new StudyPartSupport(getViewSite(), s -> refresh(), this::changed).followUpdates();
        refresh();
    }

    private static TableViewer table(Composite parent) {
        TableViewer v = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        v.getTable().setHeaderVisible(true);
        v.getTable().setLinesVisible(true);
        v.setContentProvider(ArrayContentProvider.getInstance());
        return v;
    }

    private static void column(TableViewer v, String name, int width, Function<Object, String> text) {
        TableViewerColumn c = new TableViewerColumn(v, SWT.LEFT);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    private void changed() {
        firePropertyChange(PROP_DIRTY);
        refresh();
    }

    /** Shows the study's stocks again, keeping the selected one. */
    void refresh() {
        if (stocks == null || stocks.getTable().isDisposed()) {
            return;
        }
        StudySession session = support == null ? null : support.session();
        Stock selected = selected();
        stocks.setInput(session == null ? List.of() : List.copyOf(session.study().getStocks()));
        title.setText(session == null ? "No study open"
                : session.study().getStocks().isEmpty() ? "No stock yet: receive a bottle of a controlled compound "
                        + "(Receive Bottle...); once the study keeps a stock, each dose of a controlled compound names "
                        + "the stock it is drawn from."
                        : "Stock of " + session.study().getId() + ": balances to the microlitre (mL, 0.001 mL = 1 uL)");
        if (selected != null && session != null && session.study().getStocks().contains(selected)) {
            stocks.setSelection(new org.eclipse.jface.viewers.StructuredSelection(selected), true);
        }
        boolean editable = session != null && !session.isReadOnly();
        for (int i = 0; i < actions.size(); i++) {
            StockDialog.Action a = StockDialog.Action.values()[i];
            actions.get(i).setEnabled(editable && (a == StockDialog.Action.RECEIVE || selected() != null));
        }
        showLog();
        title.getParent().layout(true);
    }

    private void showLog() {
        Stock s = selected();
        log.setInput(s == null ? List.of() : StockLedger.of(s).lines());
        if (log.getTable().getItemCount() > 0) {
            log.getTable().showItem(log.getTable().getItem(log.getTable().getItemCount() - 1));
        }
        for (int i = 0; i < actions.size(); i++) {
            StockDialog.Action a = StockDialog.Action.values()[i];
            boolean editable = support != null && support.session() != null && !support.session().isReadOnly();
            actions.get(i).setEnabled(editable && (a == StockDialog.Action.RECEIVE || s != null));
        }
    }

    /** The selected stock, or null. */
    Stock selected() {
        IStructuredSelection s = stocks.getStructuredSelection();
        return s.getFirstElement() instanceof Stock stock ? stock : null;
    }

    private void open(StockDialog.Action action) {
        StudySession session = support.session();
        if (session != null) {
            new StockDialog(getSite().getShell(), session, action, selected()).open();
            refresh();
        }
    }

    @Override
    public void setFocus() {
        stocks.getControl().setFocus();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
