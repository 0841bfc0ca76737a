package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * print and export .pzfx as a user runs them: what was written, one line and exit 2 for a cohort, assay or measure the
 * study does not have (naming the ones it has), usage errors for a wrong document or paper; nothing written on refusal.
 */
class PublishCommandsTest {

    @TempDir
    Path dir;

    private Path demo() {
        return CliRun.demo(dir.resolve("d.vivarium"));
    }

    private static void assertRejected(CliRun run, String line) {
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(line + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printWritesCageCardsDosingAndEntrySheetsOnA4OrLetter() throws Exception {
        Path study = demo();
        Path cards = dir.resolve("cards.pdf");
        CliRun run = CliRun.of("print", study.toString(), "cage-cards", cards.toString(), "--cohort", "1 h");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + cards + ": 16 cage cards on 3 A4 pages" + System.lineSeparator());
        assertThat(Files.readString(cards, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

        Path dosing = dir.resolve("dosing.pdf");
        run = CliRun.of("print", study.toString(), "dosing-sheets", dosing.toString(), "--paper", "letter");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).matches("wrote .*dosing.pdf: 12 dosing rounds on \\d+ Letter pages\\R");

        Path entry = dir.resolve("entry.pdf");
        run = CliRun.of("print", study.toString(), "entry-sheets", entry.toString(), "--cohort", "24 h");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).matches("wrote .*entry.pdf: 3 sessions on \\d+ A4 pages\\R");
    }

    @Test
    void printRefusesWhatItCannotPrintWithOneLine() throws Exception {
        Path study = demo();
        Path out = dir.resolve("x.pdf");
        assertRejected(CliRun.of("print", study.toString(), "cage-cards", out.toString(), "--cohort", "3 wk"), study
                + ": the study has no cohort '3 wk' (cohorts: 1 h, 24 h, 1 wk, 2 wk, 4 wk, 8 wk)");
        CliRun kind = CliRun.of("print", study.toString(), "labels", out.toString());
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err()).startsWith("vivarium print: cannot print 'labels': one of cage-cards, dosing-sheets, "
                + "entry-sheets");
        CliRun paper = CliRun.of("print", study.toString(), "cage-cards", out.toString(), "--paper", "a5");
        assertThat(paper.code()).isEqualTo(1);
        assertThat(paper.err()).startsWith("vivarium print: --paper must be a4 or letter, not 'a5'");
        assertThat(CliRun.of("print", study.toString(), "cage-cards", dir.resolve("x.png").toString()).code())
                .isEqualTo(1);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void exportPzfxWritesPrismTablesOfEveryMeasureOrOne() throws Exception {
        Path study = demo();
        Path out = dir.resolve("demo.pzfx");
        CliRun run = CliRun.of("export", study.toString(), out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).matches("wrote .*demo.pzfx: \\d+ tables \\(\\d+ measures, [\\d,]+ values\\)\\R");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("GraphPadPrismFile");
        assertThat(doc.getElementsByTagName("Table").getLength()).isGreaterThan(10);

        Path one = dir.resolve("fst.pzfx");
        run = CliRun.of("export", study.toString(), one.toString(), "--assay", "fst", "--measure", "immobility");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + one + ": 6 tables (1 measure, 398 values)"
                + System.lineSeparator());
    }

    @Test
    void exportPzfxNamesTheValidAssaysAndMeasures() throws Exception {
        Path study = demo();
        Path out = dir.resolve("x.pzfx");
        CliRun assay = CliRun.of("export", study.toString(), out.toString(), "--assay", "XYZ");
        assertThat(assay.code()).isEqualTo(2);
        assertThat(assay.out()).startsWith(study + ": the study has no assay 'XYZ' (assays: FST, ").hasLineCount(1);
        assertRejected(CliRun.of("export", study.toString(), out.toString(), "--assay", "FST", "--measure", "swim"),
                study + ": assay FST has no measure 'swim' (measures: immobility, latency)");
        assertThat(CliRun.of("export", study.toString(), out.toString(), "--measure", "immobility").code())
                .isEqualTo(1);
        assertThat(CliRun.of("export", study.toString(), dir.resolve("x.csv").toString(), "--assay", "FST").code())
                .isEqualTo(1);
        assertThat(Files.exists(out)).isFalse();
    }
}
