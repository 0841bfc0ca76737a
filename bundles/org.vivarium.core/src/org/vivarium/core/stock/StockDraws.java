package org.vivarium.core.stock;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseVolume;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;

/**
 * Doses drawn from a stock: which stock a dose is drawn from (the one chosen for its compound, else the last one used
 * for it that can still be drawn from, else the only one that can), the volume it gives (from the stock's
 * concentration) and why it cannot be drawn.
 */
public final class StockDraws {

    private StockDraws() {
    }

    /** The stock a dose line is drawn from: chosen for its compound, else {@link #defaultStock}; null for none. */
    public static Stock stockFor(DoseLine line, Map<Compound, Stock> chosen, LocalDateTime at) {
        Compound compound = line.regimen().getCompound();
        Stock stock = chosen == null ? null : chosen.get(compound);
        return stock != null ? stock : defaultStock(Studies.studyOf(line.animal()), compound, at);
    }

    /**
     * The stock a dose of a compound is drawn from unless another is chosen: the last one used for the compound (by
     * dosing time) while it can still be drawn from at that time, else the only one of the compound that can; null
     * when there is none or the choice is not clear.
     */
    public static Stock defaultStock(Study study, Compound compound, LocalDateTime at) {
        if (study == null || compound == null) {
            return null;
        }
        Stock last = Studies.animals(study).stream().flatMap(a -> a.getDosingEvents().stream())
                .filter(e -> e.getStock() != null && e.getActualTime() != null && e.getStock().getCompound() == compound)
                .max(Comparator.comparing(DosingEvent::getActualTime)).map(DosingEvent::getStock).orElse(null);
        if (last != null && usable(last, compound, at)) {
            return last;
        }
        List<Stock> usable = usableStocks(study, compound, at);
        return usable.size() == 1 ? usable.get(0) : null;
    }

    /** The stocks of a compound a dose may be drawn from at a time (not disposed, not expired, not empty). */
    public static List<Stock> usableStocks(Study study, Compound compound, LocalDateTime at) {
        return study.getStocks().stream().filter(s -> usable(s, compound, at)).toList();
    }

    private static boolean usable(Stock s, Compound compound, LocalDateTime at) {
        return s.getCompound() == compound && StockRules.checkDraw(s, compound, at, StockVolumes.TOLERANCE_ML * 2, 0)
                == null;
    }

    /**
     * The volume of a dose drawn from a stock: from the stock's concentration when it has one (a drug dosed in
     * mg/kg), else the line's own volume; checked against the route's limit.
     */
    public static DoseVolume volume(DoseLine line, Stock stock) {
        DoseRegimen regimen = line.regimen();
        Compound c = regimen.getCompound();
        if (stock == null || !(stock.getConcentrationMgPerMl() > 0) || c == null || c.isPlacebo()
                || regimen.getVolumeMlPerKg() > 0 || !line.volume().isComputed()) {
            return line.volume();
        }
        double ml = regimen.getDoseMgPerKg() * line.weightGrams() / 1000.0 / stock.getConcentrationMgPerMl();
        return DoseCalculator.given(regimen, ml, line.weightGrams());
    }

    /**
     * Why a dose cannot be drawn as recorded (null when it can): a controlled compound without a stock (see
     * {@link StockRules#stockRequired}), or the stock's refusal.
     *
     * @param pendingMl what the same recording draws from this stock before this dose (mL)
     */
    public static String check(DoseLine line, Stock stock, LocalDateTime at, double ml, double pendingMl) {
        Animal animal = line.animal();
        Compound compound = line.regimen().getCompound();
        if (stock == null) {
            return StockRules.stockRequired(Studies.studyOf(animal), compound) ? animal.getId() + ": "
                    + compound.getName() + " is a controlled substance: choose the stock the dose is drawn from" : null;
        }
        String refusal = StockRules.checkDraw(stock, compound, at, ml, pendingMl);
        return refusal == null ? null : animal.getId() + ": " + refusal;
    }
}
