package org.vivarium.io.excel.internal.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of an entry template: grey locked cells, white unlocked entry cells, a bold header. */
final class TemplateStyles {

    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle locked;
    final XSSFCellStyle header;
    final XSSFCellStyle entry;
    final XSSFCellStyle note;

    TemplateStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        XSSFFont grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        locked = wb.createCellStyle();
        locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        locked.setLocked(true);
        header = wb.createCellStyle();
        header.cloneStyleFrom(locked);
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        entry = wb.createCellStyle();
        entry.setLocked(false);
        entry.setBorderBottom(BorderStyle.HAIR);
        entry.setBorderTop(BorderStyle.HAIR);
        entry.setBorderLeft(BorderStyle.HAIR);
        entry.setBorderRight(BorderStyle.HAIR);
        note = wb.createCellStyle();
        note.setFont(grey);
    }
}
