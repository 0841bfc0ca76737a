package org.vivarium.publish.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.ChartSpec.Axis;
import org.vivarium.analysis.result.ChartSpec.ErrorBars;
import org.vivarium.analysis.result.ChartSpec.Kind;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.result.Series.Style;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.charts.ChartSize;

/** Documents written as PDF and Word: every kind of block, page sizes, long tables and words, fonts, file names. */
class DocumentsTest {

    @TempDir
    Path dir;

    static ChartSpec chart() {
        return new ChartSpec(Kind.EFFECT_OVER_TIME, "Immobility: effect over time", "Time since dose (h)",
                "Difference from control (s)", Axis.HOURS_SINCE_DOSE, List.of(), ErrorBars.CI95,
                List.of(new Series("KET+VEH", Style.LINE_WITH_ERROR, List.of(Point.xy(24, -50, -70, -30),
                        Point.xy(168, -30, -50, -10), Point.xy(1344, 2, -18, 22)))),
                List.of(new Marker(Marker.Kind.HORIZONTAL_LINE, 0, "no difference")));
    }

    static Document everyBlock() {
        return Document.builder("Report of everything", "STUDY-1 · made today").footer("STUDY-1 · test report")
                .heading(1, "First section")
                .add(Paragraph.of(Run.plain("Plain, "), Run.bold("bold"), Run.plain(" and "), Run.italic("italic"),
                        Run.plain(" text.")))
                .toComplete("the housing conditions (Study > Husbandry).")
                .heading(2, "A list")
                .add(new BulletList(List.of(Paragraph.of("first item"), Paragraph.of("second item"))))
                .heading(3, "A table")
                .add(new Table("Table 1. Values", List.of("Arm", "n", "Mean"), List.of(List.of("VEH+VEH", "20",
                        "155"), List.of("KET+VEH", "19", "95.5")), List.of(2.0, 1.0, 1.0)))
                .add(new Figure(chart(), ChartSize.DOUBLE_COLUMN, "Figure 1. Effect over time."))
                .add(new PageBreak())
                .add(Paragraph.small("Small print on the last page."))
                .build();
    }

