package org.vivarium.core.tests.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStocks;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.stock.LedgerLine;
import org.vivarium.core.stock.StockLedger;
import org.vivarium.core.study.Studies;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.StockEntry;
import org.vivarium.model.StockEntryKind;
import org.vivarium.model.Study;

class DemoStocksTest {

    @Test
    void everyGivenKetamineDoseIsDrawnFromAStockWhoseBalanceIsRightToTheMicrolitre() {
        Study demo = DemoStudy.generate(42, LocalDate.of(2026, 11, 27));
        DemoStocks.addTo(demo);
        List<DosingEvent> controlled = Studies.animals(demo).stream().flatMap(a -> a.getDosingEvents().stream())
                .filter(e -> e.getActualTime() != null && e.getRegimen().getCompound().isControlledSubstance())
                .toList();
        assertThat(controlled).isNotEmpty().allSatisfy(e -> assertThat(e.getStock()).isNotNull());
        assertThat(demo.getStocks()).extracting(Stock::getId).startsWith("KET-B1", "KET-D1");
        for (Stock s : demo.getStocks()) {
            BigDecimal sum = BigDecimal.valueOf(s.getVolumeMl());
            for (DosingEvent e : controlled) {
                sum = e.getStock() == s ? sum.subtract(BigDecimal.valueOf(e.getVolumeMl())) : sum;
            }
            for (Stock d : demo.getStocks()) {
                sum = d.getSource() == s ? sum.subtract(BigDecimal.valueOf(d.getSourceVolumeMl())) : sum;
            }
            for (StockEntry e : s.getEntries()) {
                sum = sum.add(BigDecimal.valueOf(e.getVolumeMl()));
            }
            StockLedger ledger = StockLedger.of(s);
            assertThat(ledger.balanceMl()).as(s.getId()).isCloseTo(sum.doubleValue(), within(1e-9));
            assertThat(ledger.lines()).as(s.getId()).allSatisfy(l -> assertThat(l.balanceMl()).isGreaterThan(-1e-9));
            for (DosingEvent e : controlled) {
                if (e.getStock() == s) {
                    assertThat(e.getActualTime().toLocalDate()).isBeforeOrEqualTo(s.getExpiry());
                    assertThat(e.getActualTime()).isAfter(s.getReceivedAt());
                }
            }
        }
        List<StockEntry> entries = demo.getStocks().stream().flatMap(s -> s.getEntries().stream()).toList();
        assertThat(entries).filteredOn(e -> e.getKind() == StockEntryKind.WASTE).singleElement()
                .satisfies(e -> assertThat(e.getWitness()).isNotBlank());
        assertThat(entries).filteredOn(e -> e.getKind() == StockEntryKind.RECONCILIATION).singleElement()
                .satisfies(e -> {
                    assertThat(e.getCountedMl()).isEqualTo(e.getExpectedMl());
                    assertThat(e.getVolumeMl()).isZero();
                });
        Stock last = controlled.stream().max(java.util.Comparator.comparing(DosingEvent::getActualTime)).orElseThrow()
                .getStock();
        assertThat(StockLedger.of(last).lines()).last().extracting(LedgerLine::kind)
                .isEqualTo(LedgerLine.Kind.RECONCILIATION);
    }
}
