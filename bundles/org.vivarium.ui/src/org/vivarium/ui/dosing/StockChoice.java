package org.vivarium.ui.dosing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.stock.StockDraws;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;

/**
 * "Stock: [KET-D1 (last used)]" in the dosing editor's header: the stock the round's doses of its controlled compound
 * are drawn from (see {@link StockDraws#defaultStock}), chosen per round; shown only when the study keeps a stock log
 * and the treatments are not coded.
 */
final class StockChoice implements Supplier<Map<Compound, Stock>> {

    private final Combo combo;
    private final Label label;
    private Compound compound;
    private List<Stock> stocks = List.of();

    StockChoice(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().applyTo(box);
        label = new Label(box, SWT.NONE);
        label.setText("Stock:");
        combo = new Combo(box, SWT.READ_ONLY);
        combo.setToolTipText("The bottle or dilution the doses of a controlled compound are drawn from");
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(combo);
    }

    /** Lists the stocks the round's controlled compound can be drawn from now, keeping the one chosen. */
    void show(DoseRound round, Study study) {
        Stock chosen = chosen();
        compound = round.lines().stream().map(DoseLine::regimen).map(r -> r.getCompound())
                .filter(c -> c != null && c.isControlledSubstance()).findFirst().orElse(null);
        // while the treatments are coded the list would tell which lines are the controlled compound: the doses are
        // then drawn from the default stock
        boolean visible = compound != null && !study.getStocks().isEmpty()
                && round.lines().stream().allMatch(DoseLine::revealed);
        if (combo.getParent().getVisible() != visible) {
            combo.getParent().setVisible(visible);
            ((org.eclipse.swt.layout.GridData) combo.getParent().getLayoutData()).exclude = !visible;
            combo.getParent().getParent().getParent().layout(true, true);
        }
        if (!visible) {
            stocks = List.of();
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        Stock last = StockDraws.defaultStock(study, compound, now);
        List<Stock> usable = new ArrayList<>(StockDraws.usableStocks(study, compound, now));
        combo.removeAll();
        combo.add(last == null ? "choose a stock" : last.getId() + " (last used)");
        for (Stock s : usable) {
            combo.add(s.getId() + " - " + StockVolumes.ml(StockLedger.of(s).balanceMl()) + " left");
        }
        stocks = usable;
        int index = chosen == null ? -1 : usable.indexOf(chosen);
        combo.select(index < 0 ? 0 : index + 1);
    }

    /** The stock chosen in the list, or null for the default. */
    Stock chosen() {
        int i = combo.getSelectionIndex();
        return i <= 0 || i - 1 >= stocks.size() ? null : stocks.get(i - 1);
    }

    @Override
    public Map<Compound, Stock> get() {
        Stock s = chosen();
        return s == null || compound == null ? Map.of() : Map.of(compound, s);
    }

    /** The list (for tests). */
    Combo combo() {
        return combo;
    }
}
