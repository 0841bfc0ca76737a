package org.vivarium.core.tests.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.stock.StockCommands;
import org.vivarium.core.stock.StockCommands.Receipt;
import org.vivarium.model.Animal;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.Sex;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

/** A test study with a stock log: a ketamine bottle, a dilution, and a second cohort of undosed ketamine animals. */
class StockFixture {

    static final LocalDateTime ANCHOR2 = TestStudies.ANCHOR.plusDays(1);
    final Study study = TestStudies.small();
    final Compound ketamine = study.getCompounds().stream().filter(c -> c.getName().equals("Ketamine")).findFirst()
            .orElseThrow();
    final Compound saline = study.getCompounds().get(0);
    final BasicCommandStack stack = new BasicCommandStack();
    final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
    final Cohort cohort;

    StockFixture(int animals) {
        study.setProtocolNumber("IACUC-T-1");
        TreatmentArm ket = study.getArms().stream().filter(a -> a.getCode().equals("KET")).findFirst().orElseThrow();
        cohort = VivariumFactory.eINSTANCE.createCohort();
        cohort.setName("C2");
        cohort.setAnchorDoseTime(ANCHOR2);
        study.getCohorts().add(cohort);
        for (int i = 0; i < animals; i++) {
            Animal a = VivariumFactory.eINSTANCE.createAnimal();
            a.setId("K" + (i + 1));
            a.setSex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE);
            a.setArm(ket);
            BodyWeight w = VivariumFactory.eINSTANCE.createBodyWeight();
            w.setMeasuredAt(ANCHOR2.minusDays(1));
            w.setWeightGrams(17.3 + i * 0.731);
            a.getBodyWeights().add(w);
            cohort.getAnimals().add(a);
        }
    }

    void run(Result result) {
        assertThat(result.problem()).isNull();
        assertThat(result.command()).isNotNull();
        stack.execute(result.command());
    }

    Stock receive(String id, Compound compound, double ml, LocalDate expiry) {
        return receive(id, compound, ml, expiry, 100);
    }

    Stock receive(String id, Compound compound, double ml, LocalDate expiry, double mgPerMl) {
        run(StockCommands.receive(domain, study, new Receipt(id, compound, "L-77", "Vetpharm", mgPerMl, ml,
                TestStudies.ANCHOR.minusDays(7), "R. Keeper", "Safe 2", expiry)));
        return stock(id);
    }

    Stock dilute(Stock source, String id, double sourceMl, double ml) {
        run(StockCommands.dilute(domain, source, sourceMl, new Receipt(id, null, null, null, 0, ml,
                TestStudies.ANCHOR.minusDays(1), "J. Tech", "Fridge 1", null)));
        return stock(id);
    }

    Stock stock(String id) {
        return study.getStocks().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    List<DoseLine> lines() {
        return DoseRound.of(cohort, ANCHOR2).lines();
    }

    DoseLine line(String animal) {
        return lines().stream().filter(l -> l.animal().getId().equals(animal)).findFirst().orElseThrow();
    }

    Result give(String animal, LocalDateTime at, Stock stock) {
        return DoseRecording.giveAll(domain, List.of(line(animal)), at, "J. Tech",
                stock == null ? Map.of() : Map.of(stock.getCompound(), stock));
    }
}
