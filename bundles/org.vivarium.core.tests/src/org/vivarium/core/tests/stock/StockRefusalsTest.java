package org.vivarium.core.tests.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.stock.StockCommands;
import org.vivarium.core.stock.StockCommands.Receipt;
import org.vivarium.core.stock.StockDoses;
import org.vivarium.core.stock.StockDraws;
import org.vivarium.model.Stock;
import org.vivarium.testing.TestStudies;

class StockRefusalsTest {

    private final StockFixture f = new StockFixture(4);
    private final LocalDateTime at = StockFixture.ANCHOR2;

    @Test
    void aControlledDoseMustNameAStockOnceTheStudyKeepsItsStockLog() {
        assertThat(f.give("K1", at, null).problem()).as("no stock log yet: dosed as before").isNull();
        Stock b1 = f.receive("KET-B1", f.ketamine, 5, null, 1);
        f.receive("KET-B2", f.ketamine, 5, null, 1);
        assertThat(f.give("K1", at, null).problem())
                .isEqualTo("K1: Ketamine is a controlled substance: choose the stock the dose is drawn from; "
                        + "not recorded as given");
        f.run(f.give("K1", at, b1));
        assertThat(StockDraws.defaultStock(f.study, f.ketamine, at)).as("the last one used").isSameAs(b1);
        f.run(f.give("K2", at, null));
        assertThat(f.line("K2").event().getStock()).isSameAs(b1);
    }

    @Test
    void emptyExpiredOtherCompoundAndDisposedStocksAreRefused() {
        Stock old = f.receive("KET-OLD", f.ketamine, 5, at.toLocalDate().minusDays(1), 1);
        assertThat(f.give("K1", at, old).problem()).isEqualTo("K1: stock KET-OLD expired on 2026-03-02: nothing may "
                + "be drawn from it on 2026-03-03; not recorded as given");
        Stock saline = f.receive("SAL-1", f.saline, 5, null);
        assertThat(StockDraws.check(f.line("K1"), saline, at, 0.1, 0)).isEqualTo(
                "K1: stock SAL-1 holds Saline, not Ketamine");
        Stock ok = f.receive("KET-OK", f.ketamine, 5, null, 1);
        f.run(StockCommands.dispose(f.domain, ok, 5, at.minusHours(1), "J. Tech", "R. Witness", "broken seal"));
        assertThat(f.give("K1", at, ok).problem()).isEqualTo("K1: stock KET-OK has been disposed of: nothing can be "
                + "drawn from it; not recorded as given");
        Stock d = f.dilute(f.receive("KET-B9", f.ketamine, 1, null), "KET-D9", 0.01, 0.2);
        f.run(StockCommands.waste(f.domain, d, 0.19, at.minusHours(1), "J. Tech", "R. Witness", "spilt"));
        assertThat(f.give("K1", at, d).problem()).as("10 mg/kg x 17.3 g / 5 mg/mL = 0.0346 mL").isEqualTo(
                "K1: stock KET-D9 holds 0.010 mL, not enough for 0.030 mL; not recorded as given");
        f.run(StockCommands.waste(f.domain, d, 0.01, at.minusHours(1), "J. Tech", "R. Witness", "spilt"));
        assertThat(f.give("K1", at, d).problem()).endsWith("not enough for 0.030 mL (it is empty); "
                + "not recorded as given");
    }

    @Test
    void entriesNeedWitnessReasonAndEnough() {
        Stock b = f.receive("KET-B1", f.ketamine, 1, null);
        assertThat(StockCommands.waste(f.domain, b, 0.1, at, "J. Tech", " ", "spilt").problem())
                .isEqualTo("stock KET-B1: a waste needs a witness");
        assertThat(StockCommands.waste(f.domain, b, 0.1, at, "J. Tech", "j. tech", "spilt").problem())
                .isEqualTo("stock KET-B1: the witness must be someone other than J. Tech");
        assertThat(StockCommands.dispose(f.domain, b, 0.1, at, "J. Tech", "R. W", "").problem())
                .isEqualTo("stock KET-B1: enter the reason for the disposal");
        assertThat(StockCommands.waste(f.domain, b, 1.5, at, "J. Tech", "R. W", "spilt").problem())
                .isEqualTo("stock KET-B1 holds 1.000 mL, not enough for 1.500 mL");
        assertThat(StockCommands.correct(f.domain, b, 0.1, at, "J. Tech", null).problem())
                .isEqualTo("stock KET-B1: enter the reason for the correction");
        assertThat(StockCommands.correct(f.domain, b, -1.2, at, "J. Tech", "x").problem())
                .startsWith("stock KET-B1: a correction of -1.200 mL would leave less than nothing");
        assertThat(StockCommands.reconcile(f.domain, b, 0.9, at, "J. Tech", "").problem()).isEqualTo(
                "stock KET-B1: enter the reason for the difference of -0.100 mL (counted 0.900 mL, expected 1.000 mL)");
        assertThat(StockCommands.reconcile(f.domain, b, 1.0, at, "J. Tech", "").problem()).isNull();
        assertThat(StockCommands.waste(f.domain, b, 0.1, TestStudies.ANCHOR.minusDays(30), "J. Tech", "R. W", "x")
                .problem()).startsWith("stock KET-B1: it was only received (or made) at");
        assertThat(StockCommands.receive(f.domain, f.study, new Receipt("ket-b1", f.ketamine, null, null, 100, 1,
                at, "J", null, null)).problem()).isEqualTo("stock ket-b1 already exists: give the bottle another label");
        assertThat(StockCommands.receive(f.domain, f.study, new Receipt("X", f.ketamine, null, null, 100, 1,
                at, "J", null, LocalDate.of(2020, 1, 1))).problem()).isEqualTo(
                        "bottle X: its expiry 2020-01-01 is before 2026-03-03");
        assertThat(StockCommands.dilute(f.domain, b, 2, new Receipt("D", null, null, null, 0, 10, at, "J", null,
                null)).problem()).isEqualTo("stock KET-B1 holds 1.000 mL, not enough for 2.000 mL");
    }

    @Test
    void aDoseDrawnFromAStockIsOnlyCorrectedWithAReason() {
        Stock b = f.receive("KET-B1", f.ketamine, 1, null, 1);
        f.run(f.give("K1", at, b));
        assertThat(DoseRecording.setVolume(f.domain, f.line("K1"), 0.3).problem()).isEqualTo("the dose of K1 was "
                + "drawn from stock KET-B1: correcting its volume needs a reason (the stock log records it as a "
                + "correction)");
        assertThat(DoseRecording.notGiven(f.domain, f.line("K1")).problem()).contains("taking it back needs a reason");
        assertThat(StockDoses.takeBack(f.domain, f.line("K1"), " ", "J. Tech", at).problem())
                .isEqualTo("stock KET-B1: enter a reason for taking the dose back");
        assertThat(StockDoses.setVolume(f.domain, f.line("K1"), 0.3, "", "J. Tech", at).problem())
                .isEqualTo("stock KET-B1: enter a reason for the corrected volume");
    }
}
