package org.vivarium.core.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.stock.StockVolumes;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Compound;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.StockEntryKind;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;

/**
 * The stock log of a demo study: for each controlled compound with doses given, a 10 mL bottle at
 * {@value #BOTTLE_MG_PER_ML} mg/mL received two weeks before its first dose, {@value #DILUTION_ML} mL dilutions to the
 * dosing concentration made from it as they are needed, each given dose drawn from the dilution in use in time order,
 * the rest of a syringe wasted (witnessed) after the first round and a reconciliation after the last dose that finds
 * exactly the balance the log gives.
 */
public final class DemoStocks {

    static final double BOTTLE_MG_PER_ML = 100;
    static final double BOTTLE_ML = 10;
    static final double DILUTION_ML = 20;
    private static final String TECH = "J. Tech (demo)";
    private static final String WITNESS = "R. Witness (demo)";
    private static final VivariumFactory F = VivariumFactory.eINSTANCE;

    private DemoStocks() {
    }

    /** Adds bottles, dilutions, waste and a reconciliation, and draws every given controlled dose from a stock. */
    public static void addTo(Study study) {
        for (Compound compound : study.getCompounds()) {
            if (!compound.isControlledSubstance() || compound.isPlacebo()) {
                continue;
            }
            List<DosingEvent> doses = Studies.animals(study).stream().flatMap(a -> a.getDosingEvents().stream())
                    .filter(e -> e.getActualTime() != null && e.getStock() == null && e.getRegimen() != null
                            && e.getRegimen().getCompound() == compound)
                    .sorted(Comparator.comparing(DosingEvent::getActualTime)).toList();
            if (!doses.isEmpty()) {
                addTo(study, compound, doses);
            }
        }
    }

    private static void addTo(Study study, Compound compound, List<DosingEvent> doses) {
        String prefix = prefix(compound);
        LocalDateTime first = doses.get(0).getActualTime();
        List<Stock> bottles = new ArrayList<>();
        Stock bottle = bottle(study, compound, prefix + "-B1", first.toLocalDate().minusDays(14).atTime(10, 0));
        bottles.add(bottle);
        double dosingConcentration = compound.getStockConcentrationMgPerMl();
        boolean dilute = dosingConcentration > 0 && dosingConcentration < BOTTLE_MG_PER_ML;
        Stock current = dilute ? null : bottle;
        int dilutions = 0;
        boolean wasted = false;
        for (int i = 0; i < doses.size(); i++) {
            DosingEvent dose = doses.get(i);
            double ml = dose.getVolumeMl();
            if (current == null || StockLedger.of(current).balanceMl() - ml < -StockVolumes.TOLERANCE_ML) {
                if (!dilute) {
                    bottle = bottle(study, compound, prefix + "-B" + (bottles.size() + 1),
                            dose.getActualTime().minusHours(1));
                    bottles.add(bottle);
                    current = bottle;
                } else {
                    double sourceMl = StockVolumes.round(DILUTION_ML * dosingConcentration / BOTTLE_MG_PER_ML);
                    if (StockLedger.of(bottle).balanceMl() - sourceMl < -StockVolumes.TOLERANCE_ML) {
                        bottle = bottle(study, compound, prefix + "-B" + (bottles.size() + 1),
                                dose.getActualTime().minusHours(2));
                        bottles.add(bottle);
                    }
                    current = dilution(study, bottle, prefix + "-D" + (++dilutions), sourceMl, dosingConcentration,
                            dose.getActualTime().minusMinutes(45));
                }
            }
            dose.setStock(current);
            boolean lastOfRound = i + 1 == doses.size()
                    || !doses.get(i + 1).getActualTime().toLocalDate().equals(dose.getActualTime().toLocalDate());
            if (!wasted && lastOfRound && StockLedger.of(current).balanceMl() >= 0.05) {
                current.getEntries().add(entry(StockEntryKind.WASTE, dose.getActualTime().plusMinutes(5), -0.05,
                        "rest of the last syringe of the round discarded"));
                current.getEntries().get(current.getEntries().size() - 1).setWitness(WITNESS);
                wasted = true;
            }
        }
        LocalDateTime end = doses.get(doses.size() - 1).getActualTime().plusHours(2);
        StockEntry count = entry(StockEntryKind.RECONCILIATION, end, 0, null);
        double expected = StockLedger.of(current).balanceAt(end);
        count.setCountedMl(expected);
        count.setExpectedMl(expected);
        current.getEntries().add(count);
    }

    private static Stock bottle(Study study, Compound compound, String id, LocalDateTime at) {
        Stock s = F.createStock();
        s.setId(id);
        s.setCompound(compound);
        s.setLot("L" + at.getYear() + "-" + String.format(Locale.ROOT, "%03d", at.getDayOfYear()));
        s.setSupplier("Example Pharma (demo)");
        s.setConcentrationMgPerMl(BOTTLE_MG_PER_ML);
        s.setVolumeMl(BOTTLE_ML);
        s.setReceivedAt(at);
        s.setReceivedBy(TECH);
        s.setLocation("Safe 1, shelf A");
        s.setExpiry(at.toLocalDate().plusYears(2));
        study.getStocks().add(s);
        return s;
    }

    private static Stock dilution(Study study, Stock source, String id, double sourceMl, double concentration,
            LocalDateTime at) {
        Stock s = F.createStock();
        s.setId(id);
        s.setCompound(source.getCompound());
        s.setLot(source.getLot());
        s.setSupplier(TECH);
        s.setConcentrationMgPerMl(concentration);
        s.setVolumeMl(DILUTION_ML);
        s.setReceivedAt(at);
        s.setReceivedBy(TECH);
        s.setLocation("Fridge 2 (dosing solutions)");
        s.setExpiry(source.getExpiry());
        s.setSource(source);
        s.setSourceVolumeMl(sourceMl);
        study.getStocks().add(s);
        return s;
    }

    private static StockEntry entry(StockEntryKind kind, LocalDateTime at, double ml, String reason) {
        StockEntry e = F.createStockEntry();
        e.setKind(kind);
        e.setAt(at);
        e.setBy(TECH);
        e.setVolumeMl(ml);
        e.setReason(reason);
        return e;
    }

    private static String prefix(Compound compound) {
        String name = compound.getName() == null ? "STK" : compound.getName().replaceAll("[^A-Za-z]", "");
        return (name.length() >= 3 ? name.substring(0, 3) : name.isEmpty() ? "STK" : name).toUpperCase(Locale.ROOT);
    }
}
