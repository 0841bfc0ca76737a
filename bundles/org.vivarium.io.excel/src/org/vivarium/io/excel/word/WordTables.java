package org.vivarium.io.excel.word;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Tables of a {@link WordWriter}: fixed column widths, borders, a bold shaded header row repeated on each page. */
final class WordTables {

    private static final String BORDER = "808080";

    private final XWPFDocument doc;

    WordTables(XWPFDocument doc) {
        this.doc = doc;
    }

    void add(List<String> headers, List<List<String>> rows, List<Double> widths, int bodyTwips) {
        int columns = headers.size();
        int[] twips = columnTwips(columns, widths, bodyTwips);
        XWPFTable table = doc.createTable(rows.size() + 1, columns);
        table.setStyleID("TableGrid");
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(bodyTwips));
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, headers, twips, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), twips, false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] twips, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(Integer.toString(twips[c]));
            if (header) {
                cell.setColor(WordStyles.HEADER_FILL);
            }
            XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
            p.setStyle("TableText");
            WordWriter.runs(p, List.of(new WordWriter.Text(cells.get(c), header, false)));
        }
    }

    /** Column widths in twips, in proportion to the relative widths (equal without them), filling the body. */
    static int[] columnTwips(int columns, List<Double> widths, int bodyTwips) {
        double total = 0;
        for (int c = 0; c < columns; c++) {
            total += widths.isEmpty() ? 1 : Math.max(0, widths.get(c));
        }
        int[] twips = new int[columns];
        for (int c = 0; c < columns; c++) {
            double w = widths.isEmpty() || total <= 0 ? 1.0 / columns : Math.max(0, widths.get(c)) / total;
            twips[c] = (int) Math.max(1, Math.round(bodyTwips * w));
        }
        return twips;
    }
}
