package org.vivarium.io.excel.internal.read;

import java.util.Arrays;

import org.vivarium.io.excel.internal.read.CellValue.NumberFormat;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: turns {@code <row>/<c>} elements into {@link SheetRow}s with typed cells
 * (shared and inline strings, numbers with their date/time format, booleans, errors, cached formula results) and
 * hands each row to the sink as soon as it ends, so memory does not grow with the sheet.
 */
final class XlsxSheetHandler extends DefaultHandler {

    /** Excel writes 1462 days less for dates in the 1904 date system. */
    private static final double DAYS_1904 = 1462;

    private final String sheet;
    private final XlsxSharedStrings strings;
    private final XlsxStyles styles;
    private final boolean date1904;
    private final ReadLimits limits;
    private final RowSink sink;
    private final Runnable tick;

    private CellValue[] cells = new CellValue[32];
    private int width;
    private int row = -1;
    private int rowsWithContent;
    private int column = -1;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;
    private boolean inText;
    private int phonetic;
    private boolean hasValue;
    private String formula;
    private final StringBuilder value = new StringBuilder();
    private int valueLength;
    private final StringBuilder formulaText = new StringBuilder();

    XlsxSheetHandler(String sheet, XlsxSharedStrings strings, XlsxStyles styles, boolean date1904, ReadLimits limits,
            RowSink sink, Runnable tick) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.limits = limits;
        this.sink = sink;
        this.tick = tick;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "row" -> startRow(atts.getValue("r"));
            case "c" -> startCell(atts);
            case "v" -> {
                inValue = true;
                hasValue = true;
                value.setLength(0);
                valueLength = 0;
            }
            case "f" -> {
                inFormula = true;
                formula = "";
                formulaText.setLength(0);
            }
            case "is" -> {
                inInline = true;
                hasValue = true;
                value.setLength(0);
                valueLength = 0;
            }
            case "t" -> inText = inInline && phonetic == 0;
            case "rPh" -> phonetic++;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "f" -> {
                inFormula = false;
                formula = formulaText.toString();
            }
            case "is" -> inInline = false;
            case "t" -> inText = false;
            case "rPh" -> phonetic--;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inText) {
            valueLength += length;
            int room = limits.maxCellChars() + 1 - value.length();
            if (room > 0) {
                value.append(ch, start, Math.min(room, length));
            }
        } else if (inFormula && formulaText.length() < 2000) {
            formulaText.append(ch, start, Math.min(length, 2000 - formulaText.length()));
        }
    }

    private void startRow(String r) throws Xml.Failure {
        int next = r == null ? row + 1 : parseIndex(r) - 1;
        if (next < 0 || next >= CellRefs.MAX_ROWS) {
            throw new Xml.Failure(next < 0 ? damaged("a row has an invalid number '" + r + "'")
                    : RowLimit.beyondExcel(sheet, next));
        }
        row = next;
        column = -1;
        width = 0;
    }

    private void startCell(Attributes atts) throws Xml.Failure {
        String r = atts.getValue("r");
        int col = r == null ? column + 1 : CellRefs.columnOf(r);
        if (col < 0 || col >= CellRefs.MAX_COLUMNS) {
            throw new Xml.Failure(col < 0 ? damaged("a cell has an invalid reference '" + r + "'")
                    : new ReadFailure("cell " + shorten(r) + " is beyond Excel's last column (XFD); refused", sheet,
                            row, -1, null));
        }
        if (r != null) {
            int cellRow = CellRefs.rowOf(r);
            if (cellRow >= 0 && cellRow != row) {
                if (cellRow >= CellRefs.MAX_ROWS) {
                    throw new Xml.Failure(RowLimit.beyondExcel(sheet, cellRow));
                }
                row = cellRow;
            }
        }
        column = col;
        type = atts.getValue("t");
        String s = atts.getValue("s");
        style = s == null ? 0 : parseIndex(s);
        hasValue = false;
        formula = null;
        value.setLength(0);
        valueLength = 0;
    }

    private void endCell() throws Xml.Failure {
        CellValue cell = hasValue ? cellValue() : formula != null ? CellValue.uncalculated(column, formula) : null;
        if (cell == null) {
            return;
        }
        if (formula != null && hasValue) {
            cell = cell.withFormula(formula);
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = cell;
        width = Math.max(width, column + 1);
    }

    private CellValue cellValue() throws Xml.Failure {
        String t = type == null ? "n" : type;
        if (valueLength > limits.maxCellChars()) {
            throw new Xml.Failure(new ReadFailure(String.format("a cell has more than %,d characters (Excel's limit "
                    + "per cell); refused", limits.maxCellChars()), sheet, row, column, null));
        }
        switch (t) {
            case "s" -> {
                int index = parseIndex(value.toString().strip());
                CellValue shared = strings.cell(column, index);
                if (shared == null) {
                    throw new Xml.Failure(damaged("cell " + CellRefs.cell(row, column) + " refers to shared string "
                            + value.toString().strip() + " but the table has " + strings.size()));
                }
                return shared;
            }
            case "inlineStr", "str" -> {
                return CellValue.text(column, OoxmlText.decode(value.toString()));
            }
            case "b" -> {
                return CellValue.bool(column, value.toString().strip().equals("1")
                        || value.toString().strip().equalsIgnoreCase("true"));
            }
            case "e" -> {
                return CellValue.error(column, value.toString().strip());
            }
            case "d" -> {
                return CellValue.text(column, value.toString().strip());
            }
            default -> {
                String text = value.toString().strip();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    double d = Double.parseDouble(text);
                    NumberFormat f = styles.format(style);
                    if (date1904 && f == NumberFormat.DATE) {
                        d += DAYS_1904;
                    }
                    return CellValue.number(column, d, f);
                } catch (NumberFormatException e) {
                    throw new Xml.Failure(damaged("cell " + CellRefs.cell(row, column) + " holds '" + shorten(text)
                            + "' where a number belongs"));
                }
            }
        }
    }

    private void endRow() throws SAXException {
        if (width > 0) {
            SheetRow r = new SheetRow(row, Arrays.copyOf(cells, width));
            Arrays.fill(cells, 0, width, null);
            width = 0;
            if (!r.isBlank()) {
                if (++rowsWithContent > limits.maxRows()) {
                    throw new Xml.Failure(RowLimit.exceeded(limits, sheet, row));
                }
                try {
                    if (!sink.row(r)) {
                        throw new Xml.Stop();
                    }
                } catch (ReadFailure f) {
                    throw new Xml.Failure(f);
                }
            }
        }
        if ((row & 1023) == 0) {
            tick.run();
        }
    }

    private ReadFailure damaged(String what) {
        return new ReadFailure("the sheet is damaged: " + what, sheet, row, -1, null);
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }

    private static int parseIndex(String s) {
        long n = 0;
        if (s.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
            if (n > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) n;
    }
}
