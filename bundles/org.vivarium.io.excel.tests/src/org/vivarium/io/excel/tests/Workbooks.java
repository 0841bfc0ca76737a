package org.vivarium.io.excel.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes test workbooks: with POI's user model from rows of cells (String, Number, Boolean, LocalDate, {@link Time},
 * {@link Formula}, null), or by hand as raw OOXML parts (for damaged and hostile files).
 */
final class Workbooks {

    /** A duration typed as an Excel time (mm:ss). */
    record Time(int minutes, int seconds) {
    }

    /** An Excel date number in a cell formatted as a date (also impossible ones: -1, 60, 2958466). */
    record DateNumber(double serial) {
    }

    /** A formula; evaluated before saving so that the file holds its result. */
    record Formula(String text) {
    }

    /** A merged region (0-based, inclusive). */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    private Workbooks() {
    }

    static Path xlsx(Path file, String sheet, Object[][] rows, Merge... merges) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb, sheet, rows, merges);
            save(wb, file);
        }
        return file;
    }

    static Path xls(Path file, String sheet, Object[][] rows, Merge... merges) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            fill(wb, sheet, rows, merges);
            save(wb, file);
        }
        return file;
    }

    static void save(Workbook wb, Path file) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    static Sheet fill(Workbook wb, String name, Object[][] rows, Merge... merges) {
        Sheet sheet = wb.createSheet(name);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle time = wb.createCellStyle();
        time.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("mm:ss"));
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof DateNumber n) {
                    cell.setCellValue(n.serial());
                    cell.setCellStyle(date);
                } else if (v instanceof Time t) {
                    cell.setCellValue((t.minutes() * 60 + t.seconds()) / 86400.0);
                    cell.setCellStyle(time);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.text());
                }
            }
        }
        for (Merge m : merges) {
            sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn()));
        }
        return sheet;
    }

    static Path csv(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A hand-made .xlsx: the standard parts around the given sheet XML (and shared strings, if not null). */
    static Path raw(Path file, String sheetXml, String sharedStrings) throws IOException {
        return raw(file, "Sheet1", sheetXml, sharedStrings);
    }

    static Path raw(Path file, String sheetName, String sheetXml, String sharedStrings) throws IOException {
        Map<String, byte[]> parts = standardParts(sharedStrings != null);
        parts.put("xl/workbook.xml", workbookXml("").replace("name=\"Sheet1\"", "name=\"" + sheetName + "\"")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings.getBytes(StandardCharsets.UTF_8));
        }
        return zip(file, parts);
    }

    static Map<String, byte[]> standardParts(boolean sharedStrings) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships"
                + "+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
                        + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", workbookXml("").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    static String workbookXml(String doctype) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    }

    /** Sheet XML around the given row elements. */
    static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** An inline-string cell. */
    static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            write(zip, parts);
        }
        return file;
    }

    /** Writes parts into an open zip (more can follow, e.g. a sheet written in pieces). */
    static void write(ZipOutputStream zip, Map<String, byte[]> parts) throws IOException {
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            zip.putNextEntry(new ZipEntry(p.getKey()));
            zip.write(p.getValue());
            zip.closeEntry();
        }
    }

    /** The start of a worksheet part, up to the opening of its sheet data. */
    static final String SHEET_START = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\"><sheetData>";
}
