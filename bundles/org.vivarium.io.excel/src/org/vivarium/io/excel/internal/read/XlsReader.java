package org.vivarium.io.excel.internal.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.vivarium.io.excel.internal.read.CellValue.NumberFormat;

/**
 * Reads an Excel 97-2003 (.xls) workbook with POI's HSSF user model. Such files hold at most 65,536 rows, so they are
 * read whole; files above {@link ReadLimits#maxXlsBytes()} are refused.
 */
public final class XlsReader implements WorkbookReader {

    private final HSSFWorkbook workbook;
    private final ReadLimits limits;
    private final List<SheetInfo> sheets = new ArrayList<>();

    private XlsReader(HSSFWorkbook workbook, ReadLimits limits) {
        this.workbook = workbook;
        this.limits = limits;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new SheetInfo(workbook.getSheetName(i), i, workbook.isSheetHidden(i)
                    || workbook.isSheetVeryHidden(i)));
        }
    }

    public static XlsReader open(Path file, ReadLimits limits) throws ReadFailure {
        try {
            if (Files.size(file) > limits.maxXlsBytes()) {
                throw new ReadFailure(String.format("the .xls file is larger than %,d MB; save it as .xlsx (which "
                        + "Vivarium reads as a stream)", limits.maxXlsBytes() >> 20));
            }
        } catch (IOException e) {
            throw new ReadFailure("cannot be read (" + FileSniffer.describe(e) + ")", e);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true);
            if (wb.getNumberOfSheets() == 0) {
                wb.close();
                throw new ReadFailure("the workbook has no sheets");
            }
            return new XlsReader(wb, limits);
        } catch (EncryptedDocumentException e) {
            throw FileSniffer.encrypted();
        } catch (OldExcelFormatException e) {
            throw new ReadFailure("an Excel 5.0/95 workbook, too old to read; open it in Excel or LibreOffice and save "
                    + "it as .xlsx", e);
        } catch (ReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure("the .xls workbook is damaged (" + FileSniffer.describe(e) + ")", e);
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo info, RowSink sink, Progress progress) throws ReadFailure {
        Sheet sheet = workbook.getSheetAt(info.index());
        int last = sheet.getLastRowNum();
        int rows = 0;
        for (Row row : sheet) {
            CellValue[] cells = new CellValue[Math.max(0, row.getLastCellNum())];
            for (Cell cell : row) {
                CellValue v = value(cell, workbook.getInternalWorkbook().isUsing1904DateWindowing());
                if (v != null) {
                    cells[cell.getColumnIndex()] = v;
                }
            }
            SheetRow r = new SheetRow(row.getRowNum(), cells);
            if (r.isBlank()) {
                continue;
            }
            if (++rows > limits.maxRows()) {
                throw RowLimit.exceeded(limits, info.name(), row.getRowNum());
            }
            if (!sink.row(r)) {
                return;
            }
            if ((rows & 255) == 0) {
                progress.at(row.getRowNum(), last + 1L);
            }
        }
    }

    /** A cell's value; dates of the 1904 date system (old Mac workbooks) moved to the 1900 system's numbers. */
    private static CellValue value(Cell cell, boolean date1904) {
        int col = cell.getColumnIndex();
        CellType type = cell.getCellType();
        String formula = null;
        if (type == CellType.FORMULA) {
            try {
                formula = cell.getCellFormula();
            } catch (RuntimeException e) {
                formula = "";
            }
            type = cell.getCachedFormulaResultType();
        }
        CellValue v = switch (type) {
            case STRING -> {
                String s = cell.getRichStringCellValue().getString();
                yield s == null || s.isEmpty() && formula == null ? null : CellValue.text(col, s);
            }
            case NUMERIC -> {
                NumberFormat f = format(cell);
                yield CellValue.number(col, cell.getNumericCellValue() + (date1904 && f == NumberFormat.DATE ? 1462 : 0),
                        f);
            }
            case BOOLEAN -> CellValue.bool(col, cell.getBooleanCellValue());
            case ERROR -> CellValue.error(col, errorText(cell.getErrorCellValue()));
            default -> null;
        };
        return v != null && formula != null ? v.withFormula(formula) : v;
    }

    private static NumberFormat format(Cell cell) {
        if (!DateUtil.isCellDateFormatted(cell)) {
            return NumberFormat.PLAIN;
        }
        return XlsxStyles.kind(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public List<CellRange> merges(SheetInfo info) {
        List<CellRange> merges = new ArrayList<>();
        for (CellRangeAddress a : workbook.getSheetAt(info.index()).getMergedRegions()) {
            merges.add(new CellRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
        }
        return merges;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
