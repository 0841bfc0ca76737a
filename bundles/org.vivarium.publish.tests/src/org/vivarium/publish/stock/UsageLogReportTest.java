package org.vivarium.publish.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.stock.StockCommands;
import org.vivarium.core.stock.StockCommands.Receipt;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.document.PdfTexts;
import org.vivarium.testing.TestStudies;

/**
 * The usage log report as a controlled-substance officer reads it: a bottle (10 mL at 100 mg/mL), a dilution (0.35 mL
 * made up to 25 mL) the two ketamine doses (0.21, 0.24 mL) were drawn from, a witnessed waste of 0.137 mL and a
 * reconciliation that counted 24.410 mL; the PDF's text extracted with PDFBox.
 */
class UsageLogReportTest {

    private static final LocalDateTime DAY = TestStudies.ANCHOR;

    @TempDir
    Path dir;

    private static Study study() {
        Study study = TestStudies.small();
        study.setProtocolNumber("IACUC-T-1");
        study.setPrincipalInvestigator("Dr. P. I.");
        Compound ketamine = study.getCompounds().get(1);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack());
        run(domain, StockCommands.receive(domain, study, new Receipt("KET-B1", ketamine, "L-77", "Vetpharm", 100, 10,
                DAY.minusDays(7), "R. Keeper", "Safe 2", DAY.toLocalDate().plusYears(1))));
        Stock bottle = study.getStocks().get(0);
        run(domain, StockCommands.dilute(domain, bottle, 0.35, new Receipt("KET-D1", null, null, null, 0, 25,
                DAY.minusDays(1), "J. Tech", "Fridge 1", null)));
        Stock dilution = study.getStocks().get(1);
        Studies.animals(study).stream().flatMap(a -> a.getDosingEvents().stream())
                .filter(e -> e.getRegimen().getCompound() == ketamine).forEach(e -> e.setStock(dilution));
        run(domain, StockCommands.waste(domain, dilution, 0.137, DAY.plusHours(1), "J. Tech", "R. Witness",
                "rest of the syringe"));
        run(domain, StockCommands.reconcile(domain, dilution, 24.41, DAY.plusHours(2), "J. Tech", "meniscus"));
        return study;
    }

    private static void run(AdapterFactoryEditingDomain domain, Result result) {
        assertThat(result.problem()).isNull();
        domain.getCommandStack().execute(result.command());
    }

    @Test
    void thePdfHasTheHeaderEveryLineTheTotalsTheReconciliationsAndSignatureLines() throws Exception {
        Study study = study();
        List<UsageLog> logs = UsageLog.of(study, null, null, null, null);
        Path out = dir.resolve("log.pdf");
        UsageLogReport.Result r = UsageLogReport.write(study, logs, null, null, out, PageSize.A4);
        assertThat(r.stocks()).isEqualTo(2);
        assertThat(r.pages()).isEqualTo(2);
        String text = PdfTexts.text(out).replaceAll("\\s+", " ");
        assertThat(text).contains("Controlled-substance usage log", "Stock KET-B1: Ketamine 100 mg/mL",
                "Stock KET-D1: Ketamine 1.4 mg/mL", "IACUC-T-1", "Dr. P. I.", "L-77", "Vetpharm", "Safe 2",
                "2027-03-02", "made into KET-D1", "24.413", "24.410", "meniscus", "R. Witness",
                "Totals for the period", "Reconciliations", "controlled-substance officer", "9.650");
        List<String> pages = PdfTexts.pages(out);
        assertThat(pages.get(1).replaceAll("\\s+", " ")).contains("0.210", "0.240", "0.137", "-0.003", "25.000",
                "whole log").doesNotContain("KET-B1: Ketamine");
        Files.createDirectories(Path.of("target", "stock-samples"));
        Files.copy(out, Path.of("target", "stock-samples", "usage-log.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aPeriodStartsFromTheBalanceBeforeItAndUnknownStocksAreNamed() throws Exception {
        Study study = study();
        UsageLog log = UsageLog.of(study, "Ketamine", "KET-D1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))
                .get(0);
        assertThat(log.opening()).isEqualTo(25.0);
        assertThat(log.lines()).hasSize(4);
        assertThat(log.given()).isEqualTo(0.45);
        assertThat(log.wasted()).isEqualTo(0.137);
        assertThat(log.closing()).isEqualTo(24.41);
        assertThatThrownBy(() -> UsageLog.of(study, null, "KET-X", null, null)).isInstanceOf(PublishException.class)
                .hasMessage("no stock KET-X (stocks: KET-B1, KET-D1)");
        assertThatThrownBy(() -> UsageLog.of(study, null, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .hasMessage("the period ends (2026-03-01) before it starts (2026-03-02)");
    }
}
