package org.vivarium.io.excel.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.vivarium.io.excel.word.WordWriter.Text;

/** The Word facade, read back with POI: styles a manuscript keeps, tables, pictures, page set-up, footer. */
class WordWriterTest {

    private static XWPFDocument write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WordWriter w = new WordWriter("ARRIVE 2.0 report")) {
            w.page(612, 792, 56.7);
            w.footer("KET-BCI-DEMO");
            w.title("ARRIVE 2.0 report");
            w.subtitle("KET-BCI-DEMO");
            w.heading(1, "1 Study design");
            w.paragraph(List.of(Text.plain("Groups: "), new Text("4 arms", true, false), new Text(" (2x2)", false,
                    true)), WordWriter.Style.NORMAL);
            w.paragraph(List.of(new Text("To complete: ", true, false), Text.plain("housing")),
                    WordWriter.Style.HIGHLIGHT);
            w.heading(2, "1a Groups");
            w.bullet(List.of(Text.plain("VEH+VEH")));
            w.heading(3, "Details");
            w.table("Table 1. Arms", List.of("Arm", "n"), List.of(List.of("VEH+VEH", "120"), List.of("KET+VEH",
                    "119")), List.of(3.0, 1.0));
            w.picture(png(), 200, 100, "Figure 1. A picture.");
            w.pageBreak();
            w.paragraph(List.of(Text.plain("last")), WordWriter.Style.SMALL);
            w.write(out);
        }
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no paragraph '" + text + "'"));
    }

    @Test
    void headingsUseWordsHeadingStyles() throws Exception {
        try (XWPFDocument doc = write()) {
            assertThat(paragraph(doc, "ARRIVE 2.0 report").getStyle()).isEqualTo("Title");
            assertThat(paragraph(doc, "1 Study design").getStyle()).isEqualTo("Heading1");
            assertThat(paragraph(doc, "1a Groups").getStyle()).isEqualTo("Heading2");
            assertThat(paragraph(doc, "Details").getStyle()).isEqualTo("Heading3");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .hasToString("1");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("ARRIVE 2.0 report");
        }
    }

    @Test
    void runsKeepBoldAndItalicAndHighlightedParagraphsTheirStyle() throws Exception {
        try (XWPFDocument doc = write()) {
            XWPFParagraph p = paragraph(doc, "Groups: 4 arms (2x2)");
            assertThat(p.getRuns().get(1).isBold()).isTrue();
            assertThat(p.getRuns().get(2).isItalic()).isTrue();
            assertThat(paragraph(doc, "To complete: housing").getStyle()).isEqualTo("ToComplete");
            assertThat(paragraph(doc, "VEH+VEH").getNumID()).isNotNull();
            assertThat(paragraph(doc, "last").getStyle()).isEqualTo("Small");
        }
    }

    @Test
    void tablesHaveBordersARepeatedHeaderAndTheirWidths() throws Exception {
        try (XWPFDocument doc = write()) {
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRow(0).getCell(0).getText()).isEqualTo("Arm");
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRow(2).getCell(1).getText()).isEqualTo("119");
            assertThat(t.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(t.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            long threeQuarters = Math.round((612 - 2 * 56.7) * 20 * 0.75);
            assertThat((long) t.getRow(1).getCell(0).getWidth()).isCloseTo(threeQuarters,
                    org.assertj.core.data.Offset.offset(2L));
            assertThat(paragraph(doc, "Table 1. Arms").getStyle()).isEqualTo("Caption");
        }
    }

    @Test
    void picturesPageSizeAndFooter() throws Exception {
        try (XWPFDocument doc = write()) {
            assertThat(doc.getAllPictures()).singleElement().satisfies(p -> assertThat(p.getFileName()).endsWith(".png"));
            assertThat(paragraph(doc, "Figure 1. A picture.").getStyle()).isEqualTo("Caption");
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).hasToString("12240");
            assertThat(size.getH()).hasToString("15840");
            assertThat(doc.getFooterList()).singleElement().satisfies(f -> assertThat(f.getText())
                    .contains("KET-BCI-DEMO"));
        }
    }
}