    @Test
    void pdfShowsEveryBlockWithFooterAndPageNumbers() throws Exception {
        Path out = dir.resolve("report.pdf");
        int pages = Documents.write(everyBlock(), out, PageSize.A4);
        Documents.write(everyBlock(), Files.createDirectories(Path.of("target", "report-samples")).resolve(
                "every-block.pdf"), PageSize.A4); // to look at

        List<String> text = PdfTexts.pages(out);
        assertThat(pages).isEqualTo(text.size()).isEqualTo(2);
        assertThat(text.get(0)).contains("Report of everything", "STUDY-1 · made today", "First section",
                "Plain, bold and italic text.", "To complete: the housing conditions (Study > Husbandry).", "A list",
                "• first item", "• second item", "A table", "Table 1. Values", "Arm n Mean", "VEH+VEH 20 155",
                "KET+VEH 19 95.5", "Figure 1. Effect over time.", "STUDY-1 · test report", "page 1 of 2");
        assertThat(text.get(1)).contains("Small print on the last page.", "page 2 of 2");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(first.getResources().getXObjectNames()).as("the figure is a vector form, not a picture")
                    .anySatisfy(name -> assertThat(first.getResources().getXObject(name))
                            .isInstanceOf(PDFormXObject.class));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Report of everything");
        }
    }

    @Test
    void letterPagesAreUsLetterSized() throws Exception {
        Path out = dir.resolve("letter.pdf");
        Documents.write(everyBlock(), out, PageSize.LETTER);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void aTableOverSeveralPagesRepeatsItsHeaderOnEach() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of("animal-" + i, "reason " + i));
        }
        Document d = Document.builder("Long table", "").add(new Table("Table 9. Animals", List.of("Animal column",
                "Reason column"), rows)).build();
        Path out = dir.resolve("long.pdf");
        Documents.write(d, out, PageSize.A4);

        List<String> pages = PdfTexts.pages(out);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("page " + (p + 1)).contains("Animal column Reason column");
            if (p > 0) {
                assertThat(pages.get(p)).contains("Table 9. Animals (continued)");
            }
        }
        String all = String.join(" ", pages);
        for (int i = 1; i <= 150; i++) {
            assertThat(all).contains("animal-" + i + " reason " + i + " ");
        }
    }

    @Test
    void longWordsWrapInsideTheirCellAndTheTextWidthNeverRunningOffThePage() throws Exception {
        String word = "x".repeat(40) + "ABCDEFGHIJ".repeat(30);
        String cell = "cell" + "0123456789".repeat(25);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of("short", cell + i));
        }
        rows.add(List.of("tall", "line ".repeat(1200)));
        Document d = Document.builder("Long words", "").paragraph(word).add(new Table("", List.of("A", "B"), rows,
                List.of(1.0, 1.0))).build();
        Path out = dir.resolve("words.pdf");
        Documents.write(d, out, PageSize.A4);

        float right = PageSize.A4.widthPt() - PdfPages.MARGIN;
        List<PdfTexts.Glyph> glyphs = PdfTexts.glyphs(out);
        assertThat(glyphs).isNotEmpty().allSatisfy(g -> assertThat(g.x() + g.width()).as(g.toString())
                .isLessThanOrEqualTo(right + 0.5f));
        String text = PdfTexts.text(out).replace(" ", "");
        assertThat(text).contains(word);
        for (int i = 0; i < 40; i++) {
            assertThat(text).contains(cell + i);
        }
        // the digits of column B stay in column B, right of column A's words, which are not broken
        float columnB = (float) glyphs.stream().filter(g -> g.text().matches("[0-9]")).mapToDouble(PdfTexts.Glyph::x)
                .min().orElseThrow();
        assertThat(columnB).isGreaterThan(PdfPages.MARGIN + 20);
        assertThat(PdfTexts.text(out)).contains("short cell0123", "tall line line");
    }

    @Test
    void namesWithSymbolsAndOtherScriptsPrintAsTypedAndUnknownCharactersVisibly() throws Exception {
        String typed = "5 µg/kg ± 0.2, n ≥ 3 – Δ Ωmega Привет Ελληνικά";
        Document d = Document.builder("Symbols µ ±", "").paragraph(typed + " 中文").build();
        Path out = dir.resolve("symbols.pdf");
        Documents.write(d, out, PageSize.A4);

        String text = PdfTexts.text(out);
        assertThat(text).contains("Symbols µ ±", typed + " ??");
    }

    @Test
    void otherExtensionsAreRefusedNamingTheAllowedOnes() {
        Path out = dir.resolve("report.txt");
        assertThatThrownBy(() -> Documents.write(everyBlock(), out, PageSize.A4)).isInstanceOf(PublishException.class)
                .hasMessage(out + ": a document is written as .pdf or .docx");
        assertThat(out).doesNotExist();
        assertThat(PageSize.of("Letter")).isEqualTo(PageSize.LETTER);
        assertThat(PageSize.of("a5")).isNull();
    }

    @Test
    void aFileThatCannotBeWrittenIsAnIoErrorAndLeavesNothing() {
        Path out = dir.resolve("missing-folder").resolve("x.pdf");
        assertThatThrownBy(() -> Documents.write(everyBlock(), out, PageSize.A4)).isInstanceOf(IOException.class);
        assertThat(dir.resolve("missing-folder")).doesNotExist();
    }

    @Test
    void docxUsesWordHeadingStylesTablesAndPictures() throws Exception {
        Path out = dir.resolve("report.docx");
        assertThat(Documents.write(everyBlock(), out, PageSize.LETTER)).isZero();

        Map<String, String> parts = unzip(out);
        String body = parts.get("word/document.xml");
        assertThat(body).contains("<w:pStyle w:val=\"Title\"/>", "<w:pStyle w:val=\"Heading1\"/>",
                "<w:pStyle w:val=\"Heading2\"/>", "<w:pStyle w:val=\"Heading3\"/>", "<w:pStyle w:val=\"ToComplete\"/>",
                "<w:t>First section</w:t>", "<w:t>VEH+VEH</w:t>", "<w:t>95.5</w:t>", "<w:tblHeader", "<w:tblBorders>",
                "w:w=\"12240\"", "<w:drawing>");
        assertThat(parts.get("word/styles.xml")).contains("<w:name w:val=\"heading 1\"/>");
        assertThat(parts.keySet()).anyMatch(name -> name.startsWith("word/media/") && name.endsWith(".png"));
        assertThat(parts.entrySet()).anySatisfy(e -> assertThat(e.getKey()).startsWith("word/footer"))
                .filteredOn(e -> e.getKey().startsWith("word/footer")).first()
                .satisfies(e -> assertThat(e.getValue()).contains("STUDY-1 · test report", "NUMPAGES"));
    }

    static Map<String, String> unzip(Path file) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
