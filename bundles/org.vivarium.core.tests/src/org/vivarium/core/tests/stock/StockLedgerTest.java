package org.vivarium.core.tests.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.stock.LedgerLine;
import org.vivarium.core.stock.LedgerLine.Kind;
import org.vivarium.core.stock.StockCommands;
import org.vivarium.core.stock.StockDoses;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.study.Studies;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;

class StockLedgerTest {

    private final StockFixture f = new StockFixture(37);

    @Test
    void balancesAreRightToTheMicrolitre() {
        Stock bottle = f.receive("KET-B1", f.ketamine, 10, StockFixture.ANCHOR2.toLocalDate().plusYears(1));
        Stock dilution = f.dilute(bottle, "KET-D1", 0.35, 25);
        assertThat(dilution.getConcentrationMgPerMl()).isCloseTo(1.4, within(1e-9));
        LocalDateTime at = StockFixture.ANCHOR2;
        for (int i = 0; i < 37; i++) {
            f.run(f.give("K" + (i + 1), at.plusMinutes(i % 30), dilution));
        }
        DosingEvent k5 = f.line("K5").event();
        assertThat(k5.getStock()).isSameAs(dilution);
        assertThat(k5.getVolumeMl()).as("10 mg/kg x 20.224 g / 1.4 mg/mL").isEqualTo(0.14);
        f.run(StockCommands.waste(f.domain, dilution, 0.137, at.plusHours(1), "J. Tech", "R. Witness",
                "rest of the syringe"));
        f.run(StockCommands.correct(f.domain, dilution, 0.021, at.plusHours(2), "J. Tech", "spill recounted"));
        f.run(StockDoses.setVolume(f.domain, f.line("K7"), 0.31, "syringe read wrongly", "J. Tech", at.plusHours(3)));
        double k9 = f.line("K9").event().getVolumeMl();
        f.run(StockDoses.takeBack(f.domain, f.line("K9"), "recorded for the wrong animal", "J. Tech",
                at.plusHours(4)));
        double expected = StockLedger.of(dilution).balanceAt(at.plusHours(5));
        f.run(StockCommands.reconcile(f.domain, dilution, expected - 0.004, at.plusHours(5), "J. Tech",
                "meniscus"));

        BigDecimal independent = BigDecimal.valueOf(25);
        for (DosingEvent e : Studies.animals(f.study).stream().flatMap(a -> a.getDosingEvents().stream()).toList()) {
            if (e.getStock() == dilution) {
                independent = independent.subtract(BigDecimal.valueOf(e.getVolumeMl()));
            }
        }
        independent = independent.subtract(new BigDecimal("0.137")).add(new BigDecimal("0.021"))
                .subtract(new BigDecimal("0.004"));
        StockLedger ledger = StockLedger.of(dilution);
        assertThat(ledger.balanceMl()).isCloseTo(independent.doubleValue(), within(1e-9));
        assertThat(StockLedger.of(bottle).balanceMl()).isCloseTo(9.65, within(1e-9));

        List<LedgerLine> lines = ledger.lines();
        assertThat(lines.get(0).kind()).isEqualTo(Kind.RECEIVED);
        assertThat(lines).filteredOn(l -> l.kind() == Kind.DOSE).hasSize(36);
        assertThat(lines).filteredOn(l -> l.kind() == Kind.DOSE_TAKEN_BACK).singleElement()
                .satisfies(l -> assertThat(l.changeMl()).isCloseTo(-k9, within(1e-9)));
        BigDecimal running = BigDecimal.ZERO;
        for (LedgerLine l : lines) {
            running = running.add(BigDecimal.valueOf(l.changeMl()));
            assertThat(l.balanceMl()).isCloseTo(running.doubleValue(), within(1e-9));
            assertThat(l.at()).isAfterOrEqualTo(lines.get(0).at());
        }
        LedgerLine k7 = lines.stream().filter(l -> l.kind() == Kind.DOSE && l.animal().equals("K7")).findFirst()
                .orElseThrow();
        assertThat(k7.givenMl()).as("the dose line shows what was drawn then").isEqualTo(0.15);
        assertThat(k7.protocol()).isEqualTo("IACUC-T-1");
        assertThat(k7.by()).isEqualTo("J. Tech");
        StockEntry correction = dilution.getEntries().get(2);
        assertThat(correction.getVolumeMl()).isCloseTo(-0.16, within(1e-9));
        assertThat(correction.getDose()).isSameAs(f.line("K7").event());
        StockEntry takeBack = dilution.getEntries().get(3);
        assertThat(takeBack.getReason()).startsWith("Dose taken back (given " + "2026-03-03 09:08 by J. Tech)");
        assertThat(f.line("K9").isGiven()).isFalse();
        assertThat(f.line("K9").event().getStock()).isNull();
        StockEntry count = dilution.getEntries().get(4);
        assertThat(count.getExpectedMl()).isCloseTo(expected, within(1e-9));
        assertThat(count.getVolumeMl()).isCloseTo(-0.004, within(1e-9));
    }

    @Test
    void aDoseTakenBackAndGivenAgainIsTwoDrawsInTheLog() {
        Stock bottle = f.receive("KET-B1", f.ketamine, 10, null);
        Stock d = f.dilute(bottle, "KET-D1", 1, 100);
        LocalDateTime at = StockFixture.ANCHOR2;
        f.run(f.give("K1", at, d));
        double first = f.line("K1").event().getVolumeMl();
        f.run(StockDoses.setVolume(f.domain, f.line("K1"), 0.2, "more given", "J. Tech", at.plusMinutes(5)));
        f.run(StockDoses.takeBack(f.domain, f.line("K1"), "wrong animal", "J. Tech", at.plusMinutes(10)));
        f.run(f.give("K1", at.plusMinutes(20), d));
        double second = f.line("K1").event().getVolumeMl();
        f.run(StockDoses.setVolume(f.domain, f.line("K1"), 0.05, "less given", "J. Tech", at.plusMinutes(25)));
        StockLedger ledger = StockLedger.of(d);
        assertThat(ledger.lines()).extracting(LedgerLine::kind).containsExactly(Kind.RECEIVED, Kind.DOSE_TAKEN_BACK,
                Kind.CORRECTION, Kind.CORRECTION, Kind.DOSE, Kind.CORRECTION);
        assertThat(ledger.lines().get(1).givenMl()).isEqualTo(first);
        assertThat(ledger.lines().get(4).givenMl()).isEqualTo(second);
        assertThat(ledger.balanceMl()).isCloseTo(100 - 0.05, within(1e-9));
        f.stack.undo();
        f.stack.undo();
        assertThat(StockLedger.of(d).balanceMl()).isCloseTo(100, within(1e-9));
    }
}
